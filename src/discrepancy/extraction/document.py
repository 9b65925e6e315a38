"""The extraction pass: sentences in order, numbers in each, and the claim around each number.

One pass over the sentences, keeping the discourse state (the last named claimant, the last
election mentioned, the previous claim) that later sentences refer to. A sentence's
attribution is found when first asked for, which may be before the pass reaches it: a
quote's speaker is named after it, "a local group" in the next sentence, a tweet's author
in its signature line. The pass looks back at most `_LOOK_BACK` sentences, so what is
kept of the sentences behind it is dropped.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant import (
    DEFINITE,
    GIVING_VERBS,
    GOVERNMENT,
    HELD_COUNT_VERBS,
    NAMED,
    OFFICIAL_ADVERBS,
    PLURAL,
    Attribution,
    find_attribution,
    own_source_cue,
)
from discrepancy.extraction.claimant_discourse import Attributions, State, claimants_of
from discrepancy.extraction.claimant_report import ACT_VERBS, TOLL_RAISING
from discrepancy.extraction.claimant_verbless import origin_cue
from discrepancy.extraction.context import Context
from discrepancy.extraction.counted_cases import document_disease
from discrepancy.extraction.counted_diseases import deaths_by_disease
from discrepancy.extraction.counted_topic import metric_of_topic
from discrepancy.extraction.indexes import event_in
from discrepancy.extraction.reading import ELECTION, read_sentence
from discrepancy.extraction.when import PRESENT, hashtag_date
from discrepancy.metrics import MetricKind, qualified

__all__ = ["read_document"]

_NUMBERISH = frozenset(
    {
        "no",
        "ningun",
        "ninguna",
        "nadie",  # round 12 (f-count): "nadie murió" is the figure 0
        "nobody",
        "hundreds",
        "thousands",
        "dozens",
        "tens",
        "cientos",
        "miles",
        "decenas",
        "centenares",
        "docenas",
        "millions",
        "millones",
        "dozen",
        "docena",
        "half",
        "medio",
        "media",
        "one",
        "several",
        "varios",
        "varias",
        "decena",
        "centenar",
        "millar",
        "millares",
    }
)
_ATTRIBUTION_CUES = frozenset({"according", "segun", "acuerdo", "by", "por"})
_LOOK_BACK = 8
"""Sentences further back than this are not looked at again (their tokens are dropped)."""
_BEGIN_SKIP = frozenset({"to", "the", "a", "de", "el", "la", "los", "las", "with", "con", "have"})


def read_document(ctx: Context) -> State:
    """All claims of the document, as drafts (before the cross-sentence rules), and the
    starts of waves the document names."""
    lex = ctx.lex
    cues = lex.attribution_cues

    def attribution(i: int) -> Attribution | None:
        words = ctx.words(i)
        if cues.isdisjoint(words) and words[:1] != ["para"] and not _verbless(ctx, i):
            return None
        return _attribution_of(ctx, i)

    atts = Attributions(len(ctx.sentences), attribution)
    state = State()
    numberish = lex.number_words | _NUMBERISH
    para, ref, spanish = -1, ctx.published, ctx.spanish_default
    for i, s in enumerate(ctx.sentences):
        if s.para != para:
            para = s.para
            ref, spanish = _paragraph_facts(ctx, i)
        words = ctx.words(i)
        att = atts[i]
        if (ctx.has_digit(i) or not numberish.isdisjoint(words)) and _has_numbers(ctx, i):
            read_sentence(ctx, i, att, atts, ref, spanish, state)
        if att is not None and att.kind in (NAMED, GOVERNMENT):
            state.claimants = claimants_of(ctx, att, state, atts, i)
            state.body = state.claimants
            state.group = ()
            if ctx.sentence_quotes(i):
                state.para_quote[s.para] = state.claimants
        elif att is not None and att.kind == DEFINITE:
            state.body = claimants_of(ctx, att, state, atts, i)
        elif att is not None and att.kind == PLURAL and att.say and _one_outlet(att):
            state.body = claimants_of(ctx, att, state, atts, i)  # session 13: "State-run
            # MRTV television reported … In a separate report, it said": the outlet
        elif att is not None and att.kind == PLURAL and att.say:
            state.group = claimants_of(ctx, att, state, atts, i)  # what "they" refers to
        if not ELECTION.isdisjoint(words):
            _note_election(ctx, i, ref, state)
        if not lex.begin_words.isdisjoint(words):
            _note_waves(ctx, i, ref, state)
        ctx.forget(i - _LOOK_BACK)
    _cases_of_topic(ctx.text, state)
    metric_of_topic(state.drafts, ctx.metrics, ctx.lex)  # g-what: "2.369 personas"
    deaths_by_disease(ctx.text, state.drafts)  # g-what: "deaths:cholera"
    return state


def _cases_of_topic(text: str, state: State) -> None:
    """Bare cases in a document that names one disease only are its cases (session 10)."""
    if not any(d.metric == "cases" for d in state.drafts):
        return
    disease = document_disease(text)
    if disease is not None:
        for draft in state.drafts:
            if draft.metric == "cases":
                draft.metric = qualified("cases", disease)


_OUTLET_WORDS = tables_en.MEDIA_WORDS | tables_es.MEDIA_WORDS


def _one_outlet(att: Attribution) -> bool:
    """An unnamed-kind source whose head is one outlet ("State-run MRTV television", "state
    radio"): what a later "it" names (session 13)."""
    words = att.text.split()
    return bool(words) and fold(words[-1]) in _OUTLET_WORDS


def _verbless(ctx: Context, i: int) -> bool:
    """ "Los organizadores, de 20.000.", "UN: … 300 …", "Data from X shows …": a sentence with
    a digit and no verb of saying may name its source (round 7)."""
    norms = ctx.view(i).norms
    return (ctx.has_digit(i) and own_source_cue(norms, ctx.lex)) or origin_cue(norms)


def _attribution_of(ctx: Context, i: int) -> Attribution | None:
    view = ctx.view(i)
    say = ctx.lex.say_verbs
    if (
        view.norms[:1] != ["para"]
        and say.isdisjoint(view.norms)
        and _ATTRIBUTION_CUES.isdisjoint(view.norms)
        and HELD_COUNT_VERBS.isdisjoint(view.norms)  # round 10: "tiene registrados N"
        and OFFICIAL_ADVERBS.isdisjoint(view.norms)  # round 10: "murieron, oficialmente, N"
        and GIVING_VERBS.isdisjoint(view.norms)  # session 10: "X aportó la cifra de N"
        and TOLL_RAISING.isdisjoint(view.norms)  # h-who-en: "X increased the toll to N"
        and ACT_VERBS.isdisjoint(view.norms)  # session 13: "Police have made 20 arrests"
        and not _verbless(ctx, i)
    ):
        return None
    quotes = ctx.sentence_quotes(i)
    # every attribution of the sentence is read once (`Context.attributions`): the clauses'
    # sources (`per_number`) choose from the same list
    return find_attribution(
        ctx.text, view.toks, quotes, ctx.lex, view.norms, ctx.phrases, partial(ctx.attributions, i)
    )


def _paragraph_facts(ctx: Context, first: int) -> tuple[dt.date | None, bool]:
    """For the paragraph starting at sentence ``first``: "today" (a dateline, "#19Ene",
    resets it) and whether it is Spanish (by its words)."""
    sentences, lex = ctx.sentences, ctx.lex
    ref = ctx.published
    if ctx.text.startswith("#", sentences[first].start):
        toks = ctx.toks(first)
        if len(toks) > 1 and toks[1].kind == "x":
            ref = hashtag_date(toks[1].norm, ctx.published, lex) or ref
    es = en = 0
    para = sentences[first].para
    i = first
    while i < len(sentences) and sentences[i].para == para:
        words = ctx.words(i)
        es += sum(map(lex.spanish_markers.__contains__, words))
        en += sum(map(lex.english_markers.__contains__, words))
        i += 1
    return ref, (es > en if es + en >= 3 else ctx.spanish_default)


def _has_numbers(ctx: Context, i: int) -> bool:
    view = ctx.view(i)
    words = ctx.lex.number_words
    for t in view.toks:
        if t.kind == "n" or t.norm in _NUMBERISH or (t.kind == "x" and t.norm[0].isdecimal()):
            return True
        if t.kind == "w" and t.norm in words:
            return True
    return False


def _note_waves(ctx: Context, i: int, ref: dt.date | None, state: State) -> None:
    """ "had begun freeing detainees in the aftermath of the Jan. 3 capture", "releases began
    on Jan. 8", "comenzó a liberar presos el 8 de enero": a flow's wave starts at the date."""
    norms = ctx.view(i).norms
    dates = [d for d in ctx.dates(i, ref) if d.period.start is not None and d.kind != PRESENT]
    if not dates:
        return
    for b, w in enumerate(norms):
        if w not in ctx.lex.begin_words:
            continue
        event = _begun(norms, b, ctx)
        if event is None:
            continue
        near = min(dates, key=lambda d: d.first - b if d.first > b else b - d.last)
        assert near.period.start is not None
        state.waves.append((i, event, near.period.start))


def _begun(norms: list[str], b: int, ctx: Context) -> str | None:
    """The flow whose start the begin verb at ``b`` names: the event word just after it
    ("began releasing", "started to free", "comenzó a liberar") or just before ("the releases
    began")."""
    after = [k for k in range(b + 1, min(b + 4, len(norms))) if norms[k] not in _BEGIN_SKIP]
    before = [k for k in range(b - 1, max(-1, b - 4), -1) if norms[k] not in _BEGIN_SKIP]
    for k in after[:1] + before[:1]:
        found = event_in(norms, k, ctx.lex)
        if found is not None and not found[1]:
            metric = found[0]
            if ctx.table.kind(metric) is not MetricKind.STOCK:
                return metric
    return None


def _note_election(ctx: Context, i: int, ref: dt.date | None, state: State) -> None:
    norms = ctx.view(i).norms
    if ELECTION.isdisjoint(norms):
        return
    for d in ctx.dates(i, ref):
        if d.period.start and not ELECTION.isdisjoint(norms[d.last : d.last + 4]):
            state.election = d.period.start
