"""Bytes → text, whatever the encoding, and the text normalised for hashing and processing.

The order follows how press texts arrive: a byte-order mark says it all;
then UTF-16 without a mark, strict UTF-8, and for the rest cp1252 (Windows'
Western encoding, the usual suspect) unless charset-normalizer reads the
bytes as something else. ftfy then repairs mojibake (UTF-8 once read as
cp1252). The result names the encoding used, so a wrong guess can be traced.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes


# Longest marks first: UTF-32-LE's mark starts with UTF-16-LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that no text needs (tab, newlines and form feed are kept).
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Share of control bytes past which a file is data, not text (a stray NUL is not enough).
_BINARY_SHARE = 0.05
_SAMPLE = 65536
# Share of non-ASCII bytes past which a text is not English with accents but another script.
_FOREIGN_SHARE = 0.2


class UndecodableError(ValueError):
    """The bytes are not a text in any encoding we can tell."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode_bytes(raw: bytes) -> Decoded:
    """The text of `raw`, normalised (see `normalise_text`), and the encoding it was read with."""
    text, encoding = _decode(raw)
    text, notes = normalise_text(text)
    # Line by line, as ftfy.fix_text does, and only lines with non-ASCII characters (plain ASCII
    # cannot hold mojibake): ftfy costs seconds on a long text.
    fixed = "".join(line if line.isascii() else ftfy.fix_encoding(line) for line in text.splitlines(keepends=True))
    if fixed != text:
        text, encoding = fixed, f"{encoding}+ftfy"
        notes = (*notes, "mojibake repaired by ftfy")
    return Decoded(text, encoding, notes)


def normalise_text(text: str) -> tuple[str, tuple[str, ...]]:
    """One form per text, so the same release hashes the same however it was saved.

    Newlines become LF, characters NFC, and control characters (NUL and the
    like) are removed.
    """
    notes = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROL_CHARS.findall(text))
    if controls:
        text = _CONTROL_CHARS.sub("", text)
        notes.append(f"removed {controls} control character{'s' if controls > 1 else ''}")
    return unicodedata.normalize("NFC", text), tuple(notes)


def _decode(raw: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise UndecodableError(f"starts with a {encoding} byte-order mark but is not {encoding} "
                                       f"(byte {err.start}: {err.reason})") from None
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return utf16
    if looks_binary(raw):
        raise UndecodableError("binary file (control bytes such as NUL throughout), not a text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lossy = raw.decode("utf-8", errors="replace")
    replaced = lossy.count("\ufffd")
    if replaced <= sum(1 for ch in lossy if ch > "\x7f" and ch != "\ufffd"):
        # UTF-8 with a few broken bytes (a cut or a bad copy): keep the rest, mark the bytes lost.
        return lossy, "utf-8 (invalid bytes replaced)"
    try:
        western = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    high = sum(1 for b in raw if b > 0x7F)
    if western is not None and high / len(raw) < _FOREIGN_SHARE:
        # English with a few accented letters: detectors guess wildly on so little evidence.
        return western, "cp1252"
    best = from_bytes(raw).best()
    if best is not None:
        return str(best), best.encoding
    if western is not None:
        return western, "cp1252"
    raise UndecodableError("not a text in any known encoding (not UTF-8, UTF-16 or cp1252, and charset detection failed)")


def looks_binary(raw: bytes) -> bool:
    """Whether the bytes are data rather than text: many control bytes, not a stray one."""
    sample = raw[:_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls / len(sample) > _BINARY_SHARE


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a mark: ASCII-range text then has a NUL in every other byte."""
    sample = raw[: _SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or len(raw) % 2:
        return None
    for encoding, zeros, chars in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        ascii_text = sum(1 for b in chars if 0x20 <= b < 0x7F or b in b"\t\n\r") / len(chars)
        if zeros.count(0) / len(zeros) > 0.6 and ascii_text > 0.6:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            return (text, encoding) if not _CONTROL_CHARS.search(text) else None
    return None
