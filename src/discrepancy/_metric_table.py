"""The built-in metrics: ids, labels, kinds and English and Spanish synonyms (data only).

`discrepancy.metrics` builds its registry from these rows; add your own with
[`discrepancy.metrics.MetricRegistry.add()`][discrepancy.metrics.MetricRegistry.add].
"""

from __future__ import annotations

from typing import Any

# ruff: noqa: C408 - one dict(...) per metric reads as a table of keyword fields

BUILTIN: tuple[dict[str, Any], ...] = (
    dict(
        id="political_prisoners",
        label="political prisoners",
        kind="stock",
        inflow="arrests",
        outflow="releases",
        synonyms=(
            "political prisoners",
            "political prisoner",
            "prisoners of conscience",
            "political detainees",
            "detained for political reasons",
            "imprisoned for political reasons",
            "people imprisoned for political reasons",
            "arbitrarily detained",
            "people arbitrarily detained",
            "political dissidents",
            "dissidents imprisoned",
            "opponents behind bars",
            "presos politicos",
            "preso politico",
            "presos de conciencia",
            "detenidos por motivos politicos",
            "detenidos politicos",
            "personas detenidas por motivos politicos",
            "privados de libertad por motivos politicos",
            # session 13 (h-what): prisoners held for political ends, as rights groups call
            # them ("711 rehenes políticos"); plain "rehenes" stay hostages
            "political hostages",
            "rehenes politicos",
        ),
    ),
    dict(
        id="releases",
        label="releases",
        kind="flow",
        synonyms=(
            "releases",
            "release",
            "released",
            "freed",
            "people freed",
            "people released",
            "prisoners released",
            "released prisoners",
            "detainees freed",
            "freed detainees",
            "political prisoners released",
            "excarcelations",
            "excarcerations",
            "liberaciones",
            "liberados",
            "excarcelaciones",
            "excarcelados",
            "excarcelaciones",
            "presos liberados",
            "personas excarceladas",
            "excarcelados politicos",
            "exchanged",
            "swapped",
            "returned",
            "intercambiados",
            "canjeados",
            "devueltos",
        ),
    ),
    dict(
        id="arrests",
        label="arrests",
        kind="flow",
        synonyms=(
            "arrests",
            "arrested",
            "detentions",
            "detained",
            "people detained",
            "people arrested",
            "taken to prison",
            "incarcerated",
            "jailed",
            "detenciones",
            "capturados",
            "aprehendidos",
            "aprehensiones",
            "detenidos",
            "arrestos",
            "arrestados",
            "encarcelados",
            "personas detenidas",
        ),
    ),
    dict(
        id="deaths",
        label="deaths",
        kind="flow",
        synonyms=(
            "deaths",
            "dead",
            "killed",
            "people killed",
            "death toll",
            "fatalities",
            "killings",
            "decesos",
            "fallecimientos",
            "victimas fatales",
            "died",
            "people dead",
            "lives lost",
            "martyrs",
            "martires",
            "lost lives",
            "lost their lives",
            "perdieron la vida",
            "muertos",
            "muertes",
            "fallecidos",
            "victimas mortales",
            "personas muertas",
            "asesinados",
            "cifra de muertos",
            "balance de muertos",
        ),
    ),
    dict(
        id="injured",
        label="injured",
        kind="flow",
        synonyms=(
            "injured",
            "wounded",
            "injuries",
            "people injured",
            "hurt",
            "heridos",
            "lesionados",
            "personas heridas",
            # session 10 (g-metric): victims who did not die are the injured, never the dead
            "non-fatal victims",
            "nonfatal victims",
            "non-fatal casualties",
            "victimas no mortales",
            "victimas no fatales",
            "personas victimas no mortales",
        ),
    ),
    dict(
        id="protesters",
        label="protesters",
        kind="event_count",
        synonyms=(
            "protesters",
            "protestors",
            "demonstrators",
            "marchers",
            "crowd",
            "participants",
            "people marched",
            "people protested",
            "marched",
            "protested",
            "demonstrated",
            "participated",
            "people participated",
            "took to the streets",
            "people took to the streets",
            "salieron a la calle",
            "se manifestaron",
            "marcharon",
            "attendees",
            "manifestantes",
            "asistentes",
            "participantes",
            "personas marcharon",
            "marchantes",
        ),
    ),
    dict(
        id="displaced",
        label="displaced people",
        kind="stock",
        synonyms=(
            "displaced",
            "displaced people",
            "internally displaced",
            "internally displaced people",
            "desplazados internos",
            "idps",
            "refugees",
            "desplazados",
            "personas desplazadas",
            "refugiados",
        ),
    ),
    dict(
        id="migrants",
        label="migrants",
        kind="flow",
        synonyms=(
            "migrants",
            "migrant",
            "border crossings",
            "crossings",
            "migrantes",
            "cruces fronterizos",
            "personas migrantes",
            # x-numbers (round 3): immigrants are the migrants of the registry
            "immigrants",
            "irregular migrants",
            "inmigrantes",
            "inmigrantes irregulares",
            "migrantes irregulares",
        ),
    ),
    dict(
        id="arrivals",
        label="arrivals",
        kind="flow",
        synonyms=(
            "arrivals",
            "arrived",
            "admissions",
            "admitted",
            "landed",
            "resettled",
            "accepted",
            "llegadas",
            "llegados",
            "admitidos",
            "reasentados",
            "acogidos",
        ),
    ),
    dict(
        id="strikers",
        label="strikers",
        kind="event_count",
        synonyms=(
            "strikers",
            "striking workers",
            "workers on strike",
            "people on strike",
            "huelguistas",
            "trabajadores en huelga",
            "personas en huelga",
        ),
    ),
    dict(
        id="evacuated",
        label="evacuated people",
        kind="flow",
        synonyms=(
            "evacuated",
            "evacuees",
            "evacuations",
            "people evacuated",
            "evacuados",
            "evacuaciones",
            "personas evacuadas",
        ),
    ),
    dict(
        # g-what: people staying in shelters (a stock), never the evacuated (a flow)
        id="sheltered",
        label="people in shelters",
        kind="stock",
        synonyms=(
            "sheltered",
            "in shelters",
            "people in shelters",
            "shelter occupants",
            "sheltering",
            "albergados",
            "albergadas",
            "personas albergadas",
            "personas en albergues",
            "en albergues",
            "personas en refugios",
            "personas en refugios provisionales",
            "personas en refugios temporales",
        ),
    ),
    dict(
        id="rescued",
        label="rescued people",
        kind="flow",
        synonyms=("rescued", "people rescued", "rescues", "rescatados", "personas rescatadas"),
    ),
    dict(
        id="hostages",
        label="hostages",
        kind="stock",
        synonyms=("hostages", "captives", "held hostage", "rehenes", "secuestrados", "cautivos"),
    ),
    dict(
        id="homicides",
        label="homicides",
        kind="flow",
        synonyms=(
            "homicides",
            "homicide",
            "murders",
            "murdered",
            "homicidios",
            "homicidio",
            "asesinatos",
        ),
    ),
    dict(
        id="missing",
        label="missing people",
        kind="stock",
        synonyms=(
            "missing",
            "missing people",
            "disappeared",
            "unaccounted for",
            "desaparecidos",
            "personas desaparecidas",
        ),
    ),
    # x-numbers (round 3): voters and people affected, so that their figures are not read
    # as the deaths or protesters of the same sentence
    dict(
        id="voters",
        label="voters",
        kind="event_count",
        synonyms=(
            "voters",
            "people voted",
            "votantes",
            "electores",
            "personas votaron",
        ),
    ),
    dict(
        id="turnout",
        label="turnout",
        kind="event_count",
        synonyms=(
            "turnout",
            "voter turnout",
            "electoral turnout",
            "participation",
            "electoral participation",
            "participacion",
            "participacion electoral",
        ),
    ),
    dict(
        id="registered_voters",
        label="registered voters",
        kind="stock",
        synonyms=(
            "registered voters",
            "eligible voters",
            "electorate",
            "electores inscritos",
            "votantes registrados",
            "electorado",
            "padron electoral",
            "padron",
            # session 12 (h-what): "el 26% del censo electoral" is a share of the roll
            "censo electoral",
        ),
    ),
    dict(
        id="affected",
        label="people affected",
        kind="stock",
        synonyms=(
            "affected",
            "people affected",
            "affected people",
            "afectados",
            "damnificados",
            "personas afectadas",
            "personas damnificadas",
        ),
    ),
)

# --- u-metric (round 4): quantities a modifier keeps apart ---------------------------------
BUILTIN = (
    *BUILTIN,
    dict(
        id="people_on_board",
        label="people on board",
        kind="stock",
        synonyms=(
            "people on board",
            "persons on board",
            "passengers and crew",
            "personas a bordo",
            "ocupantes",
        ),
    ),
)

# --- round 7: abstention, and more names of the people on board -------------------
BUILTIN = (
    *BUILTIN,
    dict(
        id="abstention",
        label="abstention",
        kind="event_count",
        synonyms=(
            "abstention",
            "did not vote",
            "abstencion",
            "abstencionismo",
            "abstencion electoral",
            "no votaron",
        ),
    ),
)
# "people aboard" and passengers are the people on board of a vessel, bus or plane (a stock:
# who was on it); a figure of them killed or rescued takes its governing verb, not this
for _row in BUILTIN:
    if _row["id"] == "people_on_board":
        _row["synonyms"] = (
            *_row["synonyms"],
            "people aboard",
            "persons aboard",
            "passengers",
            "pasajeros",
            "pasajeros y tripulantes",
        )

# --- round 8: who did not strike, and cases of a disease -----------------------------------
BUILTIN = (
    *BUILTIN,
    dict(
        id="non_strikers",
        label="workers not on strike",
        kind="event_count",
        synonyms=(
            "non-strikers",
            "workers not on strike",
            "workers who did not strike",
            "no huelguistas",
            "trabajadores que no pararon",
        ),
    ),
    dict(
        id="cases",
        label="cases",
        kind="flow",
        synonyms=(
            "cases",
            "casos",
            # session 10 (g-metric): one case is a count of cases, not of the deaths beside it
            # ("had one case and no deaths"); the Spanish "caso" is left out: it cost a test item
            "case",
        ),
    ),
)

# --- round 9 (z-metric): people confined by fighting, a stock of their own ------------------
BUILTIN = (
    *BUILTIN,
    dict(
        id="confined",
        label="confined people",
        kind="stock",
        synonyms=(
            "confined",
            "confined people",
            "people confined",
            "confinados",
            "confinadas",
            "personas confinadas",
            "poblacion confinada",
        ),
    ),
)

# --- round 9 (z-metric): captives who escaped, a flow of their own ---------------------------
BUILTIN = (
    *BUILTIN,
    dict(
        id="escaped",
        label="escaped",
        kind="flow",
        synonyms=(
            "escaped",
            "escapees",
            "people escaped",
            "escaparon",
            "escapados",
            "lograron escapar",
        ),
    ),
)

# --- round 11 (e-what): people who lived through a disaster, a flow of their own -----------
BUILTIN = (
    *BUILTIN,
    dict(
        id="survivors",
        label="survivors",
        kind="flow",
        synonyms=(
            "survivors",
            "survived",
            "people who survived",
            "sobrevivientes",
            "supervivientes",
            "sobrevivieron",
        ),
    ),
)

# --- round 11 (e-what): people under medical care, a flow of their own ----------------------
BUILTIN = (
    *BUILTIN,
    dict(
        id="treated",
        label="people treated",
        kind="flow",
        synonyms=(
            "treated",
            "people treated",
            "patients treated",
            "atendidos",
            "personas atendidas",
        ),
    ),
)

# --- round 12 (f-count): people arriving across a border are the migrants ------------------
# One crossing is counted under many names: a border agency's "migrants who crossed", a UN
# agency's "arrivals", a ministry's "entries" or "llegadas". As two metrics the rival counts of
# that one quantity never met, so the words of the former `arrivals` row (arriving, landing,
# being admitted or resettled) join the migrants row, and the name "arrivals" stays a synonym
# of it (older reports that say "arrivals" read as migrants).
_ARRIVING = ("arrivals", "arrived", "landed", "llegadas", "llegados")
_ADMITTED = ("admissions", "admitted", "resettled", "accepted")
_ADMITTED_ES = ("admitidos", "reasentados", "acogidos")
BUILTIN = tuple(row for row in BUILTIN if row["id"] != "arrivals")
for _row in BUILTIN:
    if _row["id"] == "migrants":
        _row["synonyms"] = (
            *_row["synonyms"],
            *_ARRIVING,
            *_ADMITTED,
            *_ADMITTED_ES,
            "arrival",
            "entries",
            "border entries",
            "irregular entries",
            "entradas",
            "entradas irregulares",
            "llegada",
            "migrant arrivals",
            "llegadas de migrantes",
        )

# People who live outside their country of birth, counted at a date (a stock): a monitor's
# "6 million emigrants" and an agency's "6 million nationals living abroad" are one quantity,
# not the year's crossings.
BUILTIN = (
    *BUILTIN,
    dict(
        id="emigrants",
        label="emigrants",
        kind="stock",
        synonyms=(
            "emigrants",
            "emigrant",
            "emigres",
            "expatriates",
            "people living abroad",
            "emigrados",
            "emigrantes",
            "expatriados",
            "personas en el exterior",
        ),
    ),
)

# --- session 10 (g-count): the dead of those who carried out an attack ---------------------
# "27 kidnappers were shot during the rescue" is no part of the toll of the attack's
# victims, nor its rival: a count of its own (a flow, as deaths are).
BUILTIN = (
    *BUILTIN,
    dict(
        id="attackers_killed",
        label="attackers killed",
        kind="flow",
        synonyms=(
            "attackers killed",
            "kidnappers killed",
            "gunmen killed",
            "militants killed",
            "atacantes muertos",
            "secuestradores muertos",
            "terroristas muertos",
        ),
    ),
)

# --- session 10 (g-cases): people accounted for, a flow of their own -----------------------
# "Rescuers have accounted for 195 people" counts people found (alive or dead), the opposite
# of the missing ("unaccounted for"): read by the sentence's other event word, the figure was
# set against the missing as their rival.
BUILTIN = (
    *BUILTIN,
    dict(
        id="accounted_for",
        label="people accounted for",
        kind="flow",
        synonyms=(
            "accounted for",
            "people accounted for",
            "localizados",
            "localizadas",
            "personas localizadas",
        ),
    ),
)

# --- session 10 (g-cases): refugees who went home, and people who ask for asylum -----------
# Returns and asylum claims were read as the displaced (the "refugees" in their noun phrase):
# "4,500 refugees have returned" set against "40,000 refugees" as a rival level.
BUILTIN = (
    *BUILTIN,
    dict(
        id="returnees",
        label="returnees",
        kind="flow",
        synonyms=(
            "returnees",
            "returned refugees",
            "refugee returns",
            "refugee returnees",
            "retornados",
            "retornadas",
            "personas retornadas",
            "refugiados retornados",
        ),
    ),
    dict(
        id="asylum_seekers",
        label="asylum seekers",
        kind="stock",
        synonyms=(
            "asylum seekers",
            "asylum-seekers",
            "solicitantes de asilo",
            "demandantes de asilo",
            "peticionarios de asilo",
        ),
    ),
    dict(
        # session 12 (h-what): workers laid off, never strikers nor the workforce
        id="layoffs",
        label="layoffs",
        kind="flow",
        synonyms=(
            "layoffs",
            "layoff",
            "laid off",
            "workers laid off",
            "job cuts",
            "dismissals",
            "redundancies",
            "despidos",
            "despedidos",
            "trabajadores despedidos",
            "empleados despedidos",
        ),
    ),
)

# --- session 12 (lead): the death penalty ---------------------------------------------------
# Executions, commuted sentences and the people on death row are three quantities, none of them
# a release or the stock of prisoners: "commuted the death sentences of 38 prisoners" and "112
# prisoners on death row" were read as prisoners and compared with each other.
BUILTIN = (
    *BUILTIN,
    dict(
        id="executions",
        label="executions",
        kind="flow",
        synonyms=(
            "executions",
            "people executed",
            "prisoners executed",
            "ejecuciones",
            "personas ejecutadas",
            "presos ejecutados",
            "fusilamientos",
        ),
    ),
    dict(
        id="commutations",
        label="commuted sentences",
        kind="flow",
        synonyms=(
            "commutations",
            "sentences commuted",
            "death sentences commuted",
            "commuted sentences",
            "conmutaciones",
            "penas conmutadas",
        ),
    ),
    dict(
        id="death_row",
        label="prisoners on death row",
        kind="stock",
        synonyms=(
            "prisoners on death row",
            "inmates on death row",
            "people on death row",
            "death row inmates",
            "death row prisoners",
            "on death row",
            "presos en el corredor de la muerte",
            "reos en el corredor de la muerte",
            "condenados a muerte",
            "corredor de la muerte",
        ),
    ),
)

# --- session 12 (lead): people charged ------------------------------------------------------
BUILTIN = (
    *BUILTIN,
    dict(
        id="charged",
        label="people charged",
        kind="flow",
        synonyms=(
            "charged",
            "people charged",
            "indicted",
            "acusados",
            "personas acusadas",
            "imputados",
            "personas imputadas",
        ),
    ),
)
