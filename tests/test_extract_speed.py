"""Issue 9's speed work on extraction: each faster path gives what the plain one gave."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import MetricRegistry
from discrepancy._numbers import _NOT_DECIMAL, _fold_steps, fold
from discrepancy.extraction import extract
from discrepancy.extraction.api import default_metrics

_DASHES = "‐‑‒–—―−"


def _fold_plain(text: str) -> str:
    """`fold()` as it was written before its last step became a translate table."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_NOT_DECIMAL))
    return "".join(
        "-" if ch in _DASHES else ch for ch in decomposed if not unicodedata.combining(ch)
    )


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("áéíóúñüçÀÉ‐–—−³①½ﬁ\u0301\u0303\u00a0"),
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_fold_is_the_plain_fold(text: str) -> None:
    assert fold(text) == _fold_plain(text)


_MARKED = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.characters(categories=("Mn", "Mc", "Me")),
        st.sampled_from("ǅẛ\u0345Σσςİßẞǰΐﬀ\u1e9e\u0130"),
    ),
    max_size=24,
)


@settings(max_examples=400, deadline=None)
@given(_MARKED)
def test_fold_one_character_at_a_time_is_the_fold_of_the_whole(text: str) -> None:
    # `fold` translates each character through a table; its steps read the whole text
    assert fold(text) == _fold_steps(text)


def test_fold_of_every_code_point_is_its_steps() -> None:
    for cp in range(0x30000):
        if not 0xD800 <= cp < 0xE000:
            ch = chr(cp)
            assert fold(ch) == (ch.lower() if ch.isascii() else _fold_steps(ch)), hex(cp)


def test_fold_drops_marks_and_unifies_dashes() -> None:
    assert fold("Más de 1.345 – según") == "mas de 1.345 - segun"
    assert fold("e\u0301\u0301") == "e"
    assert fold("10³") == "10\ufffd"


def test_the_default_metric_registry_is_shared_and_reads_as_a_fresh_one() -> None:
    assert default_metrics() is default_metrics()
    text = (
        "Police counted 25,000 marchers while organizers said more than 100,000 took part. "
        "La policía detuvo a 40 manifestantes y hubo 3 heridos."
    )
    day = dt.date(2026, 3, 4)
    shared = extract(text, published=day)
    fresh = extract(text, published=day, metrics=MetricRegistry.builtin())
    assert shared == fresh
    assert [c.metric for c in shared] == [c.metric for c in fresh]
    assert len(shared) >= 3
