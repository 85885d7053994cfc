"""segno's QR code, module for module, made about fifteen times faster.

segno (1.6.6) spends about 4 ms CPU a code (0.6 s of a build at 160 resolutions): 3.5 ms
trying the eight data masks module by module on Python lists, most of the rest in its
Reed-Solomon division bit by bit. Here segno's own functions still read the address
(segments, version, error level boost, padding) and give each version's layout (codeword
placement, mask patterns, format and version information); the Reed-Solomon division
subtracts a whole remainder at a time, and the penalty of each masked symbol is counted
on the whole symbol as one integer, a bit per module. About 0.25 ms a code. The penalty
rules are segno's own (encoder.mask_scores), quirks included, so the chosen mask and
every module are segno's: tests/test_qr.py checks both against segno on 2,000 addresses,
the penalties against segno's for every mask, and the final message for all 40 versions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import zip_longest
from operator import itemgetter

from segno import consts, encoder

_GAP = bytes(4)  # light modules between lines: they break runs and blocks (see _Layout.modules)
_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


@dataclass(frozen=True)
class _Layout:
    """What does not depend on the data, for one QR version. The penalties are counted
    on `lines`: one bit per module (1: dark) for every row, then every column, each after
    a _GAP of four, and a _GAP at the end, as one integer."""

    size: int
    template: bytes  # the symbol before data: function patterns, empty format/version areas
    free: int  # modules that hold the codeword bits
    place: Callable  # codeword bits + template -> each module's value (an itemgetter: 23 us, map 100)
    masks: tuple[int, ...]  # per data mask: the flattened symbol, a byte per module, 1 where it flips
    line_masks: tuple[int, ...]  # the same as lines
    modules: int  # lines with 1 for every module, 0 in the gaps
    rows: int  # lines with 1 for the modules of the rows (the columns repeat them)
    every: int  # lines with 1 everywhere


def _lines(flat: bytes, size: int) -> int:
    rows = [flat[i:i + size] for i in range(0, size * size, size)]
    cols = [flat[j::size] for j in range(size)]
    return int((_GAP + _GAP.join(rows + cols) + _GAP).translate(_TO_DIGITS), 2)


@cache  # a property of the QR version (at most 40), not of the build's data
def _layout(version: int) -> _Layout:
    size = version * 4 + 17
    # The symbol as encoder._encode has it before the codewords: 0x2 where data goes.
    template = encoder.make_matrix(size, size)
    encoder.add_finder_patterns(template, size, size)
    encoder.add_alignment_patterns(template, size, size)
    free = sum(row.count(0x2) for row in template)
    # segno's placement walk, run once with each bit's number in place of the bit
    cells = [list(row) for row in template]
    encoder.add_codewords(cells, [(k,) for k in range(free)], version)
    flat = b"".join(template)
    place = [cell[0] if isinstance(cell, tuple) else free + p
             for p, cell in enumerate(c for row in cells for c in row)]
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
    modules = _lines(b"\x01" * size * size, size)
    length = modules.bit_length() + 4  # the last gap
    rows_only = modules >> (length // 2 - 2) << (length // 2 - 2)  # the first half: rows
    return _Layout(size, flat, free, itemgetter(*place), tuple(int.from_bytes(m, "big") for m in masks),
                   tuple(_lines(m, size) for m in masks), modules, rows_only, (1 << length) - 1)


def penalty(lines: int, layout: _Layout) -> int:
    """sum(encoder.mask_scores(...)) of a symbol given as lines, counted on the whole
    integer at once: each test sets a bit per module, and bit_count() counts them. Bit p
    of `x >> k` (counting from the start of the lines) is bit p - k of x."""
    size, modules, every = layout.size, layout.modules, layout.every
    dark, light = lines, lines ^ every  # the gaps are light
    stride = size + 4

    def same(k):  # 1 where a module has the colour of the one k before it
        return modules & (modules >> k) & ~(lines ^ (lines >> k))

    # N1: a run of L >= 5 scores L - 2 = 3 * (windows of 5 equal) - 2 * (windows of 6 equal)
    left = same(1)
    five = left & (left >> 1) & (left >> 2) & (left >> 3)
    n1 = 3 * five.bit_count() - 2 * (five & (left >> 4)).bit_count()
    # N2: 3 for every 2x2 block of one colour, found at its lower right module (rows only)
    n2 = 3 * (layout.rows & left & same(stride) & same(stride + 1)).bit_count()
    # N3: 40 for a finder-like pattern (found at its last module) with 4 light modules
    # before or after it. segno resumes its search 7 modules on after one that scores:
    # the one overlapping it 4 or 6 modules on is not seen (it could score only by the
    # light modules after it, while the first scored by those before it).
    finder = dark & (light >> 1) & (dark >> 2) & (dark >> 3) & (dark >> 4) & (light >> 5) & (dark >> 6)
    light4 = light & (light >> 1) & (light >> 2) & (light >> 3)
    after = light4 << 4
    scored = finder & ((light4 >> 7) | after)
    unseen = finder & after & (((finder >> 4) & (light4 >> 11)) | ((finder >> 6) & (light4 >> 13)))
    n3 = 40 * (scored.bit_count() - unseen.bit_count())
    # N4: every module is counted in its row and in its column
    percent = float(dark.bit_count() // 2) / (size ** 2)
    n4 = 10 * int(abs(percent * 100 - 50) / 5)
    return n1 + n2 + n3 + n4


@dataclass(frozen=True)
class Symbol:
    rows: tuple[bytes, ...]  # segno's matrix: 0 (light) or 1 (dark) per module
    mask: int


_BIT_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_DIGIT_BITS = bytes.maketrans(b"01", b"\x00\x01")


@cache  # per number of error correction codewords (a property of the QR version)
def _error_rows(count: int) -> list[int]:
    """For each codeword value c, encoder.make_blocks' subtraction of c times its generator
    polynomial: the `count` bytes it XORs in after c, as one integer."""
    gen, log, exp = consts.GEN_POLY[count], consts.GALIOS_LOG, consts.GALIOS_EXP
    return [0] + [int.from_bytes(bytes(exp[log[c] + g] for g in gen[:count]), "big") for c in range(1, 256)]


def _final_message(version: int, error: int, bits: bytearray) -> bytes:
    """encoder.make_final_message: the data codewords in blocks, each block's Reed-Solomon
    codewords (the same long division, a whole remainder at a time), interleaved, as bits.
    The remainder bits (0) are added by the caller."""
    codewords = int(bits.translate(_BIT_DIGITS), 2).to_bytes(len(bits) // 8, "big")
    data_blocks, error_blocks, start = [], [], 0
    for info in consts.ECC[version][error]:
        count = info.num_total - info.num_data
        rows, top, keep = _error_rows(count), 8 * (count - 1), (1 << 8 * (count - 1)) - 1
        for _ in range(info.num_blocks):
            block = codewords[start:start + info.num_data]
            start += info.num_data
            rest = 0  # what the division has XORed into the next `count` codewords so far
            for value in block:
                rest = ((rest & keep) << 8) ^ rows[value ^ (rest >> top)]
            data_blocks.append(block)
            error_blocks.append(rest.to_bytes(count, "big"))
    message = bytes(b for blocks in (data_blocks, error_blocks)
                    for column in zip_longest(*blocks) for b in column if b is not None)
    return format(int.from_bytes(message, "big"), f"0{8 * len(message)}b").encode().translate(_DIGIT_BITS)


def _codeword_bits(url: str) -> tuple[int, int, bytes]:
    """(version, error level, bits of the final message): encoder.encode and encoder._encode
    for segno.make(url, error="m", micro=False), step by step."""
    segments = encoder.prepare_data(url, None, None)
    version = encoder.find_version(segments, consts.ERROR_LEVEL_M, eci=False, micro=False)
    error = encoder.boost_error_level(version, consts.ERROR_LEVEL_M, segments, False)
    buff = encoder.Buffer()
    for segment in segments:
        encoder.write_segment(buff, segment, None, encoder.version_range(version), False)
    capacity = consts.SYMBOL_CAPACITY[version][error]
    encoder.write_terminator(buff, capacity, None, len(buff))
    encoder.write_padding_bits(buff, version, len(buff))
    encoder.write_pad_codewords(buff, version, capacity, len(buff))
    return version, error, _final_message(version, error, buff.getbits())


def encode(url: str) -> Symbol:
    """segno.make(url, error="m", micro=False): the same modules and the same mask."""
    version, error, bits = _codeword_bits(url)
    layout = _layout(version)
    if len(bits) > layout.free:  # as encoder.add_codewords
        raise ValueError(f"Internal error: {len(bits)} bits for {layout.free} modules")
    bits += bytes(layout.free - len(bits))  # the remainder bits of make_final_message
    plain = bytes(layout.place(bits + layout.template))
    lines = _lines(plain, layout.size)
    scores = [penalty(lines ^ mask, layout) for mask in layout.line_masks]
    best = scores.index(min(scores))  # the first of equal scores, as segno's strict "<"
    size = layout.size
    symbol = (int.from_bytes(plain, "big") ^ layout.masks[best]).to_bytes(size * size, "big")
    matrix = tuple(bytearray(symbol[i:i + size]) for i in range(0, size * size, size))
    encoder.add_format_info(matrix, version, error, best)
    encoder.add_version_info(matrix, version)
    return Symbol(tuple(map(bytes, matrix)), best)
