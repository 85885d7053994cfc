"""segno's QR code, with its choice of data mask computed in C-speed byte operations.

segno (1.6.6) tries the eight data masks on Python lists module by module: about 3.5 ms
of the 4 ms a code costs (0.6 s CPU of a build at 160 resolutions). Here segno encodes the
code once with mask 0 (its public encoder path, error-level boost included); the masks
become whole-symbol integers to XOR with, and the penalty of each masked symbol is
counted with bytes.count, regex and slicing over the flattened symbol: about 0.9 ms a
code. The rules are segno's own (encoder.mask_scores), quirks included, so the chosen
mask and every module are segno's: tests/test_qr.py checks both against segno on
thousands of addresses, and the penalties against segno's for every mask.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from segno import encoder

_FINDER_LIKE = b"\x01\x00\x01\x01\x01\x00\x01"  # penalty N3: dark-light-dark x3-light-dark
_GAP = b"\x02" * 4  # between lines: breaks runs and blocks, and is light for N3


@dataclass(frozen=True)
class _Layout:
    """What does not depend on the data, for one symbol size. The penalties are counted
    on `lines`: every row, then every column, each after a _GAP, and a _GAP at the end."""

    size: int
    masks: tuple[int, ...]  # per data mask: the flattened symbol with 1 where it flips a module
    line_masks: tuple[int, ...]  # the same, laid out as lines
    unreserved: int  # 1 everywhere except the format/version areas (empty while masks are scored)
    not_block: int  # 1 where no 2x2 block ends (gaps, first row and column, the columns' half)

    @property
    def length(self) -> int:  # bytes of the lines
        return 4 + 2 * self.size * (self.size + 4)


def _as_int(rows) -> int:
    return int.from_bytes(b"".join(rows), "big")


def _lines(flat: bytes, size: int, gap: bytes = _GAP) -> int:
    rows = [flat[i:i + size] for i in range(0, size * size, size)]
    cols = [flat[j::size] for j in range(size)]
    return int.from_bytes(gap + gap.join(rows + cols) + gap, "big")


@cache  # a property of the QR version (at most 40), not of the build's data
def _layout(size: int) -> _Layout:
    # The encoding region exactly as encoder.find_and_apply_best_mask defines it.
    function = encoder.make_matrix(size, size)
    encoder.add_finder_patterns(function, size, size)
    encoder.add_alignment_patterns(function, size, size)
    function[-8][8] = 0x1

    def is_encoding_region(i, j):
        return function[i][j] > 0x1

    masks = []
    for pattern in encoder.get_data_mask_functions(is_micro=False):
        flips = tuple(bytearray(size) for _ in range(size))
        encoder.apply_mask(flips, pattern, size, size, is_encoding_region)
        masks.append(b"".join(flips))
    # Format and version areas: reserved (0), except where the timing pattern crosses them.
    reserved = encoder.make_matrix(size, size, reserve_regions=True, add_timing=False)
    timing = encoder.make_matrix(size, size, reserve_regions=False, add_timing=True)
    unreserved = _as_int(bytes(r != 0 or t != 0x2 for r, t in zip(rrow, trow, strict=True))
                         for rrow, trow in zip(reserved, timing, strict=True))
    stride = size + 4
    not_block = bytearray(b"\x01") * (4 + 2 * size * stride)
    for i in range(1, size):
        start = 4 + i * stride
        not_block[start + 1:start + size] = bytes(size - 1)
    return _Layout(size, tuple(int.from_bytes(m, "big") for m in masks),
                   tuple(_lines(m, size, gap=bytes(4)) for m in masks), unreserved, _as_int([not_block]))


def penalty(lines: int, layout: _Layout) -> int:
    """sum(encoder.mask_scores(...)) of a symbol laid out as lines (one byte, 0 or 1, per
    module), counted on the whole integer at once. Byte p of `x >> 8` is byte p - 1 of x."""
    size, length = layout.size, layout.length
    step = lines ^ (lines >> 8)  # 0 where a module equals the one before it
    # N1: a run of L >= 5 scores L - 2 = 3 * (windows of 5 equal) - 2 * (windows of 6 equal)
    five = step | (step >> 8) | (step >> 16) | (step >> 24)
    n1 = 3 * five.to_bytes(length, "big").count(0) - 2 * (five | (step >> 32)).to_bytes(length, "big").count(0)
    # N2: 3 for every 2x2 block of one colour, found at its lower right module
    stride = 8 * (size + 4)
    block = step | (lines ^ (lines >> stride)) | (lines ^ (lines >> (stride + 8)))
    n2 = 3 * (block | layout.not_block).to_bytes(length, "big").count(0)
    text = lines.to_bytes(length, "big")
    n3 = _n3(text)
    dark = text.count(1) // 2  # every module is counted in its row and in its column
    percent = float(dark) / (size ** 2)
    n4 = 10 * int(abs(percent * 100 - 50) / 5)
    return n1 + n2 + n3 + n4


def _n3(text: bytes) -> int:
    """encoder.mask_scores' N3: a finder-like pattern with 4 light modules before or after
    it (the gaps stand for its checks at the symbol's edge), resuming the search as it does."""
    score, idx = 0, text.find(_FINDER_LIKE)
    while idx != -1:
        if 1 not in text[idx - 4:idx] or 1 not in text[idx + 7:idx + 11]:
            score += 40
            idx = text.find(_FINDER_LIKE, idx + 7)
        else:
            idx = text.find(_FINDER_LIKE, idx + 4)
    return score


@dataclass(frozen=True)
class Symbol:
    rows: tuple[bytes, ...]  # segno's matrix: 0 (light) or 1 (dark) per module
    mask: int


def encode(url: str) -> Symbol:
    """segno.make(url, error="m", micro=False): the same modules and the same mask."""
    code = encoder.encode(url, error="m", micro=False, mask=0)
    size = len(code.matrix)
    layout = _layout(size)
    n = size * size
    masked0 = _as_int(code.matrix)
    # The symbol as segno scores it: data unmasked, format and version areas still empty.
    plain = ((masked0 ^ layout.masks[0]) & layout.unreserved).to_bytes(n, "big")
    lines = _lines(plain, size)
    scores = [penalty(lines ^ mask, layout) for mask in layout.line_masks]
    best = scores.index(min(scores))  # the first of equal scores, as segno's strict "<"
    symbol = (masked0 ^ layout.masks[0] ^ layout.masks[best]).to_bytes(n, "big")
    matrix = tuple(bytearray(symbol[i:i + size]) for i in range(0, n, size))
    encoder.add_format_info(matrix, code.version, code.error, best)  # version info: unchanged
    return Symbol(tuple(map(bytes, matrix)), best)
