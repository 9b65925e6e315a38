"""Round 7 (x-when): Spanish status words that were missing, each a general class of news
writing (issue 9, failure class 7): checking verbs are confirmed-class ("certificaron",
"ha acreditado", "corroboró", and the plural, imperfect and gerund of the verbs already
known); an order or a decree of an act is announced-class ("ofreció una cifra" gives a
figure); a future act before its
figure ("indultará a 400 reos", "dará la libertad a 200") is announced whatever noun it
counts. Invented sentences about invented places and bodies."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.claim import StatusClass

PUBLISHED = dt.date(2026, 3, 20)


def _class(text: str, surface: str) -> StatusClass:
    for c in extract(text, published=PUBLISHED):
        if c.quantity.surface == surface:
            return c.status.status_class
    raise AssertionError(f"{surface!r} not extracted from {text!r}")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Los forenses de Tarla certificaron 14 muertes.", "14"),
        ("La Fiscalía de Orbe ha acreditado 17 víctimas del derrumbe.", "17"),
        ("La policía de Lumo corroboró la muerte de 3 agentes.", "3"),
        ("Los médicos de Tarla confirmaban 40 muertes al caer la noche.", "40"),
        ("Los observadores siguen verificando 25 casos de desaparición en Orbe.", "25"),
        ("Coroners in Tarla certified 14 deaths.", "14"),
    ],
)
def test_checking_verbs_are_confirmed_class(text: str, surface: str) -> None:
    assert _class(text, surface) is StatusClass.CONFIRMED


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("El Gobierno de Orbe indultará a 400 reos.", "400"),
        ("El Gobierno de Orbe dará la libertad a 200 presos en los próximos días.", "200"),
        ("El Ejecutivo de Orbe se dispone a excarcelar a 200 reos.", "200"),
        ("El presidente de Orbe ordenó liberar a 60 detenidos.", "60"),
        ("El Gobierno de Orbe dispuso la excarcelación de 150 reclusos.", "150"),
        ("The president of Orbe ordered the release of 60 detainees.", "60"),
    ],
)
def test_orders_offers_and_future_acts_are_announced_class(text: str, surface: str) -> None:
    assert _class(text, surface) is StatusClass.ANNOUNCED


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("El Gobierno de Orbe no indultará a 400 reos.", "400"),
        ("El hospital de Tarla dispone de 300 camas y atiende a 40 heridos.", "40"),
        ("La policía de Orbe ofreció una cifra de 2.000 manifestantes.", "2.000"),
    ],
)
def test_a_denied_act_or_a_count_stays_neutral(text: str, surface: str) -> None:
    assert _class(text, surface) is StatusClass.NEUTRAL


@settings(max_examples=25, deadline=None)
@given(
    verb=st.sampled_from(["indultará", "excarcelará", "liberará", "trasladará"]),
    n=st.integers(min_value=2, max_value=5000),
)
def test_a_future_act_announces_its_figure(verb: str, n: int) -> None:
    assert _class(f"El Gobierno de Orbe {verb} a {n} reos.", str(n)) is StatusClass.ANNOUNCED
