"""What later sentences refer back to, and who stands behind the numbers of a sentence.

The claimant of a sentence: its own attribution; for a quote, the speaker named after it in
the paragraph (or the last quoted speaker of the paragraph); for a first-person post, its
signature line; else the claimant of the sentence before when that one reported with a verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant import (
    DEFINITE,
    GOVERNMENT,
    NAMED,
    PLURAL,
    PRONOUN,
    Attribution,
)
from discrepancy.extraction.claimant_carry import (
    another_place,
    carried_on,
    idle,
    names_origin,
)
from discrepancy.extraction.claimant_refers import claimants_of
from discrepancy.extraction.claimant_state import Attributions, State
from discrepancy.extraction.claimant_verbless import origin_at
from discrepancy.extraction.context import Context
from discrepancy.orgs import OrgRef

__all__ = ["Attributions", "State", "claimants_of", "sentence_claimants"]


_CARRY = 2
"""How many sentences back a source carries to numbers no one else is said to give."""


_BACK_OPENERS = frozenset(
    {"that", "this", "these", "those", "such", "ese", "esa", "eso", "esos", "esas", "este"}
    | {"esta", "esto", "estos", "estas", "asi", "tal", "dicha", "dicho", "dichas", "dichos"}
)
"""Words that open a sentence by pointing at what the one before said ("That is according to
the Red Cross", "Así lo informó la Policía", "Esa cifra fue dada por el Ministerio")."""
_THE_ABOVE = frozenset({"anterior", "above", "former", "foregoing"})
"""After "lo" / "the", what the text said before ("Lo anterior lo dio a conocer la ONU")."""
_THE_FIGURES = frozenset({"the", "el", "la", "los", "las"})
_POINTED_NOUNS = (
    tables_en.DATA_NOUNS
    | tables_es.DATA_NOUNS
    | tables_en.DOCUMENT_NOUNS
    | tables_es.DOCUMENT_NOUNS
)


def _names_data(words: Sequence[str]) -> bool:
    """The sentence opens with "the figures / the report / los datos": it may speak of the
    figures before, or of others."""
    return len(words) > 1 and words[0] in _THE_FIGURES and words[1] in _POINTED_NOUNS


def _sourced_before(ctx: Context, atts: Attributions, i: int) -> bool:
    """The sentence before, in the same paragraph, names a source that speaks: a clause
    with no source of its own goes on with it rather than with a later sentence."""
    k = i - 1
    if k < 0 or ctx.sentences[k].para != ctx.sentences[i].para:
        return False
    prev = atts[k]
    return prev is not None and prev.say and prev.kind in (NAMED, GOVERNMENT)


def _points_back(words: Sequence[str]) -> bool:
    """Whether the next sentence's source speaks of the sentence before (round 8): it
    names it ("That is according to …", "Así lo informó …") or gives no statement of its
    own but a source ("According to the ministry."); a next sentence that says something
    else ("The army said it had hit a command post") lends its source to nothing before."""
    if not words:
        return False
    if len(words) > 1 and words[0] in ("lo", "the") and words[1] in _THE_ABOVE:
        return True  # "Lo anterior lo dio a conocer la ONU", "The above was reported by …"
    if _names_data(words):
        return True  # "The figures were released by …", "Las cifras fueron difundidas por …"
    if _gives_the_figures(words):
        return True  # session 13: "The Red Cross gave the figure", "X provided the numbers"
    return words[0] in _BACK_OPENERS or words[0] in ("according", "segun")


_GIVE_VERBS = (
    tables_en.SRC_GIVING_VERBS
    | tables_es.SRC_GIVING_VERBS
    | tables_en.RELEASE_VERBS
    | tables_es.RELEASE_VERBS
)
_FIGURE_OBJECTS = tables_en.CARRY_ORIGIN_NOUNS | tables_es.CARRY_ORIGIN_NOUNS
_THE_OBJECT = _BACK_OPENERS | _THE_FIGURES


def _gives_the_figures(words: Sequence[str]) -> bool:
    """Session 13 (h-who-en): the sentence's verb gives "the figures" just said, its object a
    definite figure noun right after it ("The Red Cross gave the figure", "The ministry
    released the figures on Monday", "La Cruz Roja facilitó las cifras")."""
    return any(
        w in _GIVE_VERBS and words[k + 1] in _THE_OBJECT and words[k + 2] in _FIGURE_OBJECTS
        for k, w in enumerate(words[:-2])
    )


def _back_before_figures(ctx: Context, j: int, after: Attribution | None) -> bool:
    """Session 13 (h-who-en): sentence ``j`` opens by pointing at the one before ("That
    figure came from the ministry, which also reported 12 missing") and names its source
    before any figure of its own: the source gives the figures before too."""
    words = ctx.words(j)
    if after is None or len(words) < 3 or words[0] not in _BACK_OPENERS:
        return False
    norms = ctx.view(j).norms
    if origin_at(norms) < 0 and tuple(norms[1:3]) not in _POINTS_BACK:
        return False  # "This week, the ministry said 40 …": a day, not the figures before
    first = next((k for k, t in enumerate(ctx.view(j).toks) if t.kind == "n"), -1)
    return 0 < after.at < first


_POINTS_BACK = frozenset(tables_en.POINTS_BACK + tables_es.POINTS_BACK)


_TOPIC_SHIFTS = frozenset(tables_en.TOPIC_SHIFTS + tables_es.TOPIC_SHIFTS)
_SHIFT_REACH = max(len(p) for p in _TOPIC_SHIFTS)


def shifts_topic(words: Sequence[str]) -> bool:
    """h-who-en: the sentence turns to another event ("Meanwhile, …", "A protest, meanwhile,
    left 7 dead", "Por otra parte, …"): a topic word opening it or right after a comma."""
    for k in [0] + [c + 1 for c, w in enumerate(words) if w == ","]:
        if any(tuple(words[k : k + n]) in _TOPIC_SHIFTS for n in range(1, _SHIFT_REACH + 1)):
            return True
    return False


_REPORT_CARRY = 3
"""How many sentences after the last one that named it a summarized report goes on."""


def sentence_claimants(
    ctx: Context,
    i: int,
    att: Attribution | None,
    atts: Attributions,
    state: State,
) -> tuple[tuple[OrgRef, ...], bool]:
    """(the claimants of sentence ``i``'s numbers, whether the sentence attributes them)."""
    s = ctx.sentences[i]
    if idle(att):
        carried = carried_on(ctx, i, atts, state, _spanish(ctx, i))
        if carried:  # "Additionally, 3 more …", "Asimismo, …": the report goes on; its own
            return carried, False  # verbs are not the source's ("Asimismo, han registrado")
    if att is not None:
        refs = claimants_of(ctx, att, state, atts, i)
        return refs, att.say or att.kind != PLURAL
    inside = ctx.sentence_quotes(i)
    if inside:
        for k in range(i + 1, len(ctx.sentences)):
            nxt = ctx.sentences[k]
            if (nxt.para != s.para and not _wrapped(ctx, k)) or nxt.start >= inside[-1][1] + 200:
                break  # a line that opens in lower case goes on the sentence of the line before
            later = atts[k]
            if later is not None and later.kind in (NAMED, GOVERNMENT, PRONOUN, DEFINITE):
                return claimants_of(ctx, later, state, atts, k), True
        if s.para in state.para_quote:
            return state.para_quote[s.para], True
    if not ctx.lex.first_person.isdisjoint(ctx.view(i).norms):
        name = _signature(ctx, i)
        if name is not None:
            return (ctx.ref(name),), True
    j = i + 1
    if (
        j < len(ctx.sentences)
        and (
            ctx.sentences[j].para == s.para
            or _opens_with_source(ctx.words(j))
            or names_origin(ctx.words(j))
        )
        and (
            not ctx.has_digit(j)
            or names_origin(ctx.words(j))
            or _back_before_figures(ctx, j, atts[j])
        )
    ):  # session 10: "The information is contained in X's bulletin, which lists 40 …"
        after = atts[j]
        if (
            after is not None
            and after.kind in (NAMED, GOVERNMENT, PLURAL, DEFINITE)
            and (_points_back(ctx.words(j)) or names_origin(ctx.words(j)))
            and not (_names_data(ctx.words(j)) and _sourced_before(ctx, atts, i))
        ):
            # "About 300 were arrested. That is according to the Red Cross."
            return claimants_of(ctx, after, state, atts, j), True
    k, budget = i - 1, _CARRY
    while k >= 0 and budget > 0 and i - k <= _LIST_MAX:
        # the source of a sentence just before (its paragraph, or the one before it) goes on
        # until another source speaks: "CCOO y UGT cifraron ... Esta cifra representa ...";
        # the items of a list ("- 6.455 personas en riesgo") and one-word lines between
        # ("PUBLICIDAD") go on with the source of the sentence that opens the list
        prev = atts[k]
        if prev is None:
            if _filler(ctx, k):
                k -= 1
                continue
            if ctx.sentences[k].para != s.para and k < i - 1:
                break
            budget -= 1
            k -= 1
            continue
        if _item(ctx, k):
            break  # headline bullets: each says its own ("- El Gobierno dice … - Más de
            # 170 detenidos"); items borrow only from the sentence that opens their list
        if prev.say and prev.kind in (NAMED, GOVERNMENT):
            if not _stated(ctx, k) and not _item(ctx, i):
                break  # "CCOO y UGT sostienen que el dato no es válido. La jornada dejó 60
                # detenidos": a source that gave no figure lends none to the outlet's own
            if _own_voice(ctx, i) or shifts_topic(ctx.view(i).norms):
                break  # round 12: "En Córdoba, …": a new place, its own account; h-who-en:
                # "A protest, meanwhile, left 7 dead": another event, the outlet's account
            if _two_sources(state, k):
                break  # "Según X hay 2.801, pero Y los cifra en 3.500. Las FARC retienen a
                # 700": after two sources, an unattributed number is the outlet's
            if (
                ctx.sentences[k].para != s.para
                and not _item(ctx, i)
                and not _spanish(ctx, i)
                and not _line_of_one_source(ctx, state, k, i)
            ):
                break  # English news attributes each paragraph: a new one is the outlet's
            if another_place(ctx, state.claimants, i):
                break  # session 10: "Desde Oaxaca informaron … Otros 200.000 en Veracruz"
            return state.claimants, True
        break
    if (
        state.report
        and 0 < i - state.report_at <= _REPORT_CARRY
        and state.report == state.claimants
    ):  # a report summarized over paragraphs goes on until another source is named
        state.report_at = i
        return state.report, True
    if _spanish(ctx, i) and not _own_voice(ctx, i) and not shifts_topic(ctx.view(i).norms):
        sole = _sole_source(state)
        if sole and not another_place(ctx, sole, i):
            return sole, False
    return (), False


def _sole_source(state: State) -> tuple[OrgRef, ...]:
    """The one source of every attributed number so far, when the text has named just one
    ("según los datos de los sindicatos, 10,4 millones hicieron huelga … Asturias (89%)"):
    a Spanish breakdown that follows goes on with it; two sources leave the outlet's voice."""
    found: tuple[OrgRef, ...] = ()
    keys: frozenset[str] | None = None
    for d in state.drafts:
        if not d.claimants:
            continue
        here = frozenset(r.key for r in d.claimants)
        if keys is None:
            keys, found = here, d.claimants
        elif here != keys:
            return ()
    if not any(r.id is not None or r.mention[:1].isupper() for r in found):
        return ()  # an unnamed "la policía" is no source for the whole text
    return found


def _stated(ctx: Context, k: int) -> bool:
    """Sentence ``k`` gave figures, or announced them ("actualizó las cifras", "released its
    report", "the toll:"): a count the next sentence may go on with. A sentence that says
    something else ("sostienen que el dato del Gobierno no es válido") lends no source."""
    if ctx.has_digit(k):
        return True
    words = ctx.words(k)
    lex = ctx.lex
    return (
        not lex.number_words.isdisjoint(words)
        or not lex.by_report.isdisjoint(words)
        or not _FIGURE_WORDS.isdisjoint(words)
        or ctx.text[ctx.sentences[k].start : ctx.sentences[k].end].rstrip().endswith(":")
    )


_FIGURE_WORDS = frozenset(tables_en.FIGURE_WORDS | tables_es.FIGURE_WORDS)


def _two_sources(state: State, k: int) -> bool:
    """Sentence ``k`` gave its numbers two different sources."""
    keys = set()
    for d in reversed(state.drafts):
        if d.sentence < k:
            break
        if d.sentence == k and d.claimants:
            keys.add(frozenset(r.key for r in d.claimants))
    return len(keys) > 1


def _wrapped(ctx: Context, k: int) -> bool:
    """Sentence ``k`` opens its line in lower case: hard-wrapped text going on from the line
    before ("… Ahmed Bello,\nspokesman for Kano state's government, told AFP")."""
    start = ctx.sentences[k].start
    return ctx.text[start : start + 1].islower() and ctx.text[start - 1 : start] == "\n"


def _spanish(ctx: Context, i: int) -> bool:
    """Sentence ``i`` reads as Spanish (by its marker words; the document's language on a
    tie)."""
    words = ctx.words(i)
    es = sum(map(ctx.lex.spanish_markers.__contains__, words))
    en = sum(map(ctx.lex.english_markers.__contains__, words))
    return es > en if es != en else ctx.spanish_default


_SOURCE_OPENERS = frozenset(tables_en.SOURCE_OPENERS + tables_es.SOURCE_OPENERS)


def _opens_with_source(words: list[str]) -> bool:
    """A sentence that opens by pointing back at what was said ("Lo anterior lo dio a
    conocer la ONU", "The figures were released by the ministry"): its source is that of
    the sentence before, even across a paragraph break; session 10: or names, after its
    "according to", the giver of "this count", "estas cifras" ("According to a wire service,
    these counts were issued by the health office")."""
    if any(tuple(words[:n]) in _SOURCE_OPENERS for n in (2, 3)):
        return True
    if not words or words[0] not in ("according", "segun"):
        return False
    return any(
        w in _POINTING
        and any(x in _POINTED for x in words[k + 1 : k + 1 + _POINTED_REACH])
        and any(x in _AGENT_BY for x in words[k + 1 : k + 1 + _AGENT_REACH])
        for k, w in enumerate(words[:_POINTING_REACH])
    )


_POINTING = tables_en.SRC_POINTING_WORDS | tables_es.SRC_POINTING_WORDS
_POINTED = (
    tables_en.SRC_GIVEN_NOUNS
    | tables_es.SRC_GIVEN_NOUNS
    | tables_en.BY_REPORT
    | tables_es.BY_REPORT
)
_AGENT_BY = frozenset({"by", "por"})
_POINTED_REACH = 2
_AGENT_REACH = 8
_POINTING_REACH = 12


_LIST_MAX = 40
"""How many sentences back the opening of a list is looked for."""
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})


def _item(ctx: Context, k: int) -> bool:
    """Sentence ``k`` is a list item: "- 6.455 personas en riesgo"."""
    toks = ctx.toks(k)
    return bool(toks) and toks[0].norm in _BULLETS and ctx.text[ctx.sentences[k].start] in _BULLETS


def _filler(ctx: Context, k: int) -> bool:
    """A list item or a line of at most two words ("PUBLICIDAD", "Advertisement")."""
    return _item(ctx, k) or len(ctx.toks(k)) <= 2


def _signature(ctx: Context, i: int) -> str | None:
    """ "— Gonzalo Himiob S. (@HimiobSantome) January 20, 2026" after a tweet: its author."""
    for k in range(i + 1, min(i + 4, len(ctx.sentences))):
        toks = ctx.toks(k)
        if len(toks) > 2 and toks[0].norm in ("—", "-", "–") and toks[1].cap:
            words: list[str] = []
            for t in toks[1:]:
                if t.norm in ("(", "@") or t.kind == "n":
                    break
                if t.kind == "w" and t.cap:
                    words.append(ctx.text[t.start : t.end])
            while words and len(words[-1]) == 1:
                words.pop()
            return " ".join(words) or None
    return None


_INFERENCE_VERBS = tables_en.INFERENCE_VERBS | tables_es.INFERENCE_VERBS


def _line_of_one_source(ctx: Context, state: State, k: int, i: int) -> bool:
    """Round 10: sentence ``k`` is a paragraph of its own, and its source is the only one
    the text has named so far: in text laid out a sentence a line ("X said on Monday the
    toll is now 90." / "Province A has the most cases (40)."), the next line of figures with
    no source of its own goes on with it, when that source is a known organization named
    by name. Not when the text has named two sources, nor when the line draws the outlet's
    own figure ("This implies that …"): a carried name that is wrong makes false alarms."""
    if not _INFERENCE_VERBS.isdisjoint(ctx.words(i)):
        return False
    para = ctx.sentences[k].para
    alone = (k == 0 or ctx.sentences[k - 1].para != para) and (
        k + 1 >= len(ctx.sentences) or ctx.sentences[k + 1].para != para
    )
    if not alone:
        return False
    sole = _sole_source(state)
    if not sole or any(r.id is None or not r.mention[:1].isupper() for r in sole):
        return False  # only a known organization named by name: a person's words, and
        # "officials" read as a government by default, stay in their line
    return frozenset(r.key for r in sole) == frozenset(r.key for r in state.claimants)


_FRAME_OPENERS = frozenset({"in", "en"})
_FRAME_REACH = 8


def _own_voice(ctx: Context, i: int) -> bool:
    """Round 12: sentence ``i`` sets its own frame, so no earlier sentence's source speaks
    for it: it opens with a new place ("En Córdoba, …", "En la provincia de Salta, …"),
    whose figures are that place's own account. Missing beats a borrowed source."""
    view = ctx.view(i)
    norms, toks = view.norms, view.toks
    if len(norms) < 3 or norms[0] not in _FRAME_OPENERS or ctx.where is None:
        return False
    comma = next((k for k in range(2, min(len(norms), _FRAME_REACH)) if norms[k] == ","), -1)
    caps = [k for k in range(1, comma) if toks[k].cap]
    if not caps:
        return False  # "In March, …" is no place either: the gazetteer decides below
    name = ctx.text[toks[caps[0]].start : toks[comma - 1].end]
    return ctx.where.is_place(name)
