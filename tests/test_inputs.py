"""Tests for brief.inputs: decoding, HTML reduction, paths and the language hint (no spaCy)."""
from __future__ import annotations

import codecs
import os
import sys
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brief.errors import InputError
from brief.inputs import (
    MAX_INPUT_BYTES,
    TextInput,
    decode_bytes,
    expand_paths,
    looks_english,
    looks_like_html,
    read_path,
)

ARTICLE = (
    "The government announced on Tuesday that it would raise the minimum wage by 5 percent "
    "from next April, a move that unions said was not enough to keep up with the cost of living."
)

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Council approves new housing plan</title>
<script>var analytics = "tracking-code";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav>
<main><article>
<h1>Council approves new housing plan</h1>
<p>The city council on Tuesday approved a plan to build 5,000 affordable homes by 2030,
according to a statement from the mayor's office.</p>
<p>The plan, which will cost an estimated 1.2 billion euros, is funded by a new levy on
vacant properties and a loan from the regional development bank.</p>
<p>Opposition councillors said the timetable was unrealistic and warned that construction
costs had risen sharply over the past two years.</p>
<p>The mayor said the first building permits would be issued in the spring and that
tenants' associations would be consulted on the design.</p>
</article></main>
<footer><p>Copyright 2024 The Daily Example. All rights reserved.</p></footer>
</body></html>
"""


# ----------------------------------------------------------------- decode_bytes


def test_empty_bytes_give_empty_text() -> None:
    result = decode_bytes(b"", name="e.txt")
    assert result == TextInput(text="", path="e.txt")


def test_whitespace_only_is_kept() -> None:
    result = decode_bytes(b"  \n\t\r\n ", name="w.txt")
    assert result.text == "  \n\t\r\n "
    assert result.encoding is None and result.warnings == ()


def test_plain_utf8_has_no_warning() -> None:
    result = decode_bytes("Straße, café, “quoted” €5".encode(), name="u.txt")
    assert result.text == "Straße, café, “quoted” €5"
    assert result.encoding is None and result.warnings == ()


def test_binary_with_nul_bytes_is_rejected() -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4
    with pytest.raises(InputError, match=r"^b\.png: looks like binary data, not text$"):
        decode_bytes(data, name="b.png")


def test_dense_control_bytes_are_rejected() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x01\x02\x03\x04 abc \x05\x06\x07\x08" * 50, name="c.bin")


@pytest.mark.parametrize("seed", range(50))
def test_random_bytes_never_raise_anything_but_input_error(seed: int) -> None:
    data = os.urandom(64 + seed * 40)
    try:
        result = decode_bytes(data, name="r.bin")
    except InputError as exc:
        assert str(exc) == "r.bin: looks like binary data, not text"
    else:
        assert isinstance(result.text, str) and "\x00" not in result.text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_decode_or_input_error(data: bytes) -> None:
    try:
        result = decode_bytes(data, name="h.bin")
    except InputError as exc:
        assert "looks like binary data" in str(exc)
    else:
        assert isinstance(result.text, str)


def test_latin1_is_decoded_with_warning() -> None:
    result = decode_bytes("café crème".encode("latin-1"), name="s.txt")
    assert result.text == "café crème"
    assert result.encoding in {"cp1252", "iso8859-1"}
    assert result.warnings == (f"s.txt: decoded as {result.encoding} (not UTF-8)",)


def test_longer_latin1_french_is_decoded() -> None:
    text = "Le gouvernement a annoncé une réforme très contestée; les syndicats prévoient des grèves."
    assert decode_bytes(text.encode("latin-1"), name="f.txt").text == text


def test_windows_1252_curly_quotes_and_euro() -> None:
    text = "The minister said the plan would “cost about €1.2bn” — a figure disputed by critics."
    result = decode_bytes(text.encode("cp1252"), name="q.txt")
    assert result.text == text
    assert result.encoding == "cp1252"
    assert "q.txt: decoded as cp1252 (not UTF-8)" in result.warnings


def test_short_german_cp1252_is_decoded() -> None:
    text = "ÄÖÜ „Zitat“ Straße €"
    assert decode_bytes(text.encode("cp1252"), name="de.txt").text == text


def test_utf8_cut_off_mid_character_stays_utf8() -> None:
    data = "Café “crème” brûlé".encode()[:-1]  # as `head -c` would leave it
    result = decode_bytes(data, name="cut.txt")
    assert result.text == "Café “crème” brûl\ufffd"
    assert result.encoding == "utf-8"
    assert result.warnings == ("cut.txt: 1 invalid UTF-8 byte sequence(s) replaced with U+FFFD",)


def test_utf8_with_a_stray_latin1_byte_is_not_mojibake() -> None:
    data = "naïve café “quoted” ".encode() + b"caf\xe9 " + "über".encode()
    result = decode_bytes(data, name="mixed.txt")
    assert result.text == "naïve café “quoted” caf\ufffd über"
    assert result.encoding == "utf-8"


def test_cp1250_polish_is_not_forced_to_cp1252() -> None:
    text = "Rząd przyjął nową ustawę o mieszkalnictwie, która ma pomóc młodym rodzinom."
    result = decode_bytes(text.encode("cp1250"), name="pl.txt")
    assert result.text == text


def test_cp1251_russian_is_decoded() -> None:
    text = "Правительство одобрило новый план строительства жилья для молодых семей."
    assert decode_bytes(text.encode("cp1251"), name="ru.txt").text == text


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("utf-16"), "utf-16-le" if sys.byteorder == "little" else "utf-16-be"),
        (ARTICLE.encode("utf-32"), "utf-32-le" if sys.byteorder == "little" else "utf-32-be"),
    ],
    ids=["le-bom", "be-bom", "le-no-bom", "be-no-bom", "native-bom", "utf32-bom"],
)
def test_utf16_and_utf32(encoded: bytes, encoding: str) -> None:
    result = decode_bytes(encoded, name="w.txt")
    assert result.text == ARTICLE
    assert not result.text.startswith("\ufeff")
    assert result.encoding == encoding
    assert result.warnings == (f"w.txt: decoded as {encoding} (not UTF-8)",)


def test_utf16_le_without_bom_keeps_crlf_and_accents() -> None:
    text = "Première ligne\r\nSecond line – café\r\n"
    result = decode_bytes(text.encode("utf-16-le"), name="x.txt")
    assert result.text == text


def test_utf8_bom_is_stripped() -> None:
    result = decode_bytes(codecs.BOM_UTF8 + "Héllo world".encode(), name="bom.txt")
    assert result.text == "Héllo world"
    assert result.encoding == "utf-8-sig"


def test_crlf_and_lone_cr_are_preserved() -> None:
    text = "first line\r\nsecond line\rthird line\n"
    assert decode_bytes(text.encode(), name="n.txt").text == text
    assert decode_bytes(text.encode("cp1252") + b"\xe9", name="n.txt").text == text + "é"


def test_a_few_control_characters_are_preserved() -> None:
    text = "Title\x0cPage two\x0b with \x1b[1mbold\x1b[0m and a bell\x07 here. " + ARTICLE
    result = decode_bytes(text.encode(), name="ctl.txt")
    assert result.text == text


# ----------------------------------------------------------------- HTML


def test_html_page_is_reduced_to_article_text() -> None:
    result = decode_bytes(PAGE.encode(), name="x.html")
    assert result.extracted_from == "html"
    assert "x.html: HTML page reduced to its article text" in result.warnings
    assert "approved a plan to build 5,000 affordable homes" in result.text
    assert "tenants' associations would be consulted" in result.text
    assert "<p>" not in result.text and "</p>" not in result.text
    assert "Subscribe to our newsletter" not in result.text
    assert "tracking-code" not in result.text


def test_html_in_legacy_encoding_is_decoded_then_extracted() -> None:
    page = PAGE.replace("the regional development bank", "the “régional” bank")
    result = decode_bytes(page.encode("cp1252"), name="old.html")
    assert result.extracted_from == "html" and result.encoding == "cp1252"
    assert "the “régional” bank" in result.text


def test_html_fallback_parser_when_extraction_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    trafilatura = pytest.importorskip("trafilatura")
    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    result = decode_bytes(PAGE.encode(), name="f.html")
    assert result.extracted_from == "html"
    assert "approved a plan to build 5,000 affordable homes" in result.text
    assert "<p>" not in result.text and "tracking-code" not in result.text
    assert "Subscribe to our newsletter" not in result.text


def test_plain_text_mentioning_a_tag_is_not_html() -> None:
    text = ARTICLE + " Editors wrap paragraphs in a <p> element. " + ARTICLE
    assert not looks_like_html(text)
    result = decode_bytes(text.encode(), name="t.txt")
    assert result.extracted_from is None and result.text == text


def test_html_fragment_without_doctype_is_detected() -> None:
    fragment = "".join(f"<p>Paragraph {i} of the statement.</p>\n" for i in range(8))
    assert looks_like_html(fragment)


# ----------------------------------------------------------------- read_path


def test_read_path_reads_a_file(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("line one\r\nline “two”".encode("cp1252"))
    result = read_path(path)
    assert result.text == "line one\r\nline “two”"
    assert result.path == str(path)
    assert result.warnings == (f"{path}: decoded as cp1252 (not UTF-8)",)


def test_read_path_missing_file(tmp_path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        read_path(missing)
    assert str(info.value) == f"{missing}: no such file"


def test_read_path_directory(tmp_path) -> None:
    with pytest.raises(InputError) as info:
        read_path(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a directory"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
def test_read_path_permission_denied(tmp_path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("secret")
    path.chmod(0)
    try:
        with pytest.raises(InputError) as info:
            read_path(path)
        assert str(info.value) == f"{path}: permission denied"
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "cannot read (Input/output error)"),
    ],
)
def test_read_path_os_errors_as_root_too(tmp_path, monkeypatch, error, message) -> None:
    import brief.inputs as inputs

    def failing_open(*args, **kwargs):
        raise error

    # Shadows the builtin inside brief.inputs only, so this runs even as root.
    monkeypatch.setattr(inputs, "open", failing_open, raising=False)
    with pytest.raises(InputError) as info:
        read_path(tmp_path / "x.txt")
    assert str(info.value) == f"{tmp_path / 'x.txt'}: {message}"


def test_read_path_too_large(tmp_path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as file:
        file.truncate(MAX_INPUT_BYTES + 1)  # sparse: no 50 MB written to disk
    with pytest.raises(InputError, match=r"big\.txt: too large"):
        read_path(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_read_path_fifo_with_writer(tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def writer() -> None:
        with open(fifo, "wb") as file:
            file.write(ARTICLE.encode())

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    result = read_path(fifo)
    thread.join(timeout=10)
    assert result.text == ARTICLE


def test_read_path_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    fake = io.TextIOWrapper(io.BytesIO("caf\xe9 cr\xe8me".encode("latin-1")))
    monkeypatch.setattr(sys, "stdin", fake)
    result = read_path("-")
    assert result.text == "café crème" and result.path == "-"
    assert result.warnings[0].startswith("<stdin>: decoded as ")


def test_read_path_closed_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match=r"^<stdin>: cannot read"):
        read_path("-")


# ----------------------------------------------------------------- expand_paths


def test_expand_paths_on_a_folder_tree(tmp_path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "notes.md").write_text("not matched")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "c.txt").write_text("c")
    (tmp_path / "sub" / "deeper" / "d.txt").write_text("d")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.txt").write_text("e")
    single = tmp_path / "sub" / "c.txt"

    expanded = expand_paths([str(tmp_path), "-", str(single), "missing.txt"])
    assert expanded == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "c.txt"),
        str(tmp_path / "sub" / "deeper" / "d.txt"),
        "-",
        str(single),
        "missing.txt",
    ]
    assert expand_paths([str(tmp_path)], recursive=False) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert expand_paths([str(tmp_path)], glob="*.md") == [str(tmp_path / "notes.md")]


def test_expand_paths_folder_without_matches(tmp_path) -> None:
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(InputError) as info:
        expand_paths([str(tmp_path)])
    assert str(info.value) == f"{tmp_path}: is a directory with no *.txt files"


# ----------------------------------------------------------------- looks_english

GERMAN = (
    "Die Bundesregierung hat am Mittwoch einen neuen Plan für den Wohnungsbau beschlossen. "
    "Bis zum Jahr 2030 sollen in Deutschland jährlich 400.000 neue Wohnungen entstehen, davon "
    "ein Viertel als Sozialwohnungen. Die Opposition kritisierte die Finanzierung als unzureichend."
)
FRENCH = (
    "Le gouvernement a annoncé mercredi une réforme des retraites très contestée par les syndicats, "
    "qui prévoient des grèves dans les transports et les écoles dès la semaine prochaine. "
    "Le Premier ministre a défendu un texte nécessaire selon lui."
)


def test_looks_english() -> None:
    english = ARTICLE + " " + ARTICLE.replace("minimum wage", "pension age")
    assert looks_english(english)
    assert not looks_english(GERMAN)
    assert not looks_english(FRENCH)
    assert not looks_english("Правительство одобрило новый план строительства жилья.")
    assert looks_english("Brexit deal agreed")  # too short to judge
    assert looks_english("")
