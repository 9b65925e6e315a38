"""Paragraphs, sentences, quotes and tokens, with character offsets into the original text.

Splitting copes with abbreviations ("Jan. 8", "9:45 p.m. De", "U.S. authorities", "Dr.",
initials), closing quotes after the full stop, and lines (a line break ends a paragraph,
except inside a hard-wrapped sentence). Every pattern here is a single character class or a
class followed by a bounded alternative: none can backtrack more than a constant.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import attrs

from discrepancy._numbers import fold

__all__ = ["Sentence", "Tok", "TokenMemo", "quote_spans", "split", "tokenize"]

_LINE = re.compile(r"[^\n]+")
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”’»)\]]*+(?=\s)")
_WORD_BEFORE = re.compile(r"[\w.]{1,12}$")
_GLUED_END = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=[^\W\d_][^\W\d_])")
"""A full stop with no space after it, between a lower-case word and a capitalised one
("… derechistas.Teniendo …"): pages copied from the web often lose the space or line
break between two paragraphs. Fixed-width look-arounds only: linear. `_glued` checks the
cases (three lower-case letters before, a capital and a lower-case letter after), so
"U.S.Army", "Ph.D" and web addresses ("kestrel.com") stay one sentence."""
_TOKEN = re.compile(r"\d+(?:[.,'’\u00a0\u202f]\d+)*\w*|\w+|\S")
_QUOTE = re.compile(r"[“”\"«»]")

MAX_SENTENCE = 1_500
"""Longer "sentences" (no full stops: lists, tables, junk) are cut into pieces this long."""

_ABBREVIATIONS = frozenset(
    {
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sgt",
        "sen",
        "rep",
        "gov",
        "pres",
        "jr",
        "sr",
        "sra",
        "dra",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "no",
        "nos",
        "p.m",
        "a.m",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "approx",
        "av",
        "avda",
        "dept",
        "prof",
        "ene",
        "abr",
        "ago",
        "dic",
        "lic",
        "ing",
        "fig",
        "est",
        "mt",
        "ft",
        "cap",
        "art",
        "núm",
        "num",
        "aprox",
    }
)


class Tok(NamedTuple):
    """A token: folded text, original start and end, kind and capitalisation.

    ``kind`` is ``"n"`` (digits), ``"w"`` (word), ``"x"`` (letters and digits mixed: an id,
    an ordinal, a hashtag date) or ``"p"`` (one punctuation character).
    """

    norm: str
    start: int
    end: int
    kind: str
    cap: bool


@attrs.frozen
class Sentence:
    """A sentence: its span, its paragraph and its place in the document."""

    start: int
    end: int
    para: int
    index: int


def split(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; each line (or run of wrapped lines) is a paragraph."""
    sentences: list[Sentence] = []
    para = -1
    prev_line_end = -2
    for line in _LINE.finditer(text):
        start, end = line.span()
        stripped = line.group().strip()
        if not stripped:
            continue
        if not (_continues(text, prev_line_end, start) and sentences):
            para += 1
            sentence_start = start + (len(line.group()) - len(line.group().lstrip()))
        else:
            sentence_start = sentences.pop().start
        for stop, after in _ends(text, start, end):
            if _is_boundary(text, stop, after, end):
                sentences.append(Sentence(sentence_start, after, para, len(sentences)))
                sentence_start = after
                while sentence_start < end and text[sentence_start].isspace():
                    sentence_start += 1
        tail_end = end
        while tail_end > sentence_start and text[tail_end - 1].isspace():
            tail_end -= 1
        if tail_end > sentence_start:
            sentences.append(Sentence(sentence_start, tail_end, para, len(sentences)))
        prev_line_end = end
    return _cap_length(text, sentences)


def _ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The candidate sentence ends of one line, in order: each one's stop and where the
    sentence ends (after any closing quote)."""
    ends = [(m.start(), m.end()) for m in _END.finditer(text, start, end)]
    glued = [
        (m.start(), m.end())
        for m in _GLUED_END.finditer(text, start, end)
        if _glued(text, m.start())
    ]
    return sorted(ends + glued) if glued else ends


def _glued(text: str, stop: int) -> bool:
    """A glued full stop ends a sentence when the three letters before it are lower case
    and the word after it is capitalised and goes on in lower case."""
    return text[stop - 3 : stop].islower() and text[stop + 1].isupper() and text[stop + 2].islower()


def _cap_length(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Cut sentences longer than `MAX_SENTENCE` at a space: work per sentence is bounded."""
    if all(s.end - s.start <= MAX_SENTENCE for s in sentences):
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        start = s.start
        while s.end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            if cut <= start:
                cut = start + MAX_SENTENCE
            out.append(Sentence(start, cut, s.para, len(out)))
            start = cut
        out.append(Sentence(start, s.end, s.para, len(out)))
    return out


def _continues(text: str, prev_end: int, start: int) -> bool:
    """A line continues the previous one when that one ends mid-sentence (a lowercase letter,
    or, session 12, a digit or a comma: "confirmed that 42 died, 531\nwere injured") and this
    starts lower."""
    if prev_end < 0 or start != prev_end + 1:
        return False
    k = prev_end - 1  # round 10: spaces that end a hard-wrapped line ("the crowd \nat 500,000")
    while k > 0 and text[k] in " \t\r":
        k -= 1
    last = text[k] if k >= 0 else ""
    first = text[start] if start < len(text) else ""
    ends_mid = (last.isalpha() and last.islower()) or last.isdecimal() or last == ","
    return ends_mid and first.islower()


_WEB_ADDRESS = re.compile(r"[a-z0-9][a-z0-9-]{0,40}\.(?:com|org|net|info)\b")
"""A sentence may open with an outlet's web address in lower case ("kestrelnews.com has
recorded …", round 9): a bounded match, no backtracking beyond 40 characters."""


def _web_address_at(text: str, at: int) -> bool:
    return _WEB_ADDRESS.match(text, at, min(len(text), at + 48)) is not None


def _is_boundary(text: str, stop: int, after: int, line_end: int) -> bool:
    nxt = after
    while nxt < line_end and text[nxt].isspace():
        nxt += 1
    if nxt >= line_end:
        return True
    following = text[nxt]
    if following.isdecimal():
        return _digit_opens(text, stop)
    if following.islower() and not _web_address_at(text, nxt):
        return False
    if text[stop] != ".":
        return True
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if m is None:
        return True
    word = m.group().lower().strip(".")
    last = word.rsplit(".", 1)[-1]
    if word in _ABBREVIATIONS or (last in _ABBREVIATIONS and len(word) <= 4):
        return False
    # an initial ("Himiob S.") or a letter abbreviation ("U.S.")
    return not (len(last) == 1 and last.isalpha())


def _digit_opens(text: str, stop: int) -> bool:
    """Session 13: a figure opens a sentence after a full stop that ends a plain word of four
    or more lower-case letters ("… were killed. 250 people …"); after an abbreviation, a
    number, a capital or a short word it goes on the sentence ("No. 5", "approx. 250",
    "Jan. 5", "in 2023. 4", "p. 12")."""
    if text[stop] != ".":
        return True
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    word = m.group() if m is not None else ""
    return len(word) >= 4 and word.isalpha() and word.islower() and word not in _ABBREVIATIONS


class TokenMemo:
    """What tokenizing keeps for one document: each distinct whitespace-free chunk of text
    ("people", "1,345.", "(@HimiobSantome)") and its tokens, with offsets in the chunk.

    A chunk that is one token (most are: a word or a number) is kept in ``singles`` as
    (folded text, length, kind, capitalised), so its token is built without a loop."""

    __slots__ = ("chunks", "raws", "singles")

    def __init__(self) -> None:
        self.raws: dict[str, tuple[str, str, bool]] = {}
        self.chunks: dict[str, tuple[tuple[int, int, tuple[str, str, bool]], ...]] = {}
        self.singles: dict[str, tuple[str, int, str, bool]] = {}

    def chunk(self, chunk: str) -> tuple[tuple[int, int, tuple[str, str, bool]], ...]:
        raws = self.raws
        if chunk.isalpha() or chunk.isdecimal():  # one word or one number: one token
            info = raws.get(chunk)
            if info is None:
                info = raws[chunk] = _token_info(chunk)
            single: tuple[tuple[int, int, tuple[str, str, bool]], ...] = ((0, len(chunk), info),)
            self.chunks[chunk] = single
            self.singles[chunk] = (info[0], len(chunk), info[1], info[2])
            return single
        parts = []
        for m in _TOKEN.finditer(chunk):
            raw = m.group()
            info = raws.get(raw)
            if info is None:
                info = raws[raw] = _token_info(raw)
            parts.append((m.start(), m.end(), info))
        found = self.chunks[chunk] = tuple(parts)
        if len(parts) == 1 and parts[0][:2] == (0, len(chunk)):
            info = parts[0][2]
            self.singles[chunk] = (info[0], len(chunk), info[1], info[2])
        return found


def tokenize(text: str, start: int, end: int, memo: TokenMemo | None = None) -> list[Tok]:
    """The tokens of ``text[start:end]``; words are folded (lower case, no accents).

    Tokens never span white space (but for digit groups with a no-break space, "1 085"),
    so the text is cut at white space and each distinct chunk is tokenized once per
    document (``memo``).
    """
    memo = memo if memo is not None else TokenMemo()
    segment = text[start:end]
    toks: list[Tok] = []
    append = toks.append
    new = tuple.__new__
    if "\u00a0" in segment or "\u202f" in segment:
        raws = memo.raws
        for m in _TOKEN.finditer(text, start, end):
            raw = m.group()
            info = raws.get(raw)
            if info is None:
                info = raws[raw] = _token_info(raw)
            s, e = m.span()
            append(new(Tok, (info[0], s, e, info[1], info[2])))
        return toks
    singles = memo.singles
    chunks = memo.chunks
    find = segment.index
    pos = 0
    for chunk in segment.split():
        pos = find(chunk, pos)
        one = singles.get(chunk)
        if one is not None:  # most chunks are one word
            norm, size, kind, cap = one
            base = start + pos
            append(new(Tok, (norm, base, base + size, kind, cap)))
            pos += size
            continue
        parts = chunks.get(chunk)
        if parts is None:
            parts = memo.chunk(chunk)
        base = start + pos
        for s, e, info in parts:
            append(new(Tok, (info[0], base + s, base + e, info[1], info[2])))
        pos += len(chunk)
    return toks


def _token_info(raw: str) -> tuple[str, str, bool]:
    """(folded text, kind, capitalised) of one token string."""
    first = raw[0]
    if first.isdecimal():
        return raw.lower(), "n" if raw[-1].isdecimal() else "x", False
    if first.isalnum() or first == "_":
        norm = raw.lower() if raw.isascii() else fold(raw)
        return norm, "w" if norm.isalpha() else "x", first.isupper()
    # a lone combining mark folds to nothing: keep it as written, so no token is empty
    return (fold(raw) or raw) if not raw.isascii() else raw, "p", False


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted spans of a paragraph: curly and angle quotes pair up, straight ones toggle."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE.finditer(text, start, end):
        ch = m.group()
        pos = m.start()
        if ch in "“«":
            if open_at is None:
                open_at = pos
        elif ch in "”»":
            if open_at is not None:
                spans.append((open_at, pos + 1))
                open_at = None
        elif open_at is None:
            open_at = pos
        else:
            spans.append((open_at, pos + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, end))
    return spans
