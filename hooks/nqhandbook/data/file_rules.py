"""Which files the loader may read: regular .yml files inside data/, read as UTF-8.

Directories named like data files, symlinks (and anything resolving outside data/),
files in data/resolutions that would be skipped silently, oversized and unreadable files
all become Vietnamese problems, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from .problems import Problem
from .safety import MAX_FILE_BYTES

# Editors' backup and lock files that may sit beside data files without being data.
_IGNORED_PREFIXES = (".", "#")
_IGNORED_SUFFIXES = ("~",)


def _problem(relative: str, message: str) -> Problem:
    return Problem(relative, 1, 1, "", message)


def resolution_files(root: Path, directory: str) -> tuple[list[str], list[Problem]]:
    """Relative paths of the data files in `directory`, and problems for everything else."""
    folder = root / directory
    if folder.is_symlink() or not _inside_data(root, folder):
        return [], [_problem(directory, "thư mục dữ liệu không được là liên kết (symlink) hay trỏ ra ngoài data/")]
    if not folder.is_dir():
        return [], [_problem(directory, "không có thư mục nghị quyết")]
    files, problems = [], []
    try:
        children = sorted(folder.iterdir())
    except OSError as err:
        return [], [_problem(directory, f"không đọc được thư mục ({err.strerror or 'lỗi hệ thống'})")]
    for child in children:
        relative = f"{directory}/{child.name}"
        name = child.name
        if name.startswith(_IGNORED_PREFIXES) or name.endswith(_IGNORED_SUFFIXES):
            continue
        if child.is_symlink():
            problems.append(_problem(relative, "là liên kết (symlink); hãy chép nội dung tệp vào đây"))
        elif child.is_dir():
            problems.append(_problem(relative, "là một thư mục; trong data/resolutions chỉ có tệp .yml"))
        elif child.suffix != ".yml":
            problems.append(_problem(relative, "không phải tệp .yml nên sẽ bị bỏ qua; đổi đuôi thành .yml "
                                               "hoặc chuyển tệp ra khỏi data/resolutions"))
        elif not child.is_file():
            problems.append(_problem(relative, "không phải tệp thường (có thể là thiết bị hoặc ống dẫn)"))
        else:
            files.append(relative)
    return files, problems


def read_data_file(root: Path, relative: str) -> tuple[str | None, list[Problem]]:
    """The text of one data file, or None and the problem that stopped reading it."""
    path = root / relative
    if path.is_symlink() or (path.exists() and not _inside_data(root, path)):
        return None, [_problem(relative, "là liên kết (symlink) hoặc trỏ ra ngoài thư mục data/; "
                                         "hãy chép nội dung tệp vào đây")]
    if path.is_dir():
        return None, [_problem(relative, "là một thư mục, không phải tệp dữ liệu")]
    if not path.exists():
        return None, [_problem(relative, "không tìm thấy tệp")]
    if not path.is_file():
        return None, [_problem(relative, "không phải tệp thường (có thể là thiết bị hoặc ống dẫn)")]
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [_problem(relative, f"tệp nặng {size:,} byte, vượt giới hạn {MAX_FILE_BYTES:,} byte "
                                             "cho một tệp dữ liệu; hãy rút gọn".replace(",", "."))]
        data = path.read_bytes()
    except PermissionError:
        return None, [_problem(relative, "không có quyền đọc tệp")]
    except OSError as err:
        return None, [_problem(relative, f"không đọc được tệp ({err.strerror or 'lỗi hệ thống'})")]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        return None, [_problem(relative, f"tệp phải được lưu bằng mã UTF-8 (byte lỗi ở vị trí {err.start})")]


def _inside_data(root: Path, path: Path) -> bool:
    """True when `path` resolves to itself under root/data (no symlink on the way, no loop)."""
    try:
        resolved = path.resolve(strict=False)
        real_root = root.resolve(strict=False)
        expected = real_root / path.relative_to(root)
        if not expected.is_relative_to(real_root / "data"):
            return False
    except (OSError, RuntimeError, ValueError):
        return False
    return resolved == expected
