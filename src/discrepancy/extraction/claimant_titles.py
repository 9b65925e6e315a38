"""Titled speakers: "Interior Minister Ana Lima", "el ministro del Interior, Ana Lima",
"Ana Lima, directora de la Cruz Roja" speak for an office (the who-says-it stage reads the
titles from ``TITLE_OFFICES`` and ``ROLE_WORDS`` of the language tables)."""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["TITLE_MODIFIERS", "titled_person"]

_OF = frozenset({"of", "for", "at", "de", "del", "para"})
TITLE_MODIFIERS = frozenset(
    {"general", "executive", "deputy", "national", "regional", "nacional", "adjunto", "adjunta"}
) | (tables_en.SRC_TITLE_RANKS | tables_es.SRC_TITLE_RANKS)
_RANKS = tables_en.SRC_TITLE_RANKS | tables_es.SRC_TITLE_RANKS | {"deputy", "general"}
"""Session 10: rank words of a title ("Additional Director General"), never an office."""
_RANK_OFFICES = {**tables_en.TITLE_RANK_OFFICES, **tables_es.TITLE_RANK_OFFICES}
_LEADING = frozenset({"the", "a", "an", "el", "la", "los", "las", "its", "su"})


_TITLE_OFFICE_HEADS = tables_en.TITLE_OFFICE_HEADS | tables_es.TITLE_OFFICE_HEADS
_TITLED_BODY_HEADS = tables_en.TITLED_BODY_HEADS | tables_es.TITLED_BODY_HEADS
_OF_THE = frozenset({"de", "del", "la", "el", "of", "the"})


def _office_of_title(toks: Sequence[Tok], span: Sequence[int], pos: int) -> bool:
    """The title at ``pos`` of ``span`` follows "Oficina del", "Office of the": it is a word
    of the office's name ("la Oficina del Alto Comisionado de la ONU"), which speaks as a
    body, not as a titled person."""
    k = pos - 1
    if k > 0 and toks[span[k]].cap and toks[span[k]].norm not in _OF_THE:
        k -= 1  # "Alto", "High": a modifier of the title
    linked = k
    while k > 0 and toks[span[k]].norm in _OF_THE and linked - k < 2:
        k -= 1
    return k < linked and toks[span[k]].cap and toks[span[k]].norm in _TITLE_OFFICE_HEADS


def titled_person(
    text: str, toks: Sequence[Tok], span: Sequence[int], lex: Lexicon
) -> tuple[str, str] | None:
    """(office, person) for a titled speaker: "Interior Minister Ana Pérez" → ("Interior
    Ministry", "Ana Pérez"); "el ministro del Interior, Ana Pérez" → ("Ministerio del
    Interior", "Ana Pérez"); "Juan Díaz, director de la Cruz Roja" → ("Cruz Roja", "Juan
    Díaz"). ``None`` when the phrase holds no title, or the title no office."""
    titles = lex.title_offices
    roles = lex.role_words
    led = _led_office(text, toks, span)
    if led is not None:
        return led
    at = next((k for k in span if toks[k].norm in titles or toks[k].norm in roles), None)
    if at is None:
        return None
    owned = _owned_role(toks, span, at, lex)
    if owned is not None:
        at = owned  # session 10: "the mayor's spokesman": the spokesman, for the mayor
    pos = list(span).index(at)
    if _office_of_title(toks, span, pos):
        return None  # h-who-es: "la Oficina del Alto Comisionado …": a body, no person
    if pos > 0 and toks[at].cap and toks[span[pos - 1]].norm in _TITLED_BODY_HEADS:
        return None  # session 13: "el Centro Coordinador de Emergencias": the body's name
    title = toks[at].norm
    # the complement: "of the Interior", "del Interior", "de la Cruz Roja" (to a comma)
    after: list[int] = []
    rest = list(span)[pos + 1 :]
    while len(rest) > 1 and not toks[rest[0]].cap and toks[rest[0]].norm not in _OF:
        rest = rest[1:]  # "coordinador nacional de", "executive director of"
        if len(rest) < len(span) - pos - 3:
            break
    if rest and toks[rest[0]].norm in _OF:
        for k in rest[1:]:
            if toks[k].norm == "," or (after and k != after[-1] + 1):
                break
            after.append(k)
        while after and not _keeps(toks[after[-1]].norm, lex) and not toks[after[-1]].cap:
            after.pop()  # "of the Interior", "de la Cruz Roja"; "the Lara state government"
    # modifiers before the title: "Interior Minister", "Pakistan's Health Minister"
    before: list[int] = []
    k = pos - 1
    if k >= 2 and toks[span[k]].norm == "s" and toks[span[k - 1]].norm in ("'", "’"):
        k -= 2  # "the Red Cross's envoy"
        at_before = span[k] + 1
    else:
        at_before = at
    while (
        k >= 0
        and span[k] == at_before - len(before) - 1
        and toks[span[k]].cap
        and toks[span[k]].norm not in _LEADING
    ):
        before.insert(0, span[k])
        k -= 1
    ranks = [k for k in before if toks[k].norm in _RANKS]
    if ranks and ranks == before[: len(ranks)]:
        # session 10: "Additional Director General", "Deputy Inspector General": ranks
        # of the title, not the office it speaks for
        before = before[len(ranks) :]
    if not before and k >= 0 and span[k] == at_before - 1 and _keeps(toks[span[k]].norm, lex):
        # "a coast guard spokesperson", "school owner Umar Idris": a body in lower case
        before.insert(0, span[k])
        k -= 1
        while k >= 0 and span[k] == before[0] - 1 and len(before) < 3:
            w = toks[span[k]].norm
            if w in _LEADING or w in lex.function_words or toks[span[k]].kind != "w":
                break
            before.insert(0, span[k])
            k -= 1
    used = set(before) | set(after) | {at} | ({rest[0]} if after else set()) | set(ranks)
    k = at + 1  # session 10: "Director General Mohan Varadkar": the title's rank
    while k in set(span) and toks[k].norm in _RANKS:
        used.add(k)
        k += 1
    ranked = bool(ranks) or k > at + 1
    person = _run_text(
        text,
        toks,
        [k for k in span if k not in used and toks[k].cap and toks[k].norm not in _LEADING],
    )
    if title in titles:
        if after:
            complement = text[toks[rest[0]].start : toks[after[-1]].end]
            if "{} " in titles[title]:  # English: "{} Ministry" takes the words alone
                complement = _strip_leading(text[toks[after[0]].start : toks[after[-1]].end])
        elif before:
            complement = text[toks[before[0]].start : toks[before[-1]].end]
        else:
            return None
        owner, _, rank = complement.rpartition(" ")
        ranked_office = _RANK_OFFICES.get(f"{rank} {title}".lower())
        if ranked_office is not None:  # "Prime Minister X": the Prime Minister's Office
            return f"{owner} {ranked_office}".strip(), person  # "Israeli Prime Minister's …"
        return titles[title].format(complement).strip(), person
    if after:  # "the director of the Red Cross", "el director de la Cruz Roja"
        return _strip_leading(text[toks[after[0]].start : toks[after[-1]].end]), person
    if before and (person or not toks[before[-1]].cap):
        # "Red Cross spokesman John Smith", "a coast guard spokesperson"
        return text[toks[before[0]].start : toks[before[-1]].end], person
    if ranked and person:
        return "", person  # session 10: "Joint Director General M. Varadkar": the person
    return None


def _owned_role(toks: Sequence[Tok], span: Sequence[int], at: int, lex: Lexicon) -> int | None:
    """The role word right after a possessive that follows the title at ``at`` ("the
    mayor's spokesman", "the governor's press secretary"): the holder of that role speaks,
    for the office before the possessive (session 10); else ``None``."""
    ks = list(span)
    p = ks.index(at)
    if p + 3 >= len(ks) or toks[ks[p + 1]].norm not in ("'", "’") or toks[ks[p + 2]].norm != "s":
        return None
    for k in ks[p + 3 : p + 6]:
        if toks[k].norm in lex.role_words:
            return k
    return None


_LEAD_VERBS = tables_en.LEAD_VERBS | tables_es.LEAD_VERBS
_WHO = frozenset({"who", "que", "quien"})


def _led_office(text: str, toks: Sequence[Tok], span: Sequence[int]) -> tuple[str, str] | None:
    """ "Ana Ruiz, who leads the Refugee Council of Norway": (the Council, Ana Ruiz)."""
    ks = list(span)
    at = next((p for p, k in enumerate(ks) if toks[k].norm in _LEAD_VERBS), None)
    if at is None or at == 0 or toks[ks[at - 1]].norm not in _WHO:
        return None
    org = [k for k in ks[at + 1 :] if toks[k].norm != ","]
    while org and toks[org[0]].norm in _LEADING:
        org = org[1:]
    if not org or not any(toks[k].cap for k in org):
        return None
    person = _run_text(text, toks, [k for k in ks[: at - 1] if toks[k].cap])
    return text[toks[org[0]].start : toks[org[-1]].end], person


def _keeps(word: str, lex: Lexicon) -> bool:
    """A lower-case word that may end an office's name ("state", "government", "police");
    session 10: the title of an office a spokesman speaks for ("a spokesman for the
    governor", "un vocero del gobernador")."""
    return (
        word in ("state", "estado")
        or word in lex.government_heads
        or word in lex.generic_heads
        or word in lex.title_offices
    )


def _run_text(text: str, toks: Sequence[Tok], ks: list[int]) -> str:
    """The longest contiguous run of ``ks`` as written."""
    best: list[int] = []
    run: list[int] = []
    for k in ks:
        if run and k != run[-1] + 1:
            run = []
        run.append(k)
        if len(run) > len(best):
            best = list(run)
    return text[toks[best[0]].start : toks[best[-1]].end] if best else ""


def _strip_leading(phrase: str) -> str:
    words = phrase.split()
    while len(words) > 1 and words[0].lower() in _LEADING:
        words = words[1:]
    return " ".join(words)
