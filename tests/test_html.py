"""The HTML page and its timelines, checked as data (no browser: see tests/browser/)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import Claim, OrgRef, Period, Quantity, Report, Status, check, read_claims
from discrepancy._layout import CHAR_PX, LINE_PX, MAX_LABELS, Frame
from discrepancy._timeline import STATUS_COLOURS, labelled, printable, spec, timelines
from discrepancy.errors import UsageError
from discrepancy.html import charts_available, render_chart, to_html

from .checking import StubResolver, resolver
from .clirun import run_cli
from .strategies import quantities, record_text, reports

NASTY = "<script>alert(1)</script>"

needs_charts = pytest.mark.skipif(
    not charts_available(), reason="the charts need the html extra (vl-convert-python)"
)


@pytest.fixture(scope="module")
def seed_report() -> Report:
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    claims, errors = read_claims(data, name="seed_claims.json")
    assert errors == []
    return check(claims, resolver=resolver())


@pytest.fixture(scope="module")
def seed_page(seed_report: Report) -> str:
    if not charts_available():
        pytest.skip("the charts need the html extra (vl-convert-python)")
    return to_html(seed_report)


class _Text(HTMLParser):
    """The page as a reader sees it: text data, and the tags and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Text:
    parser = _Text()
    parser.feed(page)
    parser.close()
    return parser


def _records(*recs: dict[str, object]) -> list[Claim]:
    claims, errors = read_claims(recs)
    assert errors == []
    return claims


# --- timelines: which claims share a chart ---------------------------------------------------


def test_seed_timelines_cover_the_three_seed_quantities(seed_report: Report) -> None:
    found = {(t.metric, t.claims[-1].period.end.year) for t in timelines(seed_report.claims)}  # type: ignore[union-attr]
    assert {("political_prisoners", 2026), ("releases", 2026), ("arrests", 2024)} <= found


def test_a_timeline_is_one_metric_one_place_in_date_order(seed_report: Report) -> None:
    for t in timelines(seed_report.claims):
        assert {c.metric for c in t.claims} == {t.metric}
        assert {c.quantity.unit for c in t.claims} == {t.unit}
        ends = [c.period.end for c in t.claims if c.period is not None]
        assert ends == sorted(ends)
        assert len(ends) == len(t.claims) >= 2
        assert all(c.part_of is None for c in t.claims)


def test_claims_months_apart_get_timelines_of_their_own() -> None:
    claims = _records(
        {"id": "a", "value": 10, "metric": "arrests", "as_of": "2020-01-01"},
        {"id": "b", "value": 12, "metric": "arrests", "as_of": "2020-01-20"},
        {"id": "c", "value": 30, "metric": "arrests", "as_of": "2021-06-01"},
        {"id": "d", "value": 31, "metric": "arrests", "as_of": "2021-06-02"},
        {"id": "e", "value": 99, "metric": "arrests", "as_of": "2023-01-01"},
    )
    found = [[c.id for c in t.claims] for t in timelines(claims)]
    assert found == [["a", "b"], ["c", "d"]]  # "e" alone has no chart
    assert [[c.id for c in t.claims] for t in timelines(claims, gap_days=10_000)] == [
        ["a", "b", "c", "d", "e"]
    ]


def test_claims_without_a_place_join_the_one_place_of_their_metric() -> None:
    one = _records(
        {"id": "a", "value": 10, "metric": "deaths", "scope": "Gaza", "as_of": "2024-01-01"},
        {"id": "b", "value": 20, "metric": "deaths", "as_of": "2024-01-02"},
    )
    assert [t.scope for t in timelines(one)] == ["Gaza"]
    two = _records(
        {"id": "a", "value": 10, "metric": "deaths", "scope": "Gaza", "as_of": "2024-01-01"},
        {"id": "b", "value": 20, "metric": "deaths", "scope": "Rafah", "as_of": "2024-01-01"},
        {"id": "c", "value": 20, "metric": "deaths", "as_of": "2024-01-02"},
    )
    assert timelines(two) == []  # three places of one claim each: nothing to draw


def test_parts_and_undated_claims_are_not_drawn() -> None:
    claims = _records(
        {"id": "w", "value": 99, "metric": "releases", "as_of": "2025-12-25"},
        {"id": "p", "value": 60, "metric": "releases", "as_of": "2025-12-25", "part_of": "w"},
        {"id": "u", "value": 50, "metric": "releases"},
    )
    assert timelines(claims) == []
    assert [c.id for t in timelines(claims, min_claims=1) for c in t.claims] == ["w"]


# --- the Vega-Lite spec ----------------------------------------------------------------------


def test_spec_draws_each_claim_as_its_interval(seed_report: Report) -> None:
    line = next(t for t in timelines(seed_report.claims) if t.metric == "releases")
    rows = {row["id"]: row for row in spec(line)["data"]["values"]}
    assert set(rows) == {c.id for c in line.claims}
    assert rows["003-gov-116"]["shape"] == "open"  # at least 116: an arrow
    assert rows["003-fp-41"]["shape"] == "point"  # exactly 41: a point
    assert rows["002-subtitle-nearly-100"]["shape"] == "interval"  # nearly 100: 90 to 100
    assert (rows["002-subtitle-nearly-100"]["low"], rows["002-subtitle-nearly-100"]["high"]) == (
        90,
        100,
    )
    assert rows["003-gov-116"]["class"] == "announced"
    assert rows["003-fp-41"]["class"] == "confirmed"
    assert rows["003-fp-41"]["label"] == "Foro Penal: 41"


def test_spec_highlights_only_the_given_claims(seed_report: Report) -> None:
    line = next(t for t in timelines(seed_report.claims) if t.metric == "releases")
    rows = spec(line, {"003-fp-41"})["data"]["values"]
    assert [r["id"] for r in rows if r["in_discrepancy"]] == ["003-fp-41"]


def test_spec_colours_the_three_status_classes() -> None:
    claims = _records(
        {"id": "a", "value": 10, "metric": "arrests", "status": "announced", "as_of": "2024-01-01"},
        {"id": "b", "value": 5, "metric": "arrests", "status": "confirmed", "as_of": "2024-01-02"},
    )
    colour = spec(timelines(claims)[0])["layer"][1]["encoding"]["color"]
    assert colour["scale"]["domain"] == ["announced", "confirmed", "neutral"]
    assert colour["scale"]["range"] == list(STATUS_COLOURS.values())


def _marks(svg: str, layer: str) -> int:
    """How many items the named layer's mark group of a Vega SVG holds."""
    root = ElementTree.fromstring(svg)
    groups = [
        g
        for g in root.iter("{http://www.w3.org/2000/svg}g")
        if f"{layer}_marks" in (g.get("class") or "").split()
    ]
    assert len(groups) == 1, layer
    return len(list(groups[0]))


@needs_charts
def test_svg_has_one_value_mark_per_claim_and_an_arrow_per_open_bound(
    seed_report: Report,
) -> None:
    for line in timelines(seed_report.claims):
        svg = render_chart(line)
        intervals = [c.quantity.interval for c in line.claims]
        exact = sum(1 for iv in intervals if iv.low == iv.high)
        open_ = sum(1 for iv in intervals if not iv.bounded)
        assert _marks(svg, "points") == exact, line.key
        assert _marks(svg, "bars") == len(intervals) - exact, line.key
        assert _marks(svg, "arrows") == open_, line.key
        labels = ("labels_left", "labels_right", "labels_left_faint", "labels_right_faint")
        assert sum(_marks(svg, name) for name in labels) == len(intervals)


def test_svg_labels_do_not_overlap(seed_report: Report) -> None:
    """Placed label boxes are disjoint: read back from the spec the page draws."""
    for line in timelines(seed_report.claims):
        chart = spec(line)
        rows = chart["data"]["values"]
        scale = chart["layer"][0]["encoding"]
        x0, x1 = scale["x"]["scale"]["domain"]
        top = scale["y"]["scale"]["domain"][1]
        frame = Frame(x0, x1, 0.0, top)
        boxes = []
        for r in rows:
            if r["label_align"] == "none":
                continue
            x, y = frame.px(r["label_x"]), frame.py(r["label_y"])
            w = len(r["label"]) * CHAR_PX
            left = x if r["label_align"] == "left" else x - w
            boxes.append((left, y - LINE_PX + 3, left + w, y + 1))
        for i, a in enumerate(boxes):
            for b in boxes[:i]:
                apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
                assert apart, (line.key, a, b)


@needs_charts
def test_control_characters_are_drawn_visible() -> None:
    """vl-convert aborts the whole process on C0 controls in SVG text (found by hypothesis):
    they reach the chart and the page as their control pictures."""
    claims = [
        Claim(
            id=cid,
            quantity=Quantity.of(n),
            metric="arrests",
            claimants=[OrgRef(mention=who)],
            as_of=Period.on(dt.date(2024, 1, day)),
        )
        for cid, n, who, day in (("a", 10, "A\x1bB", 1), ("b", 5, "C\x00D", 2))
    ]
    svg = render_chart(timelines(claims)[0])
    assert "A\u241bB: 10" in svg
    assert "C\u2400D: 5" in svg
    page = to_html(check(claims, resolver=StubResolver()))
    assert "\x1b" not in page
    assert "\x00" not in page
    assert "A\u241bB" in page


@needs_charts
def test_svg_escapes_every_label() -> None:
    claims = _records(
        {"id": "a", "value": 10, "metric": "arrests", "claimant": NASTY, "as_of": "2024-01-01"},
        {"id": "b", "value": 5, "metric": "arrests", "claimant": "A & B", "as_of": "2024-01-02"},
    )
    svg = render_chart(timelines(claims)[0])
    assert "<script" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;: 10" in svg
    assert "A &amp; B: 5" in svg


# --- the page --------------------------------------------------------------------------------


def test_page_shows_every_discrepancy(seed_report: Report, seed_page: str) -> None:
    text = " ".join(" ".join(_parse(seed_page).text).split())
    for d in seed_report.discrepancies:
        assert " ".join(d.summary.split()) in text
        assert f'id="{d.id}"' in seed_page
    assert "at least 116 releases" in text
    assert "Foro Penal confirmed 41" in text


def test_page_draws_a_chart_for_each_seed_quantity(seed_page: str) -> None:
    figures = re.findall(r'<figure id="(timeline-[^"]+)" data-claims="(\d+)">', seed_page)
    keys = [key for key, _ in figures]
    for metric in ("political_prisoners", "releases", "arrests"):
        assert any(key.startswith(f"timeline-{metric}-") for key in keys), metric
    assert seed_page.count("<svg") == len(figures)


def test_page_is_self_contained(seed_page: str) -> None:
    parsed = _parse(seed_page)
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "iframe", "img", "object", "embed"), tag
        assert "src" not in attrs, tag
        href = attrs.get("href") or attrs.get("xlink:href")
        if href is not None:
            assert href.startswith("#"), href
    assert "@import" not in seed_page
    assert "url(" not in seed_page
    assert "default-src 'none'" in seed_page


def test_page_has_language_title_viewport_and_alt_text(seed_report: Report, seed_page: str) -> None:
    parsed = _parse(seed_page)
    assert parsed.tags[0] == ("html", {"lang": "en"})
    n, total = len(seed_report.discrepancies), len(seed_report.claims)
    assert f"<title>Discrepancy report: {n} discrepancies in {total} claims (" in seed_page
    assert any(t == "meta" and a.get("name") == "viewport" for t, a in parsed.tags)
    charts = [a for t, a in parsed.tags if t == "div" and a.get("class") == "chart"]
    assert charts
    assert all(
        a.get("role") == "img" and (a.get("aria-label") or "").startswith("Timeline of ")
        for a in charts
    )


def test_page_is_deterministic(seed_report: Report, seed_page: str) -> None:
    assert to_html(seed_report) == seed_page


@needs_charts
def test_page_escapes_a_hostile_claimant() -> None:
    claims = _records(
        {"id": "a", "value": 10, "metric": "arrests", "claimant": NASTY, "as_of": "2024-01-01"},
        {"id": "b", "value": 50, "metric": "arrests", "claimant": "Police", "as_of": "2024-01-01"},
    )
    page = to_html(check(claims, resolver=StubResolver()))
    assert "<script" not in page
    assert NASTY in "".join(_parse(page).text)  # shown as text, in the table and the summary


@settings(max_examples=30)
@given(reports())
def test_any_report_renders_with_every_string_escaped(report: Report) -> None:
    page = to_html(report, charts=False)
    parsed = _parse(page)
    assert [t for t, _ in parsed.tags if t == "script"] == []
    text = "".join(parsed.text)
    for d in report.discrepancies:
        shown = " ".join(printable(d.summary).split())  # controls made visible
        assert shown in " ".join(text.split())


def test_evidence_excerpts_where_the_text_is_at_hand(tmp_path: Path) -> None:
    doc = "Invented text. The ministry said 40 were freed; monitors counted 12."
    digest = hashlib.sha256(doc.encode()).hexdigest()
    start = doc.index("The ministry")
    claims = _records(
        {
            "id": "a",
            "value": 40,
            "metric": "releases",
            "status": "announced",
            "event": "x",
            "evidence": {"doc": "a.txt", "start": start, "end": start + 33, "sha256": digest},
        },
        {
            "id": "b",
            "value": 12,
            "metric": "releases",
            "status": "confirmed",
            "event": "x",
            "evidence": {"doc": "../a.txt", "start": 0, "end": 5},
        },
    )
    report = check(claims, resolver=StubResolver())
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(doc, encoding="utf-8")
    (tmp_path / "a.txt").write_text("outside the folder", encoding="utf-8")
    page = to_html(report, charts=False, documents=tmp_path / "docs")
    assert "<blockquote>The ministry said 40 were freed;</blockquote>" in page
    assert "outside" not in page  # ../a.txt leaves the folder: not read
    changed = to_html(report, charts=False, documents={"a.txt": doc.replace("40", "41")})
    assert "<blockquote>" not in changed
    assert "differs from the one" in changed


def test_charts_need_the_html_extra(seed_report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vl_convert", None)  # import fails as if not installed
    with pytest.raises(UsageError, match=r"discrepancy\[html\]"):
        to_html(seed_report)
    page = to_html(seed_report, charts=False)
    assert "<svg" not in page
    assert "The chart is not drawn" in page


def test_empty_report() -> None:
    page = to_html(Report(claims=[], discrepancies=[]))
    assert "No discrepancies" in page
    assert "No quantity has more than one dated claim" in page


@needs_charts
def test_cli_writes_the_page(cli_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli(["check", "--format", "html"], cli_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("<!DOCTYPE html>")
    assert "Foro Penal confirmed 41" in done.stdout
    assert done.stdout.count("<figure") >= 3


def test_dates_on_the_axis_are_the_claims_days() -> None:
    """Claims of one day stand side by side, less than a day from their date."""
    claims = _records(
        *(
            {"id": f"c{k}", "value": 10 + k, "metric": "arrests", "as_of": "2024-03-01"}
            for k in range(5)
        ),
        {"id": "z", "value": 3, "metric": "arrests", "as_of": "2024-03-02"},
    )
    rows = spec(timelines(claims)[0])["data"]["values"]
    day = dt.datetime(2024, 3, 1, tzinfo=dt.UTC).timestamp() * 1000
    xs = sorted(r["x"] for r in rows if r["id"] != "z")
    assert len(set(xs)) == 5
    assert all(abs(x - day) < 86_400_000 for x in xs)


@needs_charts
@pytest.mark.parametrize("text", ["a\u2028b", "&amp;", '"quoted"', "\U0001f600"])
def test_odd_text_is_shown_as_written(text: str) -> None:
    claims = _records(
        {"id": "a", "value": 10, "metric": "arrests", "claimant": text, "as_of": "2024-01-01"},
        {"id": "b", "value": 50, "metric": "arrests", "claimant": "Police", "as_of": "2024-01-01"},
    )
    page = to_html(check(claims, resolver=StubResolver()))
    assert text in "".join(_parse(page).text)


def test_scan_shows_the_evidence_of_the_texts_it_read(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    """With ``scan`` the texts are at hand: each claim shows its sentence (invented here)."""
    (tmp_path / "a.txt").write_text(
        "On Monday the Interior Ministry said 95 political prisoners had been released "
        "since March 3.\n\nThe NGO Red Cívica said it had confirmed only 31 releases since "
        "March 3.\n",
        encoding="utf-8",
    )
    args = ["scan", str(tmp_path), "--published", "2026-03-10", "--format", "html"]
    done = run_cli([*args, "--outlet", "Daily Example"], cli_env)
    assert done.returncode == 0, done.stderr
    quotes = re.findall(r"<blockquote>(.*?)</blockquote>", done.stdout)
    assert "The NGO Red Cívica said it had confirmed only 31 releases since March 3." in quotes
    assert len(quotes) == 2


def test_a_crowded_chart_labels_at_most_max_labels_claims() -> None:
    claims = _records(
        *(
            {
                "id": f"c{k:03d}",
                "value": 700 + 7 * k,
                "metric": "political prisoners",
                "claimant": f"Monitor number {k}",
                "as_of": (dt.date(2026, 1, 1) + dt.timedelta(days=k // 4)).isoformat(),
            }
            for k in range(120)
        )
    )
    (line,) = timelines(claims)
    chart = spec(line)
    assert len(chart["data"]["values"]) == 120
    assert 0 < labelled(chart) <= MAX_LABELS


def test_one_anchor_per_timeline() -> None:
    claims = _records(
        {"id": "a", "value": 10, "metric": "arrests", "as_of": "2024-01-01"},
        {"id": "b", "value": 12, "metric": "arrests", "as_of": "2024-01-02"},
        {"id": "c", "value": "10%", "metric": "arrests", "as_of": "2024-01-01"},
        {"id": "d", "value": "12%", "metric": "arrests", "as_of": "2024-01-02"},
    )
    keys = [t.key for t in timelines(claims)]
    assert len(keys) == len(set(keys)) == 2


def test_invalid_records_are_listed_escaped(cli_env: dict[str, str], tmp_path: Path) -> None:
    bad = '<img src=x onerror="alert(1)">'
    records = [
        '{"id": "a", "value": 10, "metric": "arrests"}',
        '{"id": "b", "value": "' + bad.replace('"', '\\"') + '", "metric": "arrests"}',
    ]
    (tmp_path / "claims.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    done = run_cli(
        ["check", str(tmp_path / "claims.jsonl"), "--skip-invalid", "--format", "html"], cli_env
    )
    assert done.returncode == 0, done.stderr
    parsed = _parse(done.stdout)
    assert [t for t, _ in parsed.tags if t == "img"] == []
    errors = done.stdout.split('<section id="errors">', 1)[1]
    assert "claims.jsonl:2: value:" in errors
    assert "&lt;img src=x" in errors


@st.composite
def _close_claims(draw: st.DrawFn) -> list[Claim]:
    """Claims of two metrics within a few weeks: enough to share timelines."""
    out = []
    for k in range(draw(st.integers(min_value=2, max_value=12))):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=draw(st.integers(0, 40)))
        out.append(
            Claim(
                id=f"c{k}",
                quantity=draw(quantities()),
                metric=draw(st.sampled_from(["arrests", "deaths"])),
                claimants=[OrgRef(mention=draw(record_text))],
                status=draw(st.sampled_from(Status)),
                as_of=Period.on(day),
            )
        )
    return out


@needs_charts
@settings(max_examples=10)
@given(_close_claims())
def test_any_claims_draw_their_charts(claims: list[Claim]) -> None:
    """Odd claims (one day, zero counts, huge counts, open bounds, percents) still give a
    chart per timeline, with a value mark per claim."""
    report = Report(claims=claims, discrepancies=[])
    lines = timelines(report.claims)
    assert sum(len(t.claims) for t in lines) + sum(
        1 for c in claims if not any(c in t.claims for t in lines)
    ) == len(claims)
    for line in lines:
        svg = render_chart(line)
        assert _marks(svg, "points") + _marks(svg, "bars") == len(line.claims)


def test_cli_without_the_html_extra_writes_the_page_without_charts(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "vl_convert.py").write_text('raise ImportError("not installed")\n')
    env = {**cli_env, "PYTHONPATH": os.pathsep.join([str(tmp_path), cli_env.get("PYTHONPATH", "")])}
    done = run_cli(["check", "--format", "html"], env)
    assert done.returncode == 0, done.stderr
    assert "pip install 'discrepancy[html]'" in done.stderr
    assert "<svg" not in done.stdout
    assert done.stdout.count("The chart is not drawn") == done.stdout.count("<figure") > 0


# --- estimates: drawn as a number line each, with the sources' table --------------------------


def _estimate_svgs(page: str) -> dict[str, ElementTree.Element]:
    """Each estimate's drawing, parsed as XML (so it is well formed), by estimate id."""
    out = {}
    for m in re.finditer(r'<article class="estimate" id="([^"]+)".*?</article>', page, re.S):
        svg = re.search(r"<svg .*?</svg>", m.group(0), re.S)
        if svg is not None:
            out[m.group(1)] = ElementTree.fromstring(svg.group(0))
    return out


def _drawn(svg: ElementTree.Element, cls: str) -> list[ElementTree.Element]:
    return [el for el in svg.iter() if cls in (el.get("class") or "").split()]


def _toll(by: str, value: object, status: str = "reported") -> dict[str, object]:
    return {
        "id": by.lower().replace(" ", "-")[:20] or "x",
        "value": value,
        "metric": "deaths",
        "claimant": by,
        "status": status,
        "event": "may-protests",
        "as_of": "2026-05-03",
    }


def test_no_estimates_section_unless_asked_for(seed_report: Report) -> None:
    page = to_html(seed_report, charts=False)
    assert 'id="estimates"' not in page
    assert 'id="sources"' not in page
    assert "<svg" not in page


def test_each_seed_estimate_is_drawn_with_its_figures() -> None:
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    claims, _ = read_claims(data, name="seed_claims.json")
    report = check(claims, resolver=resolver(), estimates=True)
    assert report.estimates
    page = to_html(report, charts=False)
    svgs = _estimate_svgs(page)
    assert sorted(svgs) == sorted(e.id for e in report.estimates)
    text = " ".join(" ".join(_parse(page).text).split())
    for e in report.estimates:
        svg = svgs[e.id]
        assert len(_drawn(svg, "vote")) == len(e.votes)
        assert len(_drawn(svg, "agrees")) == sum(v.agrees for v in e.votes)
        assert len(_drawn(svg, "consistent")) == (e.consistent is not None)
        assert len(_drawn(svg, "floor")) == (e.floor is not None)
        assert len(_drawn(svg, "central")) == (e.central is not None)
        assert svg.get("aria-label") == e.summary
        assert e.summary in text
    for s in report.sources or ():
        assert s.name in text
    assert 'id="sources"' in page


def test_the_drawing_puts_floor_band_and_centre_where_they_are() -> None:
    claims = _records(
        _toll("Prosecutor", "at least 27", "confirmed"),
        _toll("Monitor", "about 34", "estimated"),
        _toll("Medics", {"low": 30, "high": 37}),
        _toll("Ledger", 33),
        _toll("Bloc", "more than 60"),
        _toll("Ministry", 19, "announced"),
    )
    report = check(claims, resolver=StubResolver(), estimates=True)
    (e,) = report.estimates or ()
    assert e.floor is not None
    assert e.consistent is not None
    assert e.central is not None
    page = to_html(report, charts=False)
    (svg,) = _estimate_svgs(page).values()
    (floor,) = _drawn(svg, "floor")
    (central,) = _drawn(svg, "central")
    (band,) = _drawn(svg, "consistent")
    x_floor, x_central = float(floor.get("x1") or 0), float(central.get("x1") or 0)
    band_left = float(band.get("x") or 0)
    band_right = band_left + float(band.get("width") or 0)
    assert x_floor < band_left <= x_central <= band_right  # 27 < 33 = 33 <= 33 (+ 2 px)
    assert len(_drawn(svg, "open")) == 2  # "at least 27", "more than 60": no upper end
    text = " ".join(_parse(page).text)
    assert f"{e.agree} of {e.independent} agree" in text
    assert "not counted: announced" in text  # the ministry's count is shown, not counted


@settings(max_examples=40)
@given(
    st.lists(
        st.tuples(
            record_text,
            st.integers(0, 5_000),
            st.sampled_from(["", "about ", "at least ", "more than ", "nearly "]),
            st.sampled_from(["reported", "confirmed", "announced", "estimated"]),
        ),
        min_size=2,
        max_size=6,
    )
)
def test_any_estimates_draw_well_formed_and_escaped(
    said: list[tuple[str, int, str, str]],
) -> None:
    recs = [
        {**_toll(name, f"{hedge}{value}", status), "id": f"c{k}"}
        for k, (name, value, hedge, status) in enumerate(said)
    ]
    report = check(_records(*recs), resolver=StubResolver(), estimates=True)
    page = to_html(report, charts=False)
    parsed = _parse(page)
    assert [t for t, _ in parsed.tags if t == "script"] == []
    svgs = _estimate_svgs(page)  # every drawing parses as XML
    text = " ".join(" ".join(parsed.text).split())
    for e in report.estimates or ():
        assert " ".join(printable(e.summary).split()) in text
        if e.id in svgs:
            assert len(_drawn(svgs[e.id], "vote")) == len(e.votes)
        else:  # nothing counted: no drawing
            assert not e.votes
