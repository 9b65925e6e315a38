"""Untrusted text made safe to show: on a terminal, inside Markdown, in a JSON field name.

Claimant names, ids, field names and values come from input files. Shown raw, an escape
sequence could retitle or clear a terminal, a bidi override could reorder what a reader sees,
and Markdown or HTML could inject headings, links or scripts into a pasted report. Every
renderer passes each interpolated piece of input through one of these functions:

* `terminal()` for text output and error lines: control characters become visible
  symbols (ESC is ``␛``, a newline ``␤``), never executed;
* `markdown()` for Markdown: the same, plus line breaks become spaces and every character
  Markdown or HTML would act on is escaped;
* `clean()` for names that travel in JSON: undecodable bytes (lone surrogates, which no
  UTF-8 output can hold) become ``\\xNN``.

All three are one linear pass (``str.translate`` or a character loop); text that needs
nothing (the common case) is returned as it is.

>>> terminal("Foro Penal\\x1b]0;owned\\x07")
'Foro Penal␛]0;owned␇'
>>> markdown("<script>alert(1)</script>\\n# Heading")
'&lt;script&gt;alert(1)&lt;/script&gt; # Heading'
"""

from __future__ import annotations

import unicodedata

__all__ = ["clean", "markdown", "terminal"]

# bidirectional formatting characters: they reorder the text around them when displayed
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_HIDDEN_CATEGORIES = frozenset(("Cc", "Cs", "Zl", "Zp"))

# Markdown and HTML: characters that start emphasis, code, links, tables, tags or entities
_MARKDOWN = str.maketrans(
    {
        **{c: "\\" + c for c in "\\`*[]|~"},
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
    }
)
_BLOCK_STARTS = frozenset("#>+-=")


def _visible(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (ESC is ␛)
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # an undecodable byte, read with surrogateescape
    return f"<U+{code:04X}>"


def _hidden(ch: str) -> bool:
    return ch in _BIDI or unicodedata.category(ch) in _HIDDEN_CATEGORIES


def terminal(text: str) -> str:
    """``text`` with control, bidi and line-break characters made visible, never executed."""
    if text.isprintable():
        return text
    return "".join(_visible(ch) if _hidden(ch) else ch for ch in text)


def markdown(text: str) -> str:
    """``text`` as inert inline Markdown: one line, no markup, no HTML, no control codes."""
    one_line = " ".join(text.splitlines()).strip()
    escaped = _underscores(terminal(one_line).translate(_MARKDOWN))
    if escaped[:1] in _BLOCK_STARTS:
        return "\\" + escaped  # not a heading, quote, list item or underline
    digits = len(escaped) - len(escaped.lstrip("0123456789"))
    if digits and escaped[digits : digits + 1] in (".", ")"):
        return f"{escaped[:digits]}\\{escaped[digits:]}"  # not an ordered list item
    return escaped


def _underscores(text: str) -> str:
    """``_`` escaped where it could open or close emphasis; ``a_b`` (in file names) kept."""
    if "_" not in text:
        return text
    out = []
    for k, ch in enumerate(text):
        if ch == "_" and not (
            0 < k < len(text) - 1 and text[k - 1].isalnum() and text[k + 1].isalnum()
        ):
            out.append("\\_")
        else:
            out.append(ch)
    return "".join(out)


def clean(text: str) -> str:
    """``text`` with undecodable bytes (lone surrogates) written ``\\xNN`` or ``\\uDXXX``."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(
            (_visible(ch) if 0xDC80 <= ord(ch) <= 0xDCFF else f"\\u{ord(ch):04x}")
            if 0xD800 <= ord(ch) <= 0xDFFF
            else ch
            for ch in text
        )
    return text
