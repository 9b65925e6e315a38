"""Each number's own source: the subject (or "según X") of the clause the number stands in.

A contrast opens a new clause with a new source: "Police counted 25,000 while organizers
said 100,000", "Mientras los sindicatos hablan del 65 %, la patronal lo deja en el 8 %",
"12 %, cifra que los sindicatos elevan al 80 %", "with organizers saying 25,000", "frente a
los 80.000 de la Delegación". A source never crosses into another clause of a contrast: a
number whose clause names no source takes the sentence's source only when that source
stands before it, never one named in a later clause.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from discrepancy.extraction.claimant import (
    GOVERNMENT,
    INDEFINITE,
    Attribution,
    find_attributions,
)
from discrepancy.extraction.claimant_back import _bare
from discrepancy.extraction.claimant_brackets import bracket_sources, bracketed_source
from discrepancy.extraction.claimant_choice import INNER_KINDS, passive_figure, relayed_subject
from discrepancy.extraction.claimant_discourse import (
    Attributions,
    State,
    claimants_of,
    sentence_claimants,
)
from discrepancy.extraction.claimant_disputed import accuser, disputes, given_before
from discrepancy.extraction.claimant_inference import inference_at
from discrepancy.extraction.claimant_phrases import classify, names_a_place
from discrepancy.extraction.claimant_spans import forward, hedge_before_number
from discrepancy.extraction.claimant_subject import bare_title
from discrepancy.extraction.claimant_told import (
    AGENT_VERBS,
    as_said,
    quoted_third_party,
    told_later,
)
from discrepancy.extraction.context import Context
from discrepancy.extraction.figure_clause import (
    CONTRAST,
    RELATIVE,
    THOSE,
    clause_cuts,
    conjunct_marker,
    figure_clause,
    marked_conjunct,
    official_figure,
    relative_subject,
    speaking_body,
)
from discrepancy.extraction.lists_sources import list_sources
from discrepancy.extraction.numbers import Mention
from discrepancy.extraction.sentences import Tok
from discrepancy.orgs import OrgRef

__all__ = ["clause_cuts", "per_number"]


def per_number(
    ctx: Context,
    i: int,
    att: Attribution | None,
    atts: Attributions,
    state: State,
    mentions: Sequence[Mention],
) -> list[tuple[OrgRef, ...]] | None:
    """Each number's own claimants when sentence ``i`` gives more than one source, or
    splits into the clauses of a contrast: the source of the number's clause, stated
    before the number or after it (", police said"); ``None`` when the sentence's one
    source speaks for every number. A figure a body disputes ("rejected the figure of
    8,000") is not that body's: it keeps whoever gave it earlier in the text, or none."""
    found = _per_number(ctx, i, att, atts, state, mentions)
    # round 9 (z-lists): a list entry's own source ("la Guardia Urbana de Vic, 8.000")
    found = list_sources(
        ctx,
        i,
        [(m.first, m.last) for m in mentions],
        found,
        lambda: sentence_claimants(ctx, i, att, atts, state)[0],
    )
    view = ctx.view(i)
    # session 10: "8.000 personas (organizadores) y 3.000 (Delegación del Gobierno)"
    found = bracket_sources(
        ctx.text,
        view.toks,
        view.norms,
        mentions,
        found,
        lambda last: bracketed_source(
            ctx.text, view.toks, view.norms, last, ctx.lex, ctx.phrases, ctx.kind
        ),
        lambda a: claimants_of(ctx, a, state, atts, i),
        lambda: sentence_claimants(ctx, i, att, atts, state)[0],
    )
    official = [official_figure(view.norms, m.first) for m in mentions]
    if any(k >= 0 for k in official):
        # round 11: "…, three times the official toll of 31": the government's figure
        found = list(found or [sentence_claimants(ctx, i, att, atts, state)[0]] * len(mentions))
        for k, at in enumerate(official):
            if at >= 0:
                named = ctx.text[view.toks[at].start : view.toks[mentions[k].first - 2].end]
                gov = Attribution(GOVERNMENT, (), named, verb="according", at=at)
                found[k] = claimants_of(ctx, gov, state, atts, i)
    inferred = [inference_at(view.norms, m.first) for m in mentions]
    if any(k >= 0 for k in inferred):
        # h-who-en: "X raised the toll to 228, meaning the total is 282, AP reported": the
        # outlet's own sum is not X's; the relay after it (AP) or nobody gives it
        found = list(found or [sentence_claimants(ctx, i, att, atts, state)[0]] * len(mentions))
        every = ctx.attributions(i)
        for k, at in enumerate(inferred):
            if at >= 0:
                after = [a for a in every if a.at > mentions[k].last and a.kind in INNER_KINDS]
                found[k] = claimants_of(ctx, after[0], state, atts, i) if after else ()
    flags = disputes(view.norms, mentions)
    if all(k is None for k in flags):
        return found
    out = found or [sentence_claimants(ctx, i, att, atts, state)[0]] * len(mentions)
    agents = [
        a
        for a in find_attributions(
            ctx.text,
            view.toks,
            ctx.sentence_quotes(i),
            ctx.lex,
            view.norms,
            ctx.phrases,
            ctx.attributions(i),
        )
        if a.verb == "report"
    ]
    for k, m in enumerate(mentions):
        by = flags[k]
        if by is None:
            continue
        # session 10: "denied accusations by a rights group that soldiers killed 100"
        alleger = accuser(ctx, i, by) if by >= 0 else None
        if alleger is not None:
            out[k] = alleger
            continue
        # "puso en duda las 83 liberaciones difundidas por el régimen": the agent gave it
        agent = next((a for a in agents if a.at > m.first), None)
        out[k] = (
            claimants_of(ctx, agent, state, atts, i)
            if agent is not None
            else given_before(state.drafts, m)
        )
    return out


def _per_number(
    ctx: Context,
    i: int,
    att: Attribution | None,
    atts: Attributions,
    state: State,
    mentions: Sequence[Mention],
) -> list[tuple[OrgRef, ...]] | None:
    view = ctx.view(i)
    norms = view.norms
    cuts = clause_cuts(view.toks, norms)
    if att is None and not cuts:
        return None
    if len(mentions) < 2 and not cuts:
        return None
    found = find_attributions(
        ctx.text,
        view.toks,
        ctx.sentence_quotes(i),
        ctx.lex,
        norms,
        ctx.phrases,
        ctx.attributions(i),
    )
    starts = [m.first for m in mentions]
    if quoted_third_party(ctx, i, att) and not found:
        # session 13: "“El Gobierno dice que 200 …, pero hay 11 que siguen detenidos. …”,
        # agregó Solís": past the contrast the quote's speaker speaks in their own voice
        assert att is not None
        speaker: list[tuple[OrgRef, ...]] = []
        voices: list[tuple[OrgRef, ...]] = []
        for m in mentions:
            if not any(att.at < c <= m.first for c in cuts):
                voices.append(claimants_of(ctx, att, state, atts, i))
                continue
            if not speaker:
                speaker.append(sentence_claimants(ctx, i, None, atts, state)[0])
            voices.append(speaker[0])
        return voices
    if not (found or (cuts and _clause_subjects(ctx, i, cuts, mentions))) or (
        len({a.text for a in found}) < 2
        and not cuts
        # round 12: "900, according to A, and 1,400 according to B", A's phrase unread
        and not any(marked_conjunct(norms, s, a.at, starts) for s in starts for a in found)
    ):
        return None

    last = mentions[-1].first

    out: list[tuple[OrgRef, ...]] = []
    default: list[tuple[OrgRef, ...]] = []
    unattributed: list[tuple[OrgRef, ...]] = []
    givers: dict[int, int] = {}  # where a figure's giver stands (its verb and "by")
    for m in mentions:
        g = _giver(norms, found, m.first, starts)
        if g is not None and g.verb == "report" and norms[g.at] in _AGENT:
            givers[g.at] = givers[g.at - 1] = m.first
    for m in mentions:
        # session 10: "140, far more than the 60 reported by X, Y said": the participle's
        # agent gave the 60 only; the other figures of the clause look past it
        own = [a for a in found if givers.get(a.at, m.first) == m.first]
        clause = figure_clause(cuts, len(norms), m.first, own)
        here = [a for a in own if clause.start <= a.at < clause.end]
        chosen = (
            as_said(norms, found, m.last, starts)
            or _giver(norms, here, m.first, starts)
            # round 12: "300 según X y 380, según Y": each conjunct's own marker
            or conjunct_marker(norms, here, m.first, starts)
            or _trailing_according(norms, here, m.first, starts)
            # round 11: "…, while a group that tracks the crossings said 120": the phrase
            # before the relative is the verb's subject, never a phrase of another clause
            or relative_subject(ctx.text, view.toks, norms, clause, m.first, ctx.lex, ctx.phrases)
            or clause.source
        )
        if chosen is not None and chosen.verb in AGENT_VERBS and chosen.at < m.first:
            chosen = told_later(norms, found, m.first) or chosen
        if chosen is not None and marked_conjunct(norms, m.first, chosen.at, starts):
            chosen = None  # round 12: a later conjunct's marker, not this figure's
        if chosen is not None:
            chosen = relayed_subject(found, chosen, m.first, norms, ctx.lex) or chosen
        if chosen is None and cuts:
            # round 11: "…, while a local rights group said 120": the clause's own subject,
            # though unnamed, speaks for its figure; the first clause's source never does
            chosen = figure_clause(cuts, len(norms), m.first, unnamed(ctx, i, norms)).source
        if chosen is not None and chosen.kind == INDEFINITE:
            # an unnamed body speaks as written: never a name from a later sentence (round 11)
            out.append((ctx.ref(_bare(chosen.text)),))
            continue
        if chosen is not None:
            out.append(claimants_of(ctx, chosen, state, atts, i))
            continue
        lent = att if att is not None and (not cuts or att.at <= m.first) else None
        if lent is not None and marked_conjunct(norms, m.first, lent.at, starts):
            out.append(())  # round 12: the later conjunct's marker; this one's went unread
            continue
        if lent is not None and _own_subject(ctx, view.toks, norms, cuts, lent.at, m.first):
            out.append(())  # "…, mientras la Fiscalía reconoce 40": not the first clause's
            continue
        if lent is None:
            lent = next((a for a in reversed(found) if a.at > last), None)
            if lent is not None and _conceded(norms, cuts, m.first, lent.at):
                lent = None  # "…, si bien X asegura N, según TASS": the concession's source
            if lent is not None and marked_conjunct(norms, m.first, lent.at, starts):
                out.append(())  # round 12: "900, according to A, and 1,400 according to B"
                continue
        if lent is not None:
            # an earlier clause's source goes on ("X announced that four cases were
            # confirmed, while seven others are investigated"); one after every number
            # speaks for the whole sentence (", según datos del Ministerio")
            if lent is not att:
                out.append(claimants_of(ctx, lent, state, atts, i))
                continue
            if not default:
                default.append(claimants_of(ctx, att, state, atts, i))
            out.append(default[0])
            continue
        # the sentence's sources speak in later clauses, of their own numbers: not this one
        if not unattributed:
            unattributed.append(sentence_claimants(ctx, i, None, atts, state)[0])
        out.append(unattributed[0])
    return out


def _clause_subjects(
    ctx: Context, i: int, cuts: Sequence[int], mentions: Sequence[Mention]
) -> bool:
    """Whether a clause of sentence ``i`` names a subject that no cue of the sentence read:
    an unnamed body, or the phrase before a relative clause (round 11)."""
    view = ctx.view(i)
    if unnamed(ctx, i, view.norms):
        return True
    n = len(view.norms)
    return any(
        relative_subject(
            ctx.text,
            view.toks,
            view.norms,
            figure_clause(cuts, n, m.first, ()),
            m.first,
            ctx.lex,
            ctx.phrases,
        )
        is not None
        for m in mentions
    )


def unnamed(ctx: Context, i: int, norms: Sequence[str]) -> list[Attribution]:
    """The sources of sentence ``i`` that no name gives ("a local rights group said",
    "other reports put"), as subjects of their own verb (not a passive's figure)."""
    return [
        a
        for a in ctx.attributions(i)
        if a.kind == INDEFINITE and speaking_body(a.text, ctx.lex) and not passive_figure(norms, a)
    ]


_SUBJECT_OPENS = frozenset({"que", "that"})


def _own_subject(
    ctx: Context,
    toks: Sequence[Tok],
    norms: Sequence[str],
    cuts: Sequence[int],
    at: int,
    first: int,
) -> bool:
    """The contrast clause of the figure at ``first`` leaves out its verb and opens with a
    subject of its own — a body, a government, a plural or definite source, a title — that
    no cue of this stage read ("…, pero Educación solo 21.000", "but the governor 1,900"):
    the source at ``at`` of an earlier clause does not speak for it (round 10). A clause
    that opens with the figure or with what it counts ("while seven others are
    investigated") goes on with it; one with a verb of its own is the verb readers'."""
    k = bisect.bisect_right(cuts, first) - 1
    if k < 0 or cuts[k] <= at or norms[cuts[k]] not in CONTRAST or norms[cuts[k]] == ";":
        return False  # "Zaragoza, 19.000; Huesca, 5.000": a list's entries go on
    j = cuts[k] + 1
    if j < first and norms[j] in _SUBJECT_OPENS:
        j += 1  # "mientras que"
    span = [p for p in forward(toks, norms, j, ctx.lex) if p < first]
    if not span or span[0] != j:
        return False
    after = span[-1] + 1
    if after < first and not hedge_before_number(toks, norms, after, ctx.lex):
        return False  # a subject with its own verb: the verb's readers decide
    if bare_title(norms, span, ctx.lex):
        return True  # "…, while the governor acknowledges 1,900"
    found = classify(ctx.text, toks, span, ctx.lex, ctx.phrases)
    return found is not None and found.kind in INNER_KINDS and not names_a_place(found)


def _conceded(norms: Sequence[str], cuts: Sequence[int], first: int, at: int) -> bool:
    """A "si bien" concession (round 9b) or figures compared with another source's ("muy
    lejos de las de las centrales, que …", round 10) open between the figure at ``first`` and
    the source at ``at``: that source speaks in its own clause, not for the figures before."""
    return any(first < c < at and (norms[c] == "si" or norms[c] in THOSE) for c in cuts)


_GIVER_REACH = 6


def _phrase(a: Attribution) -> bool:
    """A source phrase, not a bare article read after a verb whose object it opens ("339
    trabajadores que rechazan la huelga": "la" is the strike's, nobody's voice)."""
    return bool(a.names) or len(a.text.split()) > 1


_AGENT = frozenset({"by", "por"})


def _giver(
    norms: Sequence[str], here: Sequence[Attribution], first: int, starts: Sequence[int]
) -> Attribution | None:
    """A relative clause right after the figure that names who gave it ("the 20,000 that
    the organizers gave", "el 75 % que dan los sindicatos"): that source, before any other
    of the clause (round 7); so does a verb right after the relative whose subject follows it
    ("los 18.000 que contó la patronal") and a participle's agent ("the 30 deaths acknowledged
    by the army", round 11). No other figure may stand between them."""
    for a in here:
        if (
            (
                (a.verb == "report" and (norms[a.at] in RELATIVE or norms[a.at] in _AGENT))
                or (a.at - 1 > first and norms[a.at - 1] in RELATIVE and _phrase(a))
            )
            and first < a.at <= first + _GIVER_REACH
            and not any(first < s < a.at for s in starts)
        ):
            return a
    return None


def _trailing_according(
    norms: Sequence[str], here: Sequence[Attribution], first: int, starts: Sequence[int]
) -> Attribution | None:
    """ "Unas 3.000 personas marcharon, según la Policía Local, y 10.000 según los
    convocantes"; "el 9 %, según el Gobierno, y el 70 %, en opinión de los sindicatos": a
    "según / according to X" after the figure, in its own comma segment or opening the next
    one, is that figure's source when nothing before the figure in its segment names one
    and no other figure comes between (round 7)."""
    seg = first
    while seg > 0 and norms[seg - 1] not in (",", ";", ":"):
        seg -= 1
    if any(seg <= a.at < first and a.verb not in AGENT_VERBS for a in here):
        return None  # "Police said 3,000 marched, according to local TV": Police; session
        # 13: not an act's subject ("X rescató a 98, según informó Y": Y gives the figure)
    for a in here:
        if a.at <= first or a.verb != "according":
            continue
        if any(first < s < a.at for s in starts):
            return None
        commas = [j for j in range(first, a.at) if norms[j] in (",", ";", ":")]
        if not commas or (len(commas) == 1 and commas[0] == a.at - 1):
            return a
        return None
    return None
