"""Generalization sentences for the extractor: other domains, English and Spanish.

Each case: the text, and the claims expected in it, in reading order. ``as_of`` is ``None``
when the sentence states no date (the claim then takes the publication date, inferred), a
date for a point, or ``"start/end"`` for a period. ``claimant`` is the mention as written,
or ``None`` when nobody is named. All cases are published on Wednesday 2025-03-12.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

PUBLISHED = dt.date(2025, 3, 12)


def _c(
    value: str,
    qualifier: str,
    metric: str,
    claimant: str | None,
    status: str = "reported",
    as_of: str | None = None,
) -> dict[str, Any]:
    return {
        "value": value,
        "qualifier": qualifier,
        "metric": metric,
        "claimant": claimant,
        "status": status,
        "as_of": as_of,
    }


CASES: list[tuple[str, list[dict[str, Any]]]] = [
    # --- protests: organizers vs police (English) ---
    (
        "Organizers said 50,000 people marched through the capital on Sunday.",
        [_c("50,000", "round", "protesters", "Organizers", as_of="2025-03-09/2025-03-09")],
    ),
    (
        "Police estimated the crowd at about 12,000 demonstrators.",
        [_c("about 12,000", "approx", "protesters", "Police", "estimated")],
    ),
    (
        "More than 200 protesters were arrested on Saturday, according to the Interior Ministry.",
        [
            _c(
                "More than 200",
                "more_than",
                "arrests",
                "Interior Ministry",
                as_of="2025-03-08/2025-03-08",
            )
        ],
    ),
    (
        "Tens of thousands of demonstrators took to the streets last Friday, "
        "Amnesty International said.",
        [
            _c(
                "Tens of thousands",
                "vague",
                "protesters",
                "Amnesty International",
                as_of="2025-03-07/2025-03-07",
            )
        ],
    ),
    # --- death tolls: ministry vs monitoring group (English) ---
    (
        "The Health Ministry said at least 27 people were killed in the strikes on Tuesday.",
        [_c("at least 27", "at_least", "deaths", "Health Ministry", as_of="2025-03-11/2025-03-11")],
    ),
    (
        "Human Rights Watch has documented 37 deaths since January 1.",
        [_c("37", "exact", "deaths", "Human Rights Watch", "documented", "2025-01-01/2025-03-12")],
    ),
    (
        "Nearly 1,500 people have died so far, the World Health Organization reported.",
        [
            _c(
                "Nearly 1,500",
                "nearly",
                "deaths",
                "World Health Organization",
                as_of="../2025-03-12",
            )
        ],
    ),
    (
        "The death toll rose to 45, officials confirmed.",
        [_c("45", "exact", "deaths", "officials", "confirmed")],
    ),
    ("Dozens of civilians were wounded in the attack.", [_c("Dozens", "vague", "injured", None)]),
    (
        "Rescuers recovered ninety-nine bodies from the rubble, local media reported.",
        [_c("ninety-nine", "exact", "deaths", "local media")],
    ),
    # --- hostages (English) ---
    (
        "Hamas released three hostages on Saturday in exchange for 183 Palestinian prisoners.",
        [
            _c("three", "exact", "releases", None, as_of="2025-03-08/2025-03-08"),
            _c("183", "exact", "releases", None, as_of="2025-03-08/2025-03-08"),
        ],
    ),
    (
        "The Israeli government said 59 hostages remain in captivity in Gaza.",
        [_c("59", "exact", "hostages", "Israeli government")],
    ),
    (
        "The group has pledged to free up to 33 captives in the first phase.",
        [_c("up to 33", "at_most", "releases", None, "pledged")],
    ),
    # --- migrants (English) ---
    (
        "Some 4,000 migrants crossed the border in February, the UN refugee agency said.",
        [_c("Some 4,000", "approx", "migrants", "UN", as_of="2025-02-01/2025-02-28")],
    ),
    (
        "The coast guard rescued 112 migrants off Lampedusa on Monday.",
        # who rescues N people gives that number (as "Salvamento Marítimo ha rescatado a"); the
        # verb governs what is counted (round 8, audit4 P4): rescued, whoever they are
        [_c("112", "exact", "rescued", "coast guard", as_of="2025-03-10/2025-03-10")],
    ),
    (
        "Fewer than 300 asylum seekers were deported last month, government figures show.",
        # a body's figures as the subject of "show" name that body (round 8, audit4 P1)
        [
            _c(
                "Fewer than 300",
                "fewer_than",
                "migrants",
                "government figures",
                as_of="2025-02-01/2025-02-28",
            )
        ],
    ),
    # --- releases and detentions (English) ---
    (
        "Between 800 and 1,200 political prisoners are held in the country, "
        "rights groups estimate.",
        [_c("Between 800 and 1,200", "range", "political_prisoners", "rights groups", "estimated")],
    ),
    (
        "Authorities announced the release of 80 detainees on Christmas Day.",
        [_c("80", "exact", "releases", "Authorities", "announced", "2024-12-25/2024-12-25")],
    ),
    (
        "A dozen journalists remain behind bars.",
        [_c("A dozen", "exact", "political_prisoners", None)],
    ),
    ("The mayor, who was sentenced to 12 years in prison in 2019, was freed on March 3.", []),
    # --- Spanish ---
    (
        "Según los organizadores, unas 100.000 personas marcharon el domingo en Caracas.",
        [
            _c(
                "unas 100.000",
                "approx",
                "protesters",
                "organizadores",
                as_of="2025-03-09/2025-03-09",
            )
        ],
    ),
    (
        "La policía cifró la asistencia en 15.000 manifestantes.",
        [_c("15.000", "round", "protesters", "policía")],
    ),
    (
        "El Ministerio de Salud informó que al menos 27 personas murieron el martes.",
        [
            _c(
                "al menos 27",
                "at_least",
                "deaths",
                "Ministerio de Salud",
                as_of="2025-03-11/2025-03-11",
            )
        ],
    ),
    (
        "La ONG Foro Penal contabiliza 806 presos políticos en Venezuela.",
        [_c("806", "exact", "political_prisoners", "Foro Penal", "registered")],
    ),
    (
        "Más de 2.000 personas fueron detenidas tras las elecciones, según cifras oficiales.",
        [_c("Más de 2.000", "more_than", "arrests", "cifras oficiales")],
    ),
    (
        "El gobierno anunció la excarcelación de 99 presos políticos en Navidad.",
        [_c("99", "exact", "releases", "gobierno", "announced", "2024-12-25/2024-12-25")],
    ),
    (
        "Foro Penal confirmó 61 excarcelaciones hasta el 30 de diciembre.",
        [_c("61", "exact", "releases", "Foro Penal", "confirmed", "../2024-12-30")],
    ),
    (
        "Cientos de migrantes cruzaron la frontera en enero.",
        [_c("Cientos", "vague", "migrants", None, as_of="2025-01-01/2025-01-31")],
    ),
    (
        "Decenas de miles de personas salieron a las calles el sábado.",
        [_c("Decenas de miles", "vague", "protesters", None, as_of="2025-03-08/2025-03-08")],
    ),
    (
        "Casi 800 presos políticos siguen detenidos, según Provea.",
        [_c("Casi 800", "nearly", "political_prisoners", "Provea")],
    ),
    (
        "Entre 30 y 40 personas resultaron heridas en los enfrentamientos del lunes.",
        [_c("Entre 30 y 40", "range", "injured", None, as_of="2025-03-10/2025-03-10")],
    ),
    (
        "Noventa y nueve rehenes siguen secuestrados, denunció la organización.",
        [_c("Noventa y nueve", "exact", "hostages", None)],
    ),
    (
        "Hamás liberó a tres rehenes el sábado.",
        [_c("tres", "exact", "releases", None, as_of="2025-03-08/2025-03-08")],
    ),
    (
        "Amnistía Internacional documentó 45 muertes desde el 1 de enero.",
        [
            _c(
                "45",
                "exact",
                "deaths",
                "Amnistía Internacional",
                "documented",
                "2025-01-01/2025-03-12",
            )
        ],
    ),
    (
        "Alrededor de 5.000 desplazados llegaron a la ciudad, estima ACNUR.",
        [_c("Alrededor de 5.000", "approx", "displaced", "ACNUR", "estimated")],
    ),
    (
        "Menos de 50 personas fueron liberadas ayer, según Justicia, Encuentro y Perdón.",
        [
            _c(
                "Menos de 50",
                "fewer_than",
                "releases",
                "Justicia, Encuentro y Perdón",
                "carried_out",
                as_of="2025-03-11/2025-03-11",
            )
        ],
    ),
    (
        "El régimen prometió liberar hasta 200 opositores.",
        [_c("hasta 200", "at_most", "releases", "régimen", "pledged")],
    ),
    (
        "Unos 300 migrantes fueron rescatados frente a las costas de Libia, informó la OIM.",
        [_c("Unos 300", "approx", "rescued", "OIM")],  # round 8: the verb governs
    ),
    ("El periodista, de 45 años, fue condenado a 30 años de prisión el 2 de marzo de 2024.", []),
    (
        "La cifra de muertos asciende a 128, de acuerdo con la Cruz Roja.",
        [_c("128", "exact", "deaths", "Cruz Roja")],
    ),
    # --- time across sentences: a report's own date, "none since", the start of a wave ---
    (
        "The Health Ministry reported 12 deaths between March 1 and Monday. "
        "No new deaths have been confirmed since Saturday.",
        [
            _c("12", "exact", "deaths", "Health Ministry", as_of="2025-03-01/2025-03-10"),
            # none since Saturday: the last was on Saturday; counted up to the report's Monday
            _c("No", "exact", "deaths", "Health Ministry", "confirmed", "2025-03-09/2025-03-10"),
        ],
    ),
    (
        "Hamas began freeing hostages on January 19. "
        "So far, 33 hostages have been released, the Red Cross said.",
        [_c("33", "exact", "releases", "Red Cross", "carried_out", "2025-01-19/2025-03-12")],
    ),
    (
        "Hamás liberó a 33 rehenes hasta ahora, según la Cruz Roja. "
        "Las liberaciones comenzaron el 19 de enero.",
        [_c("33", "exact", "releases", "Cruz Roja", as_of="2025-01-19/2025-03-12")],
    ),
    (
        "So far, 33 hostages have been released, the Red Cross said.",
        [_c("33", "exact", "releases", "Red Cross", "carried_out", "../2025-03-12")],
    ),
]
