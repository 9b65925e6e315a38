"""The claims of one sentence: each number, what it counts, who says it, its status and time.

Everything a sentence's numbers share (dates, quotes, claimants, the paragraph's last date,
the topic of the sentence before) is read once per sentence; the per-number rules search
the sentence's indexes (`View`), so the work per number
does not grow with the sentence.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

import attrs

from discrepancy.claim import Period, Status
from discrepancy.extraction import claims, part_cues, tables_en, tables_es, when_doc, when_told
from discrepancy.extraction.claimant import GOVERNMENT, Attribution
from discrepancy.extraction.claimant_clauses import per_number
from discrepancy.extraction.claimant_discourse import (
    Attributions,
    State,
    claimants_of,
    sentence_claimants,
)
from discrepancy.extraction.claimant_told import as_said_follows
from discrepancy.extraction.context import Context
from discrepancy.extraction.counted import (
    Reading,
    counted_before,
    generic_metric,
    given_by_source,
    is_demonym,
    is_generic,
    names_other_count,
    read_metric,
    refers_back,
    topic,
)
from discrepancy.extraction.counted_against import set_against
from discrepancy.extraction.counted_ballot import electorate_turnout
from discrepancy.extraction.counted_bases import share_base
from discrepancy.extraction.counted_cases import disease_cases
from discrepancy.extraction.counted_clause import came_to_vote, elided_event, sentence_event
from discrepancy.extraction.counted_gapped import gapped, held_bare
from discrepancy.extraction.counted_generic import lives_abroad, named_again
from discrepancy.extraction.counted_kinds import said_kind
from discrepancy.extraction.counted_members import seat_holders
from discrepancy.extraction.counted_responders import (
    in_the_response,
    joins_response,
    responders,
)
from discrepancy.extraction.counted_toll import (
    agent_after,
    casualty_before,
    casualty_metric,
    casualty_noun,
    in_parentheses,
    reported_after,
)
from discrepancy.extraction.indexes import STOCK_DEFAULT, Metrics
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.numbers import Mention, find_mentions
from discrepancy.extraction.partial_day import by_hour, day_metric
from discrepancy.extraction.people_nouns import may_stand_for_people, stands_for_people
from discrepancy.extraction.revision import count_owner, denied, denied_source, earlier_cue
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.share_reading import StrikeNear, base_metric, mark, reread
from discrepancy.extraction.status_own import future_crowd, own_status
from discrepancy.extraction.subgroups import FORCES, attackers_dead, forces_hit, origin_part
from discrepancy.extraction.view import View
from discrepancy.extraction.when import ANCHOR, CUMULATIVE, PRESENT, DateMention
from discrepancy.extraction.when_reach import reaches
from discrepancy.extraction.zeros import nobody_died
from discrepancy.metrics import MetricKind, qualified
from discrepancy.orgs import OrgRef
from discrepancy.quantity import Qualifier, Quantity

__all__ = ["ELECTION", "read_sentence"]

ELECTION = frozenset({"election", "elections", "elecciones", "comicios", "vote", "votacion"})
_AFTER = frozenset({"after", "following", "tras", "despues", "since", "desde"})
_GOV_KINDS = ("government", "official")

_OWN_STRETCH = 3
"""Session 11: this many content words between a figure and the next one hold the first
figure's own predicate (`_own_stretch`)."""


def _own_stretch(toks: Sequence[Tok], norms: Sequence[str], a: int, b: int, lex: Lexicon) -> bool:
    """Whether tokens ``a:b`` between a figure and the next one hold the first figure's own
    predicate: at least `_OWN_STRETCH` lower-case words that are no function words ("agentes
    estatales peinaron el monte y", "residents left their homes and"); not a noun and
    a conjunction ("12 soldiers and 15 civilians were killed") nor a place between commas
    ("in Vell Cove, 45, and in Arnby, 12, people died"), whose event after the next figure
    is shared."""
    words = 0
    for j in range(a, b):
        if toks[j].kind == "w" and not toks[j].cap and norms[j] not in lex.function_words:
            words += 1
            if words >= _OWN_STRETCH:
                return True
    return False


class _Once:
    """What every number of a sentence may need, read at most once per sentence."""

    __slots__ = ("_ctx", "_i", "_lead", "_para_date", "_ref", "_strike", "_topic")

    def __init__(self, ctx: Context, i: int, ref: dt.date | None) -> None:
        self._ctx, self._i, self._ref = ctx, i, ref
        self._topic: list[claims.Topic | None] = []
        self._lead: list[claims.Topic | None] = []
        self._para_date: list[DateMention | None] = []
        self._strike: list[StrikeNear] = []

    def strike_near(self) -> bool:
        """Whether a strike is named near this sentence (`share_reading.StrikeNear`)."""
        if not self._strike:
            self._strike.append(StrikeNear(self._ctx.text, self._ctx.sentences, self._i))
        return self._strike[0]()

    def previous_topic(self) -> claims.Topic | None:
        if not self._topic:
            self._topic.append(_previous_topic(self._ctx, self._i))
        return self._topic[0]

    def topic_or_lead(self) -> claims.Topic | None:
        """The topic of the sentences before, else what the headline or lead counts."""
        found = self.previous_topic()
        if found is None and not self._lead:
            self._lead.append(_lead_topic(self._ctx, self._i))
        return found if found is not None else self._lead[0]

    def paragraph_date(self) -> DateMention | None:
        if not self._para_date:
            self._para_date.append(_paragraph_date(self._ctx, self._i, self._ref))
        return self._para_date[0]


def read_sentence(
    ctx: Context,
    i: int,
    att: Attribution | None,
    atts: Attributions,
    ref: dt.date | None,
    spanish: bool,
    state: State,
) -> None:
    """Append the drafts of sentence ``i``'s numbers to ``state.drafts``."""
    s = ctx.sentences[i]
    lex = ctx.lex
    view = ctx.view(i)
    toks, norms = view.toks, view.norms
    dates = ctx.dates(i, ref)
    blocked = [False] * len(toks)
    for d in dates:
        blocked[d.first : d.last] = [True] * (d.last - d.first)
    mentions = find_mentions(
        ctx.text, toks, blocked, lex, spanish=spanish, norms=norms, memo=ctx.memo
    )
    if not mentions:
        return
    claimants, attributed = sentence_claimants(ctx, i, att, atts, state)
    own_claimants = per_number(ctx, i, att, atts, state, mentions)
    election_dates = {id(d) for d in dates if not ELECTION.isdisjoint(norms[d.last : d.last + 4])}
    post_election = _post_election(norms, dates, state)
    government = (att is not None and att.kind == GOVERNMENT) or any(
        ctx.kind(r.mention) in _GOV_KINDS for r in claimants
    )
    # the day the source spoke ("said on Saturday that Friday's strike ...") is not the day
    # of the event counted, when the sentence names another
    spoke = {id(d) for d in dates if _spoken(norms, d, lex)}
    spoken_all = frozenset(spoke)
    toll = bool(dates) and when_doc.toll_sentence(norms)  # read once per sentence
    acts = when_doc.has_act(norms)
    said_on = [d for d in dates if id(d) in spoke and d.kind == ANCHOR]  # the report's day
    if len(spoke) == len(dates):
        spoke = set()
    choose = _DateChooser(dates, election_dates | spoke, [m.first for m in mentions], norms)
    # session 10: the election's own day dates what the vote counted ("in the 2016 elections,
    # turnout was 69 percent"); it is skipped only for what followed it (arrests after it)
    choose_vote = (
        _DateChooser(dates, spoke, [m.first for m in mentions], norms) if election_dates else None
    )
    bounded = [d for d in dates if d.reach is not None]  # a parenthesis's, a comparison's
    once = _Once(ctx, i, ref)
    report: list[DateMention | None] = []
    text, table, clauses, events = ctx.text, ctx.table, view.clauses, view.events
    statuses = view.status
    may_also = not lex.also_words.isdisjoint(norms)
    revised: int | None = None  # the draft the next number of the sentence replaces
    sub_from = part_cues.subset_start(norms)  # "among the dead were ...": parts from here on
    sub_subject = part_cues.subset_subject(norms)  # "… were among the injured": parts before it
    starts = [m.first for m in mentions]
    sector_from = part_cues.sector_start(norms)  # "Por sectores, …", "In transport, …"
    voice = not claimants and part_cues.own_finding(norms)  # "the register shows": the outlet's
    revises_at: dict[int, int] = {}  # figure k of the sentence → the draft replacing it
    drafted: set[int] = set()  # the figures of the sentence read as counts
    for k, m in enumerate(mentions):
        percent = m.quantity.unit == "percent"
        # "… were among the injured": a part before it; "among the dead were …": parts after
        among_subject = sub_subject is not None and sub_subject[0] <= m.first < sub_subject[1]
        after_opener = sub_from is not None and m.first >= sub_from
        np, metric = read_metric(toks, norms, m.first, m.last, lex, table, percent=percent)
        own_metric = metric
        np, metric = reread(  # round 9: shares, breakdowns (`share_reading`)
            toks,
            norms,
            (m.first, m.last),
            m.quantity.unit,
            (np, metric),
            blocked,
            lex,
            table,
            once.strike_near,
        )
        if m.quantity.unit == "ratio" and electorate_turnout(norms, np, metric, percent=True):
            metric = "turnout"  # session 13: "votaron 8 millones, casi la mitad del electorado"
        if metric is not None and responders(norms, np) and joins_response(norms, np.last):
            metric = None  # session 12: "200 volunteers joined the search": not protesters
        base = share_base(toks, norms, mentions[k - 1] if k else None, m, np, table)
        if base is not None:  # session 13: "half of the country's 2.3 million workers struck"
            metric = base
        against = False  # round 12: a figure set against an earlier one (`counted_against`)
        reported: int | None = None  # round 11: the toll noun a reported figure is the value of
        if np.kind == "other" and (
            _time_after(toks, norms, np.first, lex)
            or (np.first == m.last and norms[np.first] in _LEVEL_NOUNS)
            or (reported := reported_after(toks, norms, m.first, m.last, np.first, lex)) is not None
        ):
            # "from 3,010 two days earlier", "the 1,000 mark": the phrase after the figure
            # says when or names a level; its noun is elided (round 8)
            np = np._replace(kind="elided", first=m.last, last=m.last)
            q = m.quantity  # "in the 200,000 range": about that many
            if norms[m.last] in _APPROX_LEVELS and q.qualifier is Qualifier.ROUND and q.value:
                m = m._replace(quantity=Quantity.of(q.value, Qualifier.APPROX, surface=q.surface))
        casualty = casualty_noun(norms, m.last) if np.kind in ("other", "elided") else None
        if casualty is not None:  # round 11: "sufrió 460 bajas", "elevó a 80 las bajas"
            np = np._replace(kind="person", first=casualty, last=casualty + 1)
            metric = casualty_metric(norms, casualty)
            lo, hi = clauses.bounds(norms, m.first, m.last, lex)
        elif np.kind == "other" and m.zero_of and nobody_died(norms, m.first, m.last):
            np = np._replace(kind="elided", first=m.last, last=m.last)  # round 12 (f-count)
            metric = "deaths"  # "nadie murió", "no one had died": the speaker's 0 dead
            lo, hi = clauses.bounds(norms, m.first, m.last, lex)
        elif np.kind == "other" and (twin := _set_against(state, i, toks, norms, m, lex)):
            np = np._replace(kind="elided", first=m.last, last=m.last)  # round 12 (f-count)
            against = True
            metric = twin.metric  # "210 dead, against the 245 given by X": what 210 counts
            lo, hi = clauses.bounds(norms, m.first, m.last, lex)
        elif np.kind == "other":
            if not may_stand_for_people(norms, m.last, np.first):
                continue
            lo, hi = clauses.bounds(norms, m.first, m.last, lex)
            metric = stands_for_people(toks, norms, m.first, m.last, np.first, lo, hi, events)
            if metric is None:
                continue  # round 8: documents of the dead and unlisted nouns of people pass
        else:
            lo, hi = clauses.bounds(norms, m.first, m.last, lex)
        elided = np.kind in ("elided", "partitive")
        if elided and k > 0 and k - 1 not in drafted and in_parentheses(norms, m.first, m.last):
            continue  # round 11: "40 embarcaciones, el cuádruple que el año pasado (10)"
        metric_text = (
            text[toks[np.first].start : toks[np.last - 1].end]
            if (np.last > np.first and (not elided or np.last <= m.first))  # round 9: a share
            else ""  # noun before the figure ("la adhesión … del 38%") names its words
        )
        cased = disease_cases(toks, norms, text, np, (m.first, m.last), metric, table)
        if cased is not None:  # session 10: "63 casos de cólera", "35 de paludismo"
            metric_text, metric = cased.text, cased.metric or metric
        elif not percent and (elided or np.last <= m.first) and not against:
            twin = _set_against(state, i, toks, norms, m, lex)
            if twin is not None and twin.sentence == i:  # session 10: "42 de malaria contra
                metric, metric_text = twin.metric, twin.metric_text  # 15": what 42 counts
        also = may_also and _is_also(norms, m.first, lex)
        antecedent = _antecedent(state, i) if also or elided else None
        if metric is None and elided:  # "the number of confirmed cases reached 21,614"
            named = counted_before(toks, norms, m.first, lex, table, text)
            if named is not None and named.metric is not None:
                metric, metric_text = named.metric, named.text
        if metric is None and np.kind == "person" and in_the_response(norms, np):
            metric = "rescuers"  # "300 people were involved in the rescue" (session 10)
        if metric is None and events and not responders(norms, np) and not seat_holders(norms, np):
            span = (m.first, m.last)
            if reported is not None:  # round 11: from the toll noun on, not another figure's
                own_lo = max(lo, reported)
                own_hi = min(hi, mentions[k + 1].first if k + 1 < len(mentions) else hi)
                found = events.nearest(own_lo, own_hi, m.first, span)
            else:
                # session 11: past a stretch that holds the figure's own predicate and then
                # the next figure ("600 agentes peinaron el monte y tres personas fueron
                # detenidas"), the event is that figure's, not this one's
                nxt = mentions[k + 1].first if k + 1 < len(mentions) else len(norms)
                stop = nxt if _own_stretch(toks, norms, m.last, nxt, lex) else len(norms)
                found = events.nearest(lo, min(hi, stop), m.first, span) or events.nearest(
                    0, stop, m.first, span
                )
            metric = found[0] if found is not None else None
            if percent and metric == "protesters" and came_to_vote(norms, m.first, m.last):
                metric = "turnout"  # session 13: "turned out to the polls, representing 21.1%"
        casualty = casualty_before(toks, norms, lo, m.first, lex) if elided else None
        if metric is None and casualty is not None:
            metric = casualty_metric(norms, casualty)  # round 11: "el número de bajas … a 57"
        if metric is None and reported is not None:
            twin = _set_against(state, i, toks, norms, m, lex)  # round 12: "below the figure
            if twin is None:  # of 700 that X gave": what the figure set against counts
                continue
            metric = twin.metric  # round 11: "a total of 13,567 reported" names nothing it counts
        if elided and not percent and antecedent is not None and said_kind(norms, m.last):
            metric = antecedent.metric  # session 13: "710 son adultos", "(617) are men"
        elif elided and not percent and antecedent is not None and gapped(norms, m.first):
            metric = antecedent.metric  # session 13: "El ELN, a 240. Los paramilitares, a 300"
        elif elided and metric == STOCK_DEFAULT and held_bare(norms, m.first, lex):
            held = _last_stock(state, i, table)  # session 13: "retienen a 700 … mantiene en
            metric = held.metric if held is not None else metric  # su poder a 240": hostages
        if also and antecedent is not None:
            metric = antecedent.metric
        if metric is None and elided:
            if antecedent is not None:
                metric, metric_text = antecedent.metric, antecedent.metric_text
            else:
                prior = once.previous_topic()
                if (
                    prior is None
                    and given_by_source(toks, norms, m.first, m.last, lex)
                    and not names_other_count(toks, norms, m.first, lex, table)
                ):
                    prior = once.topic_or_lead()  # v-metric: "police said 8,000": the lead's
                if prior is not None:
                    metric, metric_text = prior.metric, prior.text
            if metric is None and not percent:  # session 10: "after the UN said 5,000 had
                metric = elided_event(norms, m.last)  # arrived", named by its own verb only
        if elided and not metric_text:
            metric_text = _preceding_person(ctx.text, view, m.first) or (
                antecedent.metric_text if antecedent is not None else ""
            )
            if not metric_text:
                prior = once.previous_topic()
                metric_text = prior.text if prior is not None else ""
        head = norms[np.last - 1] if np.last > np.first else ""
        if elided and named_again(norms, m.first, m.last):
            earlier = _same_value(state, i, m.quantity.value)
            if earlier is not None:  # session 13: "The 120 million figure represents …"
                metric, metric_text = earlier.metric, earlier.metric_text
        if antecedent is None and refers_back(norms, m.first, head):
            antecedent = _antecedent(state, i)  # "esos 20 casos": the figure just named
            if antecedent is not None:
                metric = antecedent.metric
        if metric is None and np.kind == "person" and is_generic(head):
            metric = generic_metric(toks, norms, m.first, lex, table)  # "drew 12,000 people"
            given = metric is None and given_by_source(toks, norms, m.first, np.last, lex)
            prior = once.topic_or_lead() if given else None  # v-metric: "habló de N personas"
            metric = prior.metric if prior is not None else metric
        if metric is None and np.kind == "person" and lives_abroad(norms, np.last):
            metric = "emigrants"  # round 12: "4 millones de X viviendo fuera de su país"
        if metric is None and np.kind == "person" and is_demonym(head, lex):
            metric = sentence_event(norms, m.first, np.last, lex)  # session 12: "votaron"
            prior = once.previous_topic() if metric is None else None  # "… migrantes …. 822
            metric = prior.metric if prior is not None else metric  # colombianos, 168 cubanos"
        if metric is None:
            if np.kind != "person":
                continue
            metric = table.normalize(metric_text)
        origin = origin_part(norms, np.first, np.last, lex) if np.kind == "person" else None
        if origin is not None and not percent and metric == table.normalize(metric_text):
            base = table.lookup((origin[0],))  # session 10: "35 foreign hostages" count
            metric = base if base is not None else metric  # hostages, not "foreign-hostages"
        if after_opener and sub_from is not None:
            metric = part_cues.among_event(metric, norms, sub_from, lex, table)
        if np.last > np.first:  # session 10: "27 kidnappers died" are no victims
            metric = attackers_dead(metric, norms[np.last - 1])
            if forces_hit(metric, norms, np.last) and not (among_subject or after_opener):
                # session 11: "12 soldiers were killed"; "two guards were among the wounded"
                metric = qualified(metric, FORCES)  # stays a part of the wounded
        elided_rate = np.kind == "elided" and not percent
        metric = mark(toks, norms, (m.first, m.last), elided_rate, metric, own_metric)
        status = statuses.settled(  # "police announced 31,000 demonstrators": a count
            lo,
            hi,
            (m.first, m.last),
            attributed=attributed and bool(claimants),
            government=government,
            metric=metric,
        )
        noun = (np.first, np.last) if np.last > np.first else (m.last, m.last)
        status = own_status(toks, norms, noun, (lo, hi), status)  # session 10: "12 sospechosos"
        if future_crowd(toks, norms, (m.first, m.last), noun[1], metric):
            status = Status.PLEDGED  # session 10: "a crowd of 4,500 will march": a target
        of_vote = bool(election_dates) and day_metric(metric) in _OF_THE_VOTE
        own = (choose_vote or choose)(m.first) if of_vote else choose(m.first)
        if bounded and own is not None and not reaches(own, m.first):
            far = {id(d) for d in bounded if not reaches(d, m.first)}
            skip = spoke | far if of_vote else election_dates | spoke | far
            own = _DateChooser(dates, skip, starts, norms)(m.first)
        elif bounded and own is not None and own.reach is None:
            # h-when: a figure inside a comparison or a parenthesis takes its date ("en mayo
            # murieron 785, frente al año pasado, cuando murieron 877"), not the clause's
            outside = {id(d) for d in dates if d.reach is None or not reaches(d, m.first)}
            if len(outside) < len(dates):
                own = _DateChooser(dates, outside | spoke, starts, norms)(m.first) or own
        inherited: DateMention | None = None
        stock = table.kind(base_metric(metric)) is MetricKind.STOCK
        act = stock and acts and when_doc.counts_act(norms, lo, hi)
        if own is not None and (act or not stock):  # round 9: "the October raid"
            own = when_doc.event_month(own, norms, ctx.event_day)
        if own is not None and (act or not stock):  # the event's day, not the saying's
            own = when_doc.by_event(own, norms, id(own) in spoken_all, toll, ctx.event_day)
            own = when_doc.week_of_event(
                own, norms, ctx.event_day
            )  # session 10: "killed last week"
            own = when_told.told_on(own, said_on)  # session 10: "…, a doctor said on Wednesday"
        if own is not None and own.kind == PRESENT and not stock and _ongoing(view.norms, own):
            # "now … at least 116 have been freed": a flow counted so far, not in one day;
            # session 10: "is now 8,594, the agency said on Monday": so far as of that day
            told = [d.period.end for d in said_on if d.period.is_point]
            end = told[-1] if told and told[-1] < own.period.end else own.period.end
            own = attrs.evolve(own, period=Period(start=None, end=end))
        if own is not None and own.kind != CUMULATIVE and not stock and said_on:
            own = _so_far_told(own, said_on, ref)  # h-when: "informó el lunes que en lo que va"
        if own is not None and own.kind == CUMULATIVE and not stock:
            if own.to_now and said_on:  # "informó el 26 de julio que 448 … desde que …"
                own = _cumulative(own, m.zero_of, said_on[-1])
            else:
                if own.to_now and claimants and not report:
                    report.append(_report_date(ctx, i, claimants, atts, state, ref))
                own = _cumulative(own, m.zero_of, report[0] if own.to_now and report else None)
        if own is not None and not stock and own.period.start is None:
            own = when_doc.since_disaster(own, ctx.disaster_day)  # round 10 (c-when)
        if own is None and not stock and not percent:
            inherited = once.paragraph_date()  # round 9: "killed in that raid": the raid's day
            inherited = when_doc.event_inherited(inherited, norms, lo, hi, ctx.event_day)
        if own is None and stock and claimants:
            if not report:
                report.append(_report_date(ctx, i, claimants, atts, state, ref))
            inherited = report[0]
        draft = claims.make_draft(
            ctx,
            s,
            view,
            m,
            metric=metric,
            stock=stock,
            metric_text=metric_text or text[toks[m.first].start : toks[m.last - 1].end],
            claimants=own_claimants[k] if own_claimants is not None else claimants,
            status=status,
            own=own,
            inherited=inherited,
            ref=ref,
            antecedent=antecedent if (elided or also) else None,
            also=also,
            post_election=post_election,
            hi=hi,
            act=act,
        )
        agent = (
            agent_after(toks, norms, np.first + 1, lex) if reported is not None or against else None
        )
        if agent is not None:  # round 11: "the toll of 18 announced by the governor"
            draft.claimants = (ctx.ref(text[toks[agent[0]].start : toks[agent[1] - 1].end]),)
        draft.refers = part_cues.refers_back(norms, m.last) and not (
            own_metric is not None and part_cues.relative_part(norms, m.last)
        )  # session 13: "three were kidnapped, one of whom has died": its own act, a death
        part_cues.mark_figure_part(draft, norms, m.first)  # "De esa cifra, 41 …" (w-noncount)
        draft.group_part = not percent and (  # "38 percent of the voters" is a share
            among_subject
            or part_cues.of_a_group(norms, m.last, lex.person_nouns)
            or (origin is not None and origin[1])  # session 10: "35 foreign hostages"
        )
        draft.subset = draft.refers or np.kind == "partitive" or after_opener or draft.group_part
        if elided and own is None and not percent and part_cues.same_voice(draft, antecedent):
            draft.subset = draft.subset or part_cues.bare_opening(norms, m.first, m.last)
        draft.risen = not stock and when_told.risen_to(norms, m.first)  # session 10
        if (
            (k - 1) in drafted
            and mentions[k - 1].last >= m.first - _WITH_REACH  # "82 people, with 7": not
            and part_cues.with_part(norms, m.first, draft, state.drafts[-1])  # "…, Ouest, with 380"
        ):
            draft.part_of_draft = len(state.drafts) - 1  # session 10: a part, not a rival
        if revised is not None:
            draft.supersedes_draft = revised
            draft.metric = state.drafts[revised].metric  # one figure, revised
        revised = len(state.drafts) if m.revised else None
        draft.difference = part_cues.is_difference(norms, m.last, np.last)
        draft.destination = part_cues.is_destination(toks, norms, m.last)
        draft.outlet_voice = voice
        draft.partitive = part_cues.is_partitive_whole(norms, m.first)
        draft.sector = (sector_from is not None and m.first >= sector_from) or part_cues.is_sector(
            norms, m.last, max(np.last, m.last)
        )
        draft.total = k > 0 and part_cues.is_total(norms, m.first, m.last, max(np.last, m.last))
        draft.increment = draft.difference or part_cues.is_increment(
            norms, m.first, m.last, max(np.last, m.last)
        )
        draft.earlier = earlier_cue(norms, m.first) or (k > 0 and _from_earlier(norms, m.first))
        draft.metric, draft.metric_text = by_hour(  # round 12: "turnout at noon"
            draft.metric, draft.metric_text, norms, m.first, m.last
        )
        if (
            k > 0
            and denied(norms, m.first, mentions[k - 1].last)  # round 9: "40, not the 8"
            and not as_said_follows(norms, m.last, lex.say_verbs)  # session 13: "y no 2.800
        ):  # como lo afirmaron X": X's own figure, no earlier one of the speaker's
            draft.earlier = draft.denied = True
            source = denied_source(norms, m.last)  # "… the army first acknowledged"
            if source is not None:
                draft.claimants = (ctx.ref(text[toks[source[0]].start : toks[source[1] - 1].end]),)
        elif draft.earlier and (owner := count_owner(toks, norms, m.first)) is not None:
            draft.claimants = (ctx.ref(text[toks[owner[0]].start : toks[owner[1] - 1].end]),)
            draft.count_owner = True  # round 9: "el conteo … del Departamento X … inicialmente"
        older = part_cues.revision_of(norms, m.first, starts, k)
        if older is not None:
            draft.revises = True
            if older >= 0:
                revises_at[older] = len(state.drafts)  # its draft is appended next
        elif k in revises_at:
            state.drafts[revises_at[k]].supersedes_draft = len(state.drafts)
        state.drafts.append(draft)
        drafted.add(k)


def _time_after(toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Whether a span of time opens at token ``k`` ("two days earlier", "tres semanas
    antes"): a number and a duration unit; session 10: a day named from today ("este
    martes", "esta semana", "this morning", "ayer")."""
    if k < len(norms) and (norms[k] in lex.today or norms[k] in lex.yesterday):
        return True
    if k + 1 < len(norms) and norms[k] in _THIS_TIME:
        after = norms[k + 1]
        return after in lex.weekdays or after in lex.duration_units or after in _DAY_PARTS
    return (
        k + 1 < len(norms)
        and (toks[k].kind == "n" or norms[k] in lex.number_words)
        and norms[k + 1] in lex.duration_units
    )


_THIS_TIME = tables_en.THIS_TIME_WORDS | tables_es.THIS_TIME_WORDS
_DAY_PARTS = tables_en.DAY_PART_WORDS | tables_es.DAY_PART_WORDS


_FROM_EARLIER = tables_en.FROM_EARLIER | tables_es.FROM_EARLIER
_LEVEL_NOUNS = tables_en.LEVEL_NOUNS | tables_es.LEVEL_NOUNS
_WITH_REACH = 4
"""At most this many tokens from the end of a figure to the "with" of its part ("82 people
killed, with"): a "with" after other words opens a sibling's figure ("followed by Ouest, with
380")."""
_APPROX_LEVELS = frozenset({"range", "rango"})
"""Level nouns that make a round figure an approximate one ("in the 200,000 range")."""
_FROM_EARLIER_LAST = frozenset(p[-1] for p in _FROM_EARLIER)


def _from_earlier(norms: Sequence[str], first: int) -> bool:
    """Round 8: "llegó a 2.100, desde los 1.750 del lunes": after a comma and a later figure
    of the sentence, "desde los" opens the earlier figure it grew from (table
    ``FROM_EARLIER``; English "up from" is an ``EARLIER_CUES`` phrase)."""
    if first < 2 or norms[first - 1] not in _FROM_EARLIER_LAST:
        return False
    for phrase in _FROM_EARLIER:
        k = first - len(phrase)
        if k >= 1 and norms[k - 1] == "," and tuple(norms[k:first]) == phrase:
            return True
    return False


_ONGOING = frozenset({"now", "currently", "ahora", "actualmente"})
_OF_THE_VOTE = frozenset({"turnout", "voters", "abstention", "registered_voters", "votes"})
"""Session 10: metrics of what a vote itself counts, which the election's day dates."""
_JOINS = frozenset({"and", "y", "e", ",", ";", "while", "mientras"})
"""Between a date and a later number: the date belongs to the clause before."""
_SPOKE_SKIP = frozenset({"on", "el", "este", "esta", "this", "late", "early", "last"})
_PUBLISHED = tables_en.PUBLISHED_WORDS | tables_es.PUBLISHED_WORDS


def _spoken(norms: Sequence[str], d: DateMention, lex: Lexicon) -> bool:
    """A date of the saying: just after a reporting verb ("said on Saturday", "informó el
    martes") or just before one ("on Tuesday said")."""
    k = d.first - 1
    while k >= 0 and norms[k] in _SPOKE_SKIP:
        k -= 1
    if k >= 0 and norms[k] in lex.say_verbs and norms[k] not in lex.status_words:
        return True
    if k >= 0 and norms[k] in _PUBLISHED:
        return True  # "la nota, difundida este martes, indica que …"
    if k >= 0 and when_doc.released(norms, k):
        return True  # round 10 (c-when): "figures released Friday", "el informe presentado"
    if when_told.after_agent(norms, d, lex) or when_told.by_saying_noun(norms, d):
        return True  # session 10: "announced by the governor on Sunday", "a statement on Tuesday"
    if d.last < len(norms) and norms[d.last] in lex.say_verbs:
        return True
    return when_doc.fronted_saying(norms, d, lex)  # round 12 (f-when): "On Tuesday, X said"


def _so_far_told(
    own: DateMention, said_on: Sequence[DateMention], ref: dt.date | None
) -> DateMention:
    """h-when: a span counted up to the reference date ("en lo que va del año", "this year",
    "throughout October" read in October) that its sentence says was told on an earlier day
    ("El ministerio informó el lunes que en lo que va del año …") ends on that day: the
    count as it stood when told, as "since January" already does."""
    p = own.period
    if ref is None or p.start is None or p.end != ref or not p.start < ref:
        return own
    told = [d.period.end for d in said_on if d.period.is_point and p.start <= d.period.end < ref]
    return attrs.evolve(own, period=Period(start=p.start, end=told[-1])) if told else own


def _ongoing(norms: Sequence[str], date: DateMention) -> bool:
    """Whether a present-time date is "now"/"currently" (a count so far), not "today"."""
    return any(norms[k] in _ONGOING for k in range(date.first, min(date.last, len(norms))))


def _cumulative(own: DateMention, zero: bool, report: DateMention | None) -> DateMention:
    """A count up to now ("since Saturday", "so far") ends when the report it continues was
    made (the date its claimant gave in the sentence before: "… between Jan. 8 and late
    Monday. No new releases have been confirmed since Saturday."); "no new releases since
    Saturday" says the last one was on Saturday, so the zero starts the day after."""
    start, end = own.period.start, own.period.end
    if zero and own.opens and start is not None and start < end:
        start += dt.timedelta(days=1)
    if report is not None and (start is None or start <= report.period.end < end):
        end = report.period.end
    if (start, end) == (own.period.start, own.period.end):
        return own
    return attrs.evolve(own, period=Period(start=start, end=end))


def _previous_topic(ctx: Context, i: int) -> claims.Topic | None:
    s = ctx.sentences[i]
    for k in range(i - 1, max(-1, i - 3), -1):
        if ctx.sentences[k].para != s.para and k < i - 1:
            break
        found = _topic_of(ctx, k)
        if found is not None and found.metric is not None:
            return claims.Topic(found.metric, found.text)
    return None


def _topic_of(ctx: Context, k: int) -> Reading | None:
    """``topic()`` of sentence ``k``, read once per document (`Context.topics`)."""
    if k in ctx.topics:
        return ctx.topics[k]
    view = ctx.view(k)
    found = ctx.topics[k] = topic(view.toks, view.norms, ctx.lex, ctx.table, ctx.text)
    return found


_LEAD = 2
"""How many sentences open a text (its headline and lead): what they count is the article's
topic, for a figure with no noun whose own and previous sentences name nothing."""


def _lead_topic(ctx: Context, i: int) -> claims.Topic | None:
    """What the headline or lead counts ("Miles de personas protestan en Sevilla"), for a
    later figure of sentence ``i`` that names nothing ("la policía habló de 5.000")."""
    for k in range(min(_LEAD, i)):
        found = _topic_of(ctx, k)
        if found is not None and found.metric is not None and not is_generic(found.metric):
            return claims.Topic(found.metric, found.text)
    return None


def _preceding_person(text: str, view: View, first: int) -> str:
    """The last person noun before token ``first`` ("33 of the people ..." reads "people")."""
    persons = view.persons
    k = bisect.bisect_left(persons, first)
    if k == 0:
        return ""
    tok = view.toks[persons[k - 1]]
    return text[tok.start : tok.end]


def _is_also(norms: Sequence[str], first: int, lex: Lexicon) -> bool:
    window = norms[max(0, first - 4) : first]
    return not lex.also_words.isdisjoint(window) and not lex.existential.isdisjoint(window)


def _set_against(
    state: State, i: int, toks: Sequence[Tok], norms: Sequence[str], m: Mention, lex: Lexicon
) -> claims.Draft | None:
    """Round 12 (f-count): the count a figure without a noun of its own is set against ("210
    dead, compared with the 245 …"; `counted_against`): the last one of this sentence or the
    one before, else ``None``."""
    if not state.drafts or not set_against(toks, norms, m.first, m.last, lex):
        return None
    last = state.drafts[-1]
    return last if i - last.sentence <= 1 else None


def _antecedent(state: State, i: int) -> claims.Draft | None:
    """The claim a number refers back to ("33 of them", "also"): the last one, if recent."""
    if not state.drafts:
        return None
    last = state.drafts[-1]
    return last if i - last.sentence <= 3 else None


def _last_stock(state: State, i: int, table: Metrics) -> claims.Draft | None:
    """The latest claim of the three sentences before that counts a registered stock of
    people (people held: "hostages", "political prisoners")."""
    for draft in reversed(state.drafts):
        if i - draft.sentence > 3:
            return None
        if table.registry.known(draft.metric) and table.kind(draft.metric) is MetricKind.STOCK:
            return draft
    return None


_AGAIN_BACK = 5
"""How many sentences back a figure named again ("the 120 million figure") finds its value."""


def _same_value(state: State, i: int, value: float | None) -> claims.Draft | None:
    """The latest claim of the sentences just before with the stated value ``value``."""
    if value is None:
        return None
    for draft in reversed(state.drafts):
        if i - draft.sentence > _AGAIN_BACK:
            return None
        if draft.quantity.value == value and draft.quantity.unit == "people":
            return draft
    return None


class _DateChooser:
    """The date a number takes: the nearest anchor, cumulative or present date of its
    sentence, else the nearest relative span (on a tie, the earlier one)."""

    __slots__ = ("_groups", "_marks", "_norms")

    def __init__(
        self,
        dates: list[DateMention],
        skip: set[int],
        marks: Sequence[int] = (),
        norms: Sequence[str] = (),
    ) -> None:
        strong: list[DateMention] = []
        weak: list[DateMention] = []
        for d in dates:
            if id(d) not in skip:
                (strong if d.kind in (ANCHOR, CUMULATIVE, PRESENT) else weak).append(d)
        self._groups = [(g, [d.last for d in g]) for g in (strong, weak) if g]
        self._marks = marks  # where the sentence's numbers start, in order
        self._norms = norms

    def _own(self, at: int) -> DateMention | None:
        """ "5 bodies on Monday and 5 bodies on Tuesday": the date right after the number
        (no other number between), else right before it: the number's own date."""
        marks = self._marks
        k = bisect.bisect_right(marks, at)
        next_mark = marks[k] if k < len(marks) else 1 << 30
        prev_mark = marks[k - 2] if k >= 2 else -1
        for group, _ in self._groups[:1]:
            after = [d for d in group if at < d.first < next_mark]
            if not after and len(self._groups) > 1:
                after = [d for d in self._groups[1][0] if at < d.first < next_mark][:1]
            before = [d for d in group if prev_mark < d.last <= at]
            candidates = [(d.first - at, d) for d in after[:1]]
            if before:
                d = before[-1]
                between = self._norms[d.last : at]
                apart = not _JOINS.isdisjoint(between)
                if not when_doc.WHEN_LINKS.isdisjoint(between[:2]):
                    return d  # round 9: "frente a 2021, cuando hubo 1.140": that year's
                candidates.append((at - d.last + (5 if apart else 0) + 1, d))
            if candidates:
                return min(candidates, key=lambda c: c[0])[1]
        return None

    def __call__(self, at: int) -> DateMention | None:
        if len(self._marks) > 1:
            own = self._own(at)
            if own is not None:
                return own
        for group, lasts in self._groups:
            k = bisect.bisect_right(lasts, at)  # group[:k] end at or before ``at``
            best: DateMention | None = None
            best_distance = 0
            for d in group[max(0, k - 1) : k + 2]:
                distance = abs(at - d.last if d.last <= at else d.first - at)
                if best is None or distance < best_distance:
                    best, best_distance = d, distance
            return best
        return None


def _paragraph_date(ctx: Context, i: int, ref: dt.date | None) -> DateMention | None:
    """The last day or named day stated earlier in the paragraph (a flow's time)."""
    s = ctx.sentences[i]
    for k in range(i - 1, max(-1, i - 6), -1):
        if ctx.sentences[k].para != s.para:
            break
        anchors = [
            d
            for d in ctx.dates(k, ref)
            if d.kind == ANCHOR
            and d.period.start is not None
            and d.period.is_point
            and d.reach is None  # a parenthesis's or a comparison's date stays there
        ]
        if anchors:
            return anchors[-1]
    return None


def _report_date(
    ctx: Context,
    i: int,
    claimants: tuple[OrgRef, ...],
    atts: Attributions,
    state: State,
    ref: dt.date | None,
) -> DateMention | None:
    """A stock restated by the claimant who spoke, with a date, in the sentence before."""
    s = ctx.sentences[i]
    keys = {c.key for c in claimants}
    k = i - 1
    prev_att = atts[k] if k >= 0 else None
    if prev_att is None or ctx.sentences[k].para != s.para:
        return None
    prev = claimants_of(ctx, prev_att, state, atts, k)
    if not keys & {c.key for c in prev}:
        return None
    anchors = [d for d in ctx.dates(k, ref) if d.kind == ANCHOR]
    return anchors[-1] if anchors else None


def _post_election(norms: Sequence[str], dates: list[DateMention], state: State) -> dt.date | None:
    """The election a count follows ("after which", "after those elections"), if any."""
    if ELECTION.isdisjoint(norms):
        return None
    for k, w in enumerate(norms):
        if w not in ELECTION:
            continue
        before = norms[max(0, k - 8) : k]
        if not any(a in _AFTER for a in before):
            continue
        for d in dates:
            if d.last <= k <= d.last + 3 and d.period.start is not None:
                return d.period.start
        return state.election
    return None
