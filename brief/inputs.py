"""Reading inputs: paths, folders and stdin into decoded text (no spaCy here).

Text is kept verbatim once decoded (line ends, control characters): offsets in a
brief are relative to `TextInput.text`, so nothing may shift them afterwards. The
one exception is an HTML page, which is reduced to its article text first; the
offsets then refer to that extracted text.
"""
from __future__ import annotations

import codecs
import fnmatch
import itertools
import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from brief.errors import InputError

MAX_INPUT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class TextInput:
    """One decoded input text. Brief offsets are relative to `text`."""

    text: str
    path: str  # "-" for standard input
    encoding: str | None = None  # None when the bytes were plain UTF-8
    extracted_from: str | None = None  # "html" when `text` was extracted from a page
    warnings: tuple[str, ...] = ()


# Tab, LF, VT, FF, CR and ESC turn up in real text files; other C0/C1 controls
# in bulk mean we are looking at a binary format.
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HIGH_BYTES = bytes(range(128, 256))


def _is_binary_text(text: str) -> bool:
    sample = text[:65536]
    return "\x00" in text or len(_BINARY_CONTROLS.findall(sample)) > 0.05 * len(sample)


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return None if _is_binary_text(text) else text


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Detect BOM-less UTF-16 from ASCII-range characters' zero high bytes."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:4096]:
        return None
    sample = data[:65536]
    zeros_even, zeros_odd = (sample[start::2].count(0) / (len(sample) // 2) for start in (0, 1))
    for encoding, zeros, other in (("utf-16-le", zeros_odd, zeros_even), ("utf-16-be", zeros_even, zeros_odd)):
        if zeros >= 0.3 and other <= 0.05:
            text = _try_decode(data, encoding)
            if text is not None:
                return text, encoding
    return None


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """Decode UTF-8 with a few bad bytes (a cut-off end, a stray Latin-1 byte), or None."""
    data = data.removeprefix(codecs.BOM_UTF8)
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    errors = replaced - data.count("\ufffd".encode())
    valid = len(text) - len(data.translate(None, _HIGH_BYTES)) - replaced
    # Legacy text has next to no valid multi-byte sequences; UTF-8 has mostly those.
    if valid and valid >= 2 * errors and not _is_binary_text(text):
        return text, errors
    return None


def _suspicion(text: str) -> int:
    """Count non-ASCII characters that look like mojibake rather than text.

    charset-normalizer ranks short Western texts poorly (it calls "café crème"
    in Latin-1 cp1006, an Urdu code page), so its candidates are re-ranked by
    how plausible the non-ASCII characters are next to their neighbours.
    """
    score = 0
    for match in itertools.islice(_NON_ASCII.finditer(text), 2000):
        i, char = match.start(), match.group()
        category = unicodedata.category(char)
        neighbours = text[max(i - 1, 0) : i] + text[i + 1 : i + 2]
        if category[0] == "C":
            score += 2
        elif category[0] == "S" or category in ("No", "Lm"):
            score += any(n.isalpha() for n in neighbours)
        elif category[0] == "L":
            script = unicodedata.name(char, "?").split()[0]
            score += any(n.isalpha() and unicodedata.name(n, "?").split()[0] != script for n in neighbours)
    return score


def _legacy_decode(data: bytes) -> tuple[str, str] | None:
    """Pick a single-byte (or other legacy) encoding with charset-normalizer's help."""
    from charset_normalizer import from_bytes

    candidates = [match.encoding for match in itertools.islice(from_bytes(data), 12)]
    sample = data[:65536]
    high_share = 1 - len(sample.translate(None, _HIGH_BYTES)) / max(len(sample), 1)
    # Mostly-ASCII bytes with a few high ones are, in English news text, nearly always
    # Windows-1252 (a superset of Latin-1's printable range): it goes first and wins
    # ties. With mostly-high bytes (Cyrillic, Greek...) charset-normalizer wins ties.
    candidates.insert(0 if high_share < 0.3 else len(candidates), "cp1252")
    ranked: list[tuple[int, int, str]] = []
    for order, encoding in enumerate(dict.fromkeys(candidates)):
        try:
            decoded = data[:1_048_576].decode(encoding, errors="ignore")
        except LookupError:
            continue
        ranked.append((_suspicion(decoded), order, encoding))
    for _, _, encoding in sorted(ranked):
        text = _try_decode(data, encoding)
        if text is not None:
            return text, codecs.lookup(encoding).name
    return None


# UTF-32 LE first: its BOM starts with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode_bytes(data: bytes, *, name: str) -> TextInput:
    """Decode raw input bytes into a `TextInput`, reducing HTML pages to their text.

    Order: UTF-32/UTF-16/UTF-8 byte order marks, strict UTF-8, UTF-8 with a few
    bad bytes (replaced by U+FFFD, `encoding` "utf-8"), BOM-less UTF-16, then
    charset-normalizer for legacy encodings. A non-UTF-8 encoding is
    reported in `encoding` and in a warning. `name` goes into messages and `path`.
    Empty or whitespace-only input is returned as it is.

    Raises:
        InputError: the bytes look like binary data, not text.
    """
    text, encoding, warnings = None, None, []
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            text = _try_decode(data[len(bom) :], bom_encoding.replace("-sig", ""))
            if text is not None:
                encoding = bom_encoding
                break
    if text is None:
        text = _try_decode(data, "utf-8")
    if text is None and b"\x00" not in data and (damaged := _damaged_utf8(data)):
        text, encoding = damaged[0], "utf-8"
        warnings.append(f"{name}: {damaged[1]} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
    if text is None:
        found = _utf16_without_bom(data)
        if found is None and b"\x00" not in data:
            found = _legacy_decode(data)
        if found is None:
            raise InputError(f"{name}: looks like binary data, not text")
        text, encoding = found
    if encoding not in (None, "utf-8-sig", "utf-8"):
        warnings.append(f"{name}: decoded as {encoding} (not UTF-8)")
    extracted_from = "html" if looks_like_html(text) else None
    if extracted_from:
        text = extract_html_text(text)
        warnings.append(f"{name}: HTML page reduced to its article text")
    return TextInput(text, name, encoding, extracted_from, tuple(warnings))


_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAG = re.compile(r"</?(?:p|div|body|br|span|a|li|h[1-6]|article|section)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment, False for text that merely mentions a tag."""
    if _HTML_START.match(text[:4096]):
        return True
    sample = text[:65536]
    tags = len(_HTML_TAG.findall(sample))
    # A plain article may quote "<p>" once; markup has a tag every line or so.
    return tags >= 5 and tags * 400 >= len(sample)


def extract_html_text(html: str) -> str:
    """Reduce an HTML page to its article text (trafilatura, else stdlib parsing)."""
    try:
        import trafilatura  # here, not at the top: it pulls in lxml and is slow to load

        text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    except Exception:  # a missing library or a crash in its parser must not lose the input
        text = ""
    return text if text.strip() else _plain_html_text(html)


_SKIPPED_TAGS = frozenset("script style noscript template head nav header footer aside form".split())
_BLOCK_TAGS = frozenset("p div br li tr h1 h2 h3 h4 h5 h6 article section blockquote".split())


def _plain_html_text(html: str) -> str:
    from html.parser import HTMLParser

    parts: list[str] = []
    depth = 0  # >0 while inside boilerplate whose text is dropped

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: object, step: int = 1) -> None:
            nonlocal depth
            depth = max(depth + step * (tag in _SKIPPED_TAGS), 0)
            parts.append("\n" if tag in _BLOCK_TAGS else "")

        def handle_endtag(self, tag: str) -> None:
            self.handle_starttag(tag, (), step=-1)

        def handle_data(self, data: str) -> None:
            parts.append("" if depth else data)

    collector = Collector(convert_charrefs=True)
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def read_path(path: str | os.PathLike[str]) -> TextInput:
    """Read and decode one input; "-" means standard input.

    A FIFO is read like stdin; opening one blocks until a writer appears, as
    `cat` does. Inputs over MAX_INPUT_BYTES (50 MB) are refused.

    Raises:
        InputError: missing file, directory, permission denied, other OS error,
            too large, or binary data.
    """
    path = os.fspath(path)
    name = "<stdin>" if path == "-" else path
    too_large = InputError(f"{name}: too large (the limit is {MAX_INPUT_BYTES // 1024 // 1024} MB)")
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(path, "rb") as file:
                if os.fstat(file.fileno()).st_size > MAX_INPUT_BYTES:  # refuse before reading
                    raise too_large
                data = file.read(MAX_INPUT_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    except (AttributeError, ValueError):  # sys.stdin is None or closed
        raise InputError(f"{name}: cannot read (no standard input)") from None
    if len(data) > MAX_INPUT_BYTES:  # a pipe or FIFO has no size to check up front
        raise too_large
    return replace(decode_bytes(data, name=name), path=path)


def expand_paths(paths: Sequence[str], *, glob: str = "*.txt", recursive: bool = True) -> list[str]:
    """Expand directories into their files matching `glob`, sorted; keep other paths.

    Files and "-" stay where they are (a missing file is reported by `read_path`).
    Hidden files and folders (".git", ".cache") inside a directory are skipped,
    and symlinked folders are not followed, so a link loop cannot recurse.

    Raises:
        InputError: a directory holds no matching file.
    """
    expanded: list[str] = []
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            expanded.append(path)
            continue
        found: list[str] = []
        for root, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")] if recursive else []
            found += [os.path.join(root, f) for f in files if f[:1] != "." and fnmatch.fnmatch(f, glob)]
        if not found:
            raise InputError(f"{path}: is a directory with no {glob} files")
        expanded.extend(sorted(found, key=lambda p: p.split(os.sep)))
    return expanded


_ENGLISH_STOPWORDS = frozenset(
    """the and of to in is that for it as was with be by on not he she they we you
    this are or his her from at which but have has had an a were their been its
    would will there what all can who more said also than about into after other
    these one new over could should them our up out may""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def looks_english(text: str) -> bool:
    """Cheap guess whether `text` is English, from its share of English stopwords.

    Texts under 20 words are given the benefit of the doubt (True) unless their
    letters are mostly non-Latin. Only the first 20,000 characters are looked at.
    """
    words = _WORD.findall(text[:20000])
    letters = "".join(words)[:5000]
    if len(letters) >= 20 and sum(c.isascii() for c in letters) < 0.5 * len(letters):
        return False  # Cyrillic, Greek, CJK...: no stopword list needed
    if len(words) < 20:
        return True
    hits = sum(word.lower() in _ENGLISH_STOPWORDS for word in words)
    # English prose runs at 30-50% with this list; French/German at under 10%.
    return hits >= 0.2 * len(words)


def with_content_warnings(inp: TextInput) -> TextInput:
    """`inp` with warnings about its content added (empty, not English), so they reach the brief too."""
    shown = "<stdin>" if inp.path == "-" else inp.path
    if not inp.text.strip():
        extra = f"{shown}: empty input"
    elif not looks_english(inp.text):
        extra = f"{shown}: does not look like English; results may be poor"
    else:
        return inp
    return replace(inp, warnings=(*inp.warnings, extra))
