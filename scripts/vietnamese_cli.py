"""argparse in Vietnamese for the editors' commands (make new, make check).

argparse looks every message up through gettext (its module-level `_` and `ngettext`);
`ArgumentParser` here installs a catalogue of its own for those strings, the way a
gettext translation would, so "usage:", "error: the following arguments are required",
"invalid choice" and "show this help message and exit" all reach the editor in Vietnamese.
"""

from __future__ import annotations

import argparse
import sys

# Every string argparse (Python 3.11-3.13) passes to gettext, and its Vietnamese.
CATALOGUE = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "giá trị %(value)r không hợp lệ (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không phải %(type)s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ, có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "tham số %r không nhận giá trị",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "argument ": "tham số ",
    "can": "có thể",
}
NGETTEXT = {
    "expected %s argument": "cần %s giá trị",
}
TYPE_NAMES = {"int": "số nguyên", "float": "số"}


def _gettext(message: str) -> str:
    return CATALOGUE.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return NGETTEXT.get(singular, singular if count == 1 else plural)


class ArgumentParser(argparse.ArgumentParser):
    """argparse.ArgumentParser whose own messages are Vietnamese; type names too."""

    def __init__(self, *args, help_hint: str | None = None, **kwargs):
        self.help_hint = help_hint
        argparse._ = _gettext  # argparse's gettext hook: the catalogue above
        argparse.ngettext = _ngettext
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help=_gettext("show this help message and exit"))

    def _get_value(self, action, arg_string):
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as err:
            name = getattr(action.type, "__name__", "")
            if name in TYPE_NAMES:
                raise argparse.ArgumentError(action, f"giá trị {arg_string!r} không phải {TYPE_NAMES[name]}") from None
            raise err

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi: {message}\n"
                     f"Xem hướng dẫn: {self.help_hint or self.prog + ' --help'}\n")
