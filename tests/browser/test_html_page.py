"""The HTML report in a real browser: offline, every discrepancy, one chart per quantity.

The page is made as a user makes it (``discrepancy check --format html > report.html``) and
opened from a file. Every request that is not ``file://`` is blocked and recorded; none may
happen. A screenshot of the page is saved under pytest-playwright's ``test-results/``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from discrepancy.html import charts_available
from tests.browser.conftest import Watch
from tests.clirun import run_cli

NASTY = "<script>alert(1)</script>"

pytestmark = pytest.mark.skipif(
    not charts_available(), reason="the charts need the html extra (vl-convert-python)"
)


def _write_page(args: list[str], env: dict[str, str], path: Path) -> str:
    done = run_cli(["check", "--format", "html", *args], env)
    assert done.returncode == 0, done.stderr
    path.write_text(done.stdout, encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="session")
def seed_page(tmp_path_factory: pytest.TempPathFactory, cli_env: dict[str, str]) -> str:
    return _write_page([], cli_env, tmp_path_factory.mktemp("page") / "report.html")


@pytest.fixture(scope="session")
def seed_discrepancies(cli_env: dict[str, str]) -> list[str]:
    """The ids of the seed report's discrepancies, from its JSON."""
    done = run_cli(["check", "--format", "json"], cli_env)
    assert done.returncode == 0, done.stderr
    return [d["id"] for d in json.loads(done.stdout)["discrepancies"]]


@pytest.fixture(scope="session")
def hostile_page(tmp_path_factory: pytest.TempPathFactory, cli_env: dict[str, str]) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    records = [
        {"id": "a", "value": 10, "metric": "arrests", "claimant": NASTY, "as_of": "2024-01-01"},
        {"id": "b", "value": 50, "metric": "arrests", "claimant": "Police", "as_of": "2024-01-02"},
    ]
    (folder / "claims.json").write_text(json.dumps(records), encoding="utf-8")
    return _write_page([str(folder / "claims.json")], cli_env, folder / "report.html")


def test_opens_offline_without_a_request_or_a_console_error(
    page: Any, watch: Watch, seed_page: str, output_path: str
) -> None:
    page.set_viewport_size({"width": 1000, "height": 1200})
    page.goto(seed_page)
    page.wait_for_load_state("load")
    assert watch.blocked == []
    assert watch.errors == []
    Path(output_path).mkdir(parents=True, exist_ok=True)
    shot = Path(output_path) / "report.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000  # a page was drawn, not a blank


def test_the_watch_sees_a_request(page: Any, watch: Watch, tmp_path: Path) -> None:
    """The blocking above can fail: a page that asks a server for an image is caught."""
    leaky = tmp_path / "leaky.html"
    leaky.write_text('<img src="http://127.0.0.1:9/pixel.png" alt="">', encoding="utf-8")
    page.goto(leaky.as_uri())
    page.wait_for_load_state("load")
    assert watch.blocked == ["http://127.0.0.1:9/pixel.png"]


def test_shows_the_116_vs_41_sentence(
    page: Any, watch: Watch, seed_page: str, seed_discrepancies: list[str]
) -> None:
    page.goto(seed_page)
    sentence = page.get_by_text("claimed at least 116 releases", exact=False)
    assert sentence.count() == 1
    assert sentence.is_visible()
    assert "Foro Penal confirmed 41" in sentence.inner_text()
    articles = page.locator("article.discrepancy")
    assert [articles.nth(k).get_attribute("id") for k in range(articles.count())] == (
        seed_discrepancies
    )
    assert watch.blocked == []


def test_one_chart_per_quantity_with_a_mark_per_claim(
    page: Any, watch: Watch, seed_page: str
) -> None:
    page.goto(seed_page)
    figures = page.locator("figure")
    keys = [figures.nth(k).get_attribute("id") for k in range(figures.count())]
    for metric in ("political_prisoners", "releases", "arrests"):
        assert any(key.startswith(f"timeline-{metric}-") for key in keys), metric
    for k in range(figures.count()):
        figure = figures.nth(k)
        claims = int(figure.get_attribute("data-claims"))
        values = figure.locator(
            "g.bars_marks > [role=graphics-symbol], g.points_marks > [role=graphics-symbol]"
        )
        assert values.count() == claims, keys[k]
        box = figure.locator("svg").bounding_box()
        assert box is not None
        assert box["width"] > 300
        assert box["height"] > 200
    assert watch.errors == []


def test_a_hostile_claimant_is_shown_as_text(page: Any, watch: Watch, hostile_page: str) -> None:
    page.goto(hostile_page)
    assert page.locator("script").count() == 0
    assert page.get_by_text(NASTY, exact=False).count() >= 1
    assert watch.dialogs == []  # alert(1) never ran
    assert watch.blocked == []
    assert watch.errors == []


def test_readable_on_a_phone(page: Any, watch: Watch, seed_page: str) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(seed_page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0  # wide tables scroll inside their box; the page itself does not
    # a chart keeps a readable width and scrolls sideways inside its own box
    box = page.locator("figure .chart").first
    assert box.evaluate("e => e.clientWidth") <= 375
    assert box.evaluate("e => e.scrollWidth") >= 500


def test_prints(page: Any, seed_page: str) -> None:
    page.goto(seed_page)
    page.emulate_media(media="print")
    assert not page.locator("nav").is_visible()
    assert page.pdf()[:4] == b"%PDF"


@pytest.fixture(scope="session")
def estimates_page(tmp_path_factory: pytest.TempPathFactory, cli_env: dict[str, str]) -> str:
    path = tmp_path_factory.mktemp("estimates") / "report.html"
    return _write_page(["--estimates"], cli_env, path)


def test_each_estimate_is_drawn_offline_with_a_row_per_vote(
    page: Any, watch: Watch, estimates_page: str, output_path: str
) -> None:
    page.set_viewport_size({"width": 1000, "height": 1200})
    page.goto(estimates_page)
    page.wait_for_load_state("load")
    articles = page.locator("article.estimate")
    assert articles.count() > 0
    for k in range(articles.count()):
        article = articles.nth(k)
        votes = int(article.get_attribute("data-votes"))
        drawing = article.locator("div.line svg")
        if votes == 0:
            assert drawing.count() == 0
            continue
        assert drawing.locator("g.vote").count() == votes
        box = drawing.bounding_box()
        assert box is not None
        assert box["width"] > 300
        assert box["height"] > 40
    assert page.locator("section#sources table tbody tr").count() > 0
    assert watch.blocked == []
    assert watch.errors == []
    Path(output_path).mkdir(parents=True, exist_ok=True)
    page.locator("section#estimates").screenshot(path=str(Path(output_path) / "estimates.png"))
