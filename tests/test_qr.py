"""The QR codes are segno's, module for module, with the data mask segno chooses
(nqhandbook.pages.qr_mask counts segno's mask penalties in a faster way)."""

from __future__ import annotations

import random

import pytest
import segno
from segno import consts, encoder

from nqhandbook.pages.qr_mask import _final_message, _layout, _lines, encode, penalty

SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-"
BASES = ["https://laocai-nghiquyet.github.io/so-tay/", "http://127.0.0.1:8000/", "https://example.org/so-tay/",
         "https://laocai-nghiquyet.github.io/so-tay/ban-in/", "file:///C:/Users/xa/so-tay/"]
FOLDERS = ["nghi-quyet", "hoc-tap", "bo-tai-lieu", "trinh-chieu"]


def addresses(count: int, seed: int) -> list[str]:
    """Page addresses like the site's: 40 to 110 characters (QR versions 3 to 6), and one
    in ten longer (up to version 10, where the symbol carries version information)."""
    rng = random.Random(seed)  # noqa: S311 (repeatable test data, not secrets)
    urls = []
    for n in range(count):
        longest = 150 if n % 10 == 0 else 60
        slug = "".join(rng.choice(SLUG_CHARS) for _ in range(rng.randint(4, longest)))
        urls.append(f"{rng.choice(BASES)}{rng.choice(FOLDERS)}/{slug}/")
    return urls


def test_same_modules_and_mask_as_segno_on_thousands_of_addresses():
    masks, versions = set(), set()
    for url in addresses(2000, seed=13) + ["https://laocai-nghiquyet.github.io/so-tay/nghi-quyet/11-nq-tu/"]:
        expected = segno.make(url, error="m", micro=False)
        got = encode(url)
        assert (got.mask, got.rows) == (expected.mask, tuple(map(bytes, expected.matrix))), url
        masks.add(got.mask)
        versions.add(expected.version)
    # the addresses make segno choose every mask, at sizes with and without version information
    assert masks == set(range(8))
    assert {3, 4, 5, 6, 7} <= versions


def _layout_of(size: int):
    return _layout((size - 17) // 4)


# Finder-like patterns that overlap (4 and 6 modules apart), light on both sides: segno
# scores the first and never sees the second.
OVERLAPPING = [b"\x00" * 4 + b"\x01\x00\x01\x01\x01\x00\x01\x01\x01\x00\x01" + b"\x00" * 4,
               b"\x00" * 4 + b"\x01\x00\x01\x01\x01\x00\x01\x00\x01\x01\x01\x00\x01" + b"\x00" * 4]


def _with(flat: bytearray, size: int, run: bytes, row: int, col: int, down: bool) -> None:
    for k, value in enumerate(run):
        flat[(row + k) * size + col if down else row * size + col + k] = value


def _symbols(count: int, seed: int):
    """Random and striped symbols of several sizes, some nearly all light or dark, some
    with overlapping finder-like patterns across rows and columns, at the edges too."""
    rng = random.Random(seed)  # noqa: S311 (repeatable test data, not secrets)
    for n in range(count):
        size = rng.choice([21, 25, 29, 33, 41, 45, 57])
        if n % 4 == 1:
            flat = bytearray(rng.random() < 0.5 for _ in range(size * size))
            for _ in range(rng.randint(1, 6)):
                run = rng.choice(OVERLAPPING)[rng.choice([0, 0, 2, 4]):]
                col = rng.choice([0, size - len(run), rng.randint(0, size - len(run))])
                line = rng.randrange(size - len(run) + 1)
                if rng.random() < 0.5:
                    _with(flat, size, run, line, col, down=False)
                else:
                    _with(flat, size, run, col, line, down=True)
            yield size, bytes(flat)
        elif n % 3:
            dark = rng.choice([0.05, 0.3, 0.5, 0.7, 0.95])
            yield size, bytes(rng.random() < dark for _ in range(size * size))
        else:
            tall, wide = rng.randint(1, 4), rng.randint(1, 6)
            yield size, bytes((i // size // tall + i % size // wide) % 2 if rng.random() < 0.85 else 1
                              for i in range(size * size))


@pytest.mark.parametrize("seed", range(3))
def test_penalty_is_segnos_sum_of_mask_scores(seed):
    for size, flat in _symbols(100, seed):
        matrix = tuple(bytearray(flat[i:i + size]) for i in range(0, size * size, size))
        assert penalty(_lines(flat, size), _layout_of(size)) == sum(encoder.mask_scores(matrix, size, size))


def test_every_mask_scores_as_segno_scores_it_on_real_symbols():
    """The eight masked symbols segno compares, rebuilt from segno's own functions."""
    for url in addresses(40, seed=7):
        code = encoder.encode(url, error="m", micro=False, mask=0)
        size = len(code.matrix)
        patterns = encoder.get_data_mask_functions(is_micro=False)
        function = encoder.make_matrix(size, size)
        encoder.add_finder_patterns(function, size, size)
        encoder.add_alignment_patterns(function, size, size)
        function[-8][8] = 0x1

        def region(i, j, function=function):
            return function[i][j] > 0x1

        plain = [bytearray(row) for row in code.matrix]
        encoder.apply_mask(plain, patterns[0], size, size, region)  # undoes mask 0
        reserved = encoder.make_matrix(size, size, add_timing=False)
        timing = encoder.make_matrix(size, size, reserve_regions=False)
        for i in range(size):
            for j in range(size):
                if reserved[i][j] == 0 and timing[i][j] == 0x2:
                    plain[i][j] = 0  # format and version areas are empty while segno scores
        layout = _layout_of(size)
        unmasked = _lines(b"".join(plain), size)
        for number, pattern in enumerate(patterns):
            candidate = [row[:] for row in plain]
            encoder.apply_mask(candidate, pattern, size, size, region)
            lines = _lines(b"".join(candidate), size)
            assert unmasked ^ layout.line_masks[number] == lines
            assert penalty(lines, layout) == sum(encoder.mask_scores(candidate, size, size)), (url, number)


@pytest.mark.parametrize("error", ["L", "M", "Q", "H"])
def test_final_message_is_segnos_for_every_version(error):
    """Reed-Solomon blocks, interleaving and remainder bits of all 40 versions."""
    rng = random.Random(error)  # noqa: S311 (repeatable test data, not secrets)
    level = consts.ERROR_MAPPING[error]
    for version in range(1, 41):
        capacity = consts.SYMBOL_CAPACITY[version][level]
        bits = bytearray(rng.random() < 0.5 for _ in range(capacity))
        expected = encoder.make_final_message(version, level, encoder.Buffer(bits)).getbits()
        got = _final_message(version, level, bits)
        assert got + bytes(_layout(version).free - len(got)) == expected, version


@pytest.mark.parametrize("content", ["HTTPS://EXAMPLE.ORG/SO-TAY/NGHI-QUYET/11-NQ-TU/", "12345678901234567890",
                                     "https://ví-dụ.vn/sổ-tay/nghị-quyết/11-nq-tu/", "x", "漢字かな",
                                     "https://example.org/" + "a" * 300])
def test_other_modes_and_sizes_are_segnos(content):
    """Alphanumeric, numeric, UTF-8 and kanji data, and a large symbol, come out as segno's."""
    expected = segno.make(content, error="m", micro=False)
    got = encode(content)
    assert (got.mask, got.rows) == (expected.mask, tuple(map(bytes, expected.matrix)))
