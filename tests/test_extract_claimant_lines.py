"""Sources English news leaves unfound (round 10, c-miss): a one-line paragraph's source
carried to the next line of figures (text laid out a sentence a line names its source once;
the lines of figures after it, with no source of their own, go on with it when it is the only
source the text has named and a known organization), and one unnamed person who tells a
figure ("a witness said"). Invented sentences, English and Spanish."""

from __future__ import annotations

import pytest

from .claimants import surfaces_and_mentions


def _who(text: str) -> dict[str, list[str]]:
    return dict(surfaces_and_mentions(text))


def test_the_next_line_of_figures_goes_on_with_the_one_source() -> None:
    text = (
        "The malaria toll this season has reached 4,120, the World Health Organization said"
        " on Tuesday.\n"
        "The northern district has the most infections (2,310) so far.\n"
    )
    assert _who(text)["2,310"] == ["World Health Organization"]


def test_a_longer_news_layout_carries_over_two_lines() -> None:
    text = (
        "Cholera spreads in the river towns\n\n"
        "The number of cholera infections in the delta has climbed to 6,900, the World Health"
        " Organization said on Friday, warning that clinics were running short of saline.\n"
        "The WHO also said that 212 patients had died since the rains began.\n"
        "Infections were logged in four provinces along the river.\n"
        "The coastal province counts the largest share of the patients (3,050), while the"
        " hill province has seen the most deaths (97).\n"
    )
    got = _who(text)
    assert got["3,050"] == ["WHO"]  # the last mention of the one source
    assert got["97"] == ["WHO"]


def test_a_paragraph_of_several_sentences_does_not_carry_to_the_next() -> None:
    text = (
        "The toll has reached 4,120, the World Health Organization said on Tuesday. Teams were"
        " sent to the valley.\n"
        "The northern district has the most infections (2,310) so far.\n"
    )
    assert _who(text)["2,310"] == []


def test_two_named_sources_leave_the_next_line_to_the_outlet() -> None:
    text = (
        "The toll has reached 4,120, the World Health Organization said on Tuesday.\n"
        "The Red Cross put the number of the sick at 5,000.\n"
        "The northern district has the most infections (2,310) so far.\n"
    )
    assert _who(text)["2,310"] == []


def test_a_person_named_alone_does_not_carry_to_the_next_line() -> None:
    text = (
        "About 9,000 people have been evacuated, said Omar Teller, a district official.\n"
        "Another 600 people were moved to the school gym.\n"
    )
    assert _who(text)["600"] == []


def test_the_outlets_own_arithmetic_keeps_no_source() -> None:
    text = (
        "The registry holds 50,000 names, the World Health Organization said on Monday.\n"
        "This implies that 8,000 people were never reached.\n"
    )
    assert _who(text)["8,000"] == []


def test_spanish_lines_keep_going_on_with_the_only_source() -> None:
    text = (
        "La Organización Mundial de la Salud elevó a 4.120 los contagios de la temporada.\n"
        "El distrito del norte suma la mayor parte de ellos (2.310).\n"
    )
    assert _who(text)["2.310"] == ["Organización Mundial de la Salud"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A witness told reporters that about 300 pupils had been taken.", "witness"),
        ("A survivor said some 40 passengers were still missing.", "survivor"),
        ("An officer said that the crowd was close to 300,000.", "officer"),
        ("Un testigo contó a la prensa que unos 300 alumnos fueron secuestrados.", "testigo"),
        ("Un superviviente dijo que unos 40 pasajeros seguían desaparecidos.", "superviviente"),
    ],
)
def test_one_unnamed_person_who_tells_a_figure_is_its_source(text: str, who: str) -> None:
    got = surfaces_and_mentions(text)
    assert len(got) == 1
    assert got[0][1] == [who]


def test_a_long_sentence_with_a_parent_who_speaks_for_the_figure() -> None:
    text = (
        "Gunmen stormed the boarding school at night, the state police said on Saturday.\n\n"
        "A parent and school cook said on Sunday that roughly half of the 600 pupils were"
        " still unaccounted for after the raid.\n"
    )
    got = dict(surfaces_and_mentions(text))
    assert got["600"] == ["parent and school cook"]


def test_a_resident_counted_among_the_dead_is_no_source() -> None:
    assert surfaces_and_mentions("A resident was among the 30 people killed.") == [("30", [])]


def test_an_officer_counted_keeps_the_source_of_the_sentence() -> None:
    got = surfaces_and_mentions("One officer was killed and 30 were hurt, police said.")
    assert got == [("One", ["police"]), ("30", ["police"])]


def test_a_hard_wrapped_line_that_ends_in_a_space_goes_on_with_its_sentence() -> None:
    text = (
        "The organizing coalition, Voices for Peace, estimated the crowd \n"
        "at 300,000 marchers, far above its own forecast.\n"
    )
    assert surfaces_and_mentions(text) == [("300,000", ["Voices for Peace"])]


def test_a_spanish_hard_wrapped_line_that_ends_in_a_space_goes_on() -> None:
    text = "La coordinadora de los convocantes cifró la asistencia \nen 300.000 personas.\n"
    assert surfaces_and_mentions(text) == [("300.000", ["coordinadora de los convocantes"])]
