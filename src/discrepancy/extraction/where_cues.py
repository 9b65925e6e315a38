"""The cues of the scope stage: the words and phrases that tie a place to a number ("in",
"en el estado"), make a figure the world's or the country's ("worldwide", "a nivel
nacional"), say a place is the speaker's, a part's destination or a name's ("told reporters
in Geneva", "400,000 of them went into Poland", "the War in Iraq"), and the spans they are
read over. Plain data, read by `discrepancy.extraction.where_places`.
"""

from __future__ import annotations

from discrepancy.extraction import tables_en, tables_es

TIED = (
    "in ",
    "en ",
    "en la ",
    "en el ",
    "in the ",
    "at ",
    "across ",
    "throughout ",
    "de ",
    "del ",
    "near ",
    " a ",  # "llegadas a Canarias": where people arrive
    "cerca de ",
    "estado ",
    "state of ",
    "province of ",
    "provincia de ",
    "provincia ",
    "departamento de ",
    "region of ",
    "región de ",
    "northern ",
    "southern ",
    "eastern ",
    "western ",
    "central ",
    "northwestern ",
    "northeastern ",
    "southwestern ",
    "southeastern ",
    "norte de ",
    "sur de ",
    "este de ",
    "oeste de ",
    "centro de ",
    "into ",
    "entered ",
    "hacia ",
    "contra ",  # "los bombardeos contra la Franja de Gaza": where the attack falls
    "contra la ",
    "contra el ",
    "against ",
    "on the ",  # "strikes on the Gaza Strip"
    "town of ",
    "village of ",
    "municipality of ",
    "district of ",
    "county of ",
    "township of ",
    "community of ",
    "all over ",
    "todo ",
    "toda ",
    # round 8: at sea ("off Libya", "frente a las costas de Libia")
    *tables_en.SEA_TIES,
    *tables_es.SEA_TIES,
    # round 12: where people got to ("reached Greece", "ingresaron a Chile")
    *tables_en.ARRIVAL_TIES,
    *tables_es.ARRIVAL_TIES,
    *tables_en.FLIGHT_TIES,
    *tables_es.FLIGHT_TIES,
    # session 10: "en la vecina Extremadura", "in neighbouring Ohio"
    *tables_en.NEIGHBOUR_TIES,
    *tables_es.NEIGHBOUR_TIES,
    # session 12 (h-what): "llegaron a las islas Canarias", "on the island of Lesbos"
    *tables_en.ISLAND_TIES,
    *tables_es.ISLAND_TIES,
)
LEAD = 2_000
"""How much of the start of the text (headline and lead) tells the document's country."""
"""What stands just before a place tied to a number ("30 died in Zulia", "murieron en Lara")."""
JUST_BEFORE = 10
"""How many characters may stand between a place and the number it heads."""
LIST_JOINS = tables_en.PLACE_LIST_JOINS | tables_es.PLACE_LIST_JOINS | frozenset({"-", "(", ","})
"""The words that may join a place to the number after it in a list entry."""
COUNTRY_ENTRY_JOINS = tables_en.COUNTRY_ENTRY_JOINS | tables_es.COUNTRY_ENTRY_JOINS
"""The joins that make a country the head of a list entry ("Perú (1.250)"), not a speaker."""
EVENT_CLAUSES = tables_en.EVENT_CLAUSES | tables_es.EVENT_CLAUSES
"""Words opening a clause of time about a later figure's event ("… to 7 when 3 died in X")."""
GAPPED_JOINS = tables_en.GAPPED_ENTRY_JOINS | tables_es.GAPPED_ENTRY_JOINS
"""What may stand between a gapped entry's place and its number ("y Perú a 1,5 millones")."""
PLACE_RELATIVES = tables_en.PLACE_RELATIVES | tables_es.PLACE_RELATIVES
"""Relatives of place that bind a place to the number after them ("Chad, where 600,000")."""
HEAD_SPAN = 24
"""How far after a place the number it heads may stand."""
HEAD_JOINS = LIST_JOINS | tables_en.PLACE_HEAD_JOINS | tables_es.PLACE_HEAD_JOINS
EXCLUDE_SPAN = 60
EXCLUDING = (
    "excluding",
    "except",
    "not including",
    "not counting",
    "other than",
    "outside",
    "sin contar",
    "sin incluir",
    "no se incluyen",
    "no incluye",
    "excepto",
    "salvo",
    "fuera de",
)
"""Words that leave the place after them out of the count."""
WORLD = "world"
"""The scope of a count of the whole world."""
WORLDWIDE = (
    "worldwide",
    "in the world",
    "around the world",
    "across the world",
    "globally",
    "across the globe",
    "en el mundo",
    "en todo el mundo",
    "a nivel mundial",
    "a escala mundial",
    "mundialmente",
)
NATIONWIDE = (
    "nationwide",
    "across the country",
    "throughout the country",
    "in the whole country",
    "en todo el país",
    "en todo el pais",
    "a nivel nacional",
    "en todo el territorio nacional",
    "a escala nacional",
    # v-scope: a national figure is the country's even after a region was named (audit2 P3)
    "nationally",
    "countrywide",
    "country-wide",
    "across the nation",
    "all over the country",
    "the whole country",
    "the entire country",
    "national turnout",
    "national total",
    "national toll",
    "national figure",
    "national tally",
    "participación nacional",
    "participacion nacional",
    "seguimiento nacional",
    "total nacional",
    "cifra nacional",
    "balance nacional",
    "en el conjunto del país",
    "en el conjunto del pais",
    "a nivel país",
    "a nivel pais",
)
"""Phrases that make a count the whole country's."""
TOTALS = tables_en.TOTAL_WORDS + tables_es.TOTAL_WORDS
"""Words of a whole in the number's clause ("in total", "en total"): when no place of that
clause scopes the figure, the country does, not the text's one town nor another sentence's
place (round 8, audit4 P5)."""
TOTAL_SPAN = 40
ENTRY_WORDS = 4
"""How many words before a place another number may stand for the place to be its entry's."""
ENTRY_JOINS = ("and", "y", "e", "while", "mientras")
"""Words that open the next entry of a list between a place and a number."""
"""How far from the number such a word may stand."""
NATION_BEFORE = 40
"""How far before the number they may stand ("en todo el país hay unos 614.000")."""
OPENS = 3
"""How far from its sentence's start a national phrase opens it ("Nationwide, …")."""
WORLD_AFTER = 40
"""How far after the number "in the world" may stand ("110 million people in the world")."""
WORLD_CLAUSE = 60
"""How far before the number "worldwide" may open its clause, no comma between."""
WORLD_BEFORE = 12
"""How far before the number "worldwide" may stand ("worldwide, 110 million")."""
DESTINATION = (
    "into ",
    "entered ",
    "hacia ",
    "entraron en ",
    "llegaron a ",
    "cruzaron a ",
    *tables_en.FLIGHT_TIES,  # round 12: "fled to neighboring Sudan"
    *tables_es.FLIGHT_TIES,
)
"""What stands before a destination: a part's place, never the whole's nor the text's."""
PARTITIVES = (" of them", " of those", " of whom", "de ellos", "de ellas", "de los cuales")
BACK = (" esos ", " estos ", " esas ", " estas ", " those ", " these ")
"""A sentence that opens on a figure just named ("Esos 20 casos …")."""
PART_SPAN = 40
"""How far before a destination a partitive ("of them") makes it a part's."""
SPEAKER_BEFORE = (
    tuple(
        w + " in"
        for w in ("reporters", "journalists", "said", "speaking", "based", "headquartered", "exile")
    )
    + tuple(
        w + " en"
        for w in (
            "periodistas",
            "dijo",
            "declaró",
            "exilio",
            "sede",
            "exiliados",
            "exiliadas",
            "radicados",
            "radicadas",
        )
    )
    + ("speaking from", "desde el exilio en")
    # the venue of a briefing ("told a briefing in Geneva", "en rueda de prensa en Ginebra")
    + ("briefing in", "press in", "prensa en")
)
"""What stands before a place where the source is ("told reporters in Geneva")."""
BRIEFINGS = tables_en.BRIEFING_NOUNS | tables_es.BRIEFING_NOUNS
"""Nouns of a briefing, a few lower-case words before "in"/"en" and a place ("a regular
briefing in Geneva", "una conferencia de prensa virtual en Ginebra"): where the source spoke."""
BRIEFING_GAP = 4
"""How many words may stand between a briefing's noun and the place's "in"/"en"."""
VENUE_TIES = frozenset({"in", "en", "at", "from", "desde", "held", "celebrada", "ofrecida"})
"""Words between a briefing's noun and its place: "in", "en", "held in", "celebrada en"."""
AGENTS = (
    tables_en.AGENT_NOUNS
    | tables_es.AGENT_NOUNS
    | tables_en.PLACE_AGENT_NOUNS
    | tables_es.PLACE_AGENT_NOUNS
    | tables_en.ATTACK_NOUNS  # round 11: "a U.S. airstrike" is the attacker, not where
    | tables_es.ATTACK_NOUNS
    | tables_es.SPEAKER_BODIES
)
"""Nouns of people or bodies acting for a country: "U.S. envoys", "los enviados de EE. UU."."""
FORMER_TITLES = tuple(
    f"{pre}{title} {tie}"
    for pre in ("ex", "ex-", "ex ")
    for title in (
        "gobernador",
        "gobernadora",
        "alcalde",
        "alcaldesa",
        "presidente",
        "presidenta",
        "diputado",
        "diputada",
        "senador",
        "senadora",
        "governor",
        "mayor",
        "president",
    )
    for tie in ("de", "del", "of")
) + tuple(
    f"former {title} of" for title in ("governor", "mayor", "president", "premier", "minister")
)
"""A former office before a place ("exgobernador de Táchira", "a former mayor of Lyon"): the
speaker's old title, never where the figure counts (audit3 #16)."""
SEATS = ("embajada", "embassy", "consulado", "consulate")
SEAT_NAMES = tables_en.SEAT_NAMES | tables_es.SEAT_NAMES
"""Round 11: heads of a body's capitalised name whose seat follows "in"/"en"."""
"""Bodies whose seat follows their name ("la Embajada de Estados Unidos en Managua"): that
city is where the body sits, not where the figure counts (audit3 #14)."""
SEAT_SPAN = 60
"""How far before a place the noun of such a body may stand."""
SEAT_TIES = frozenset({"de", "del", "los", "las", "la", "el", "of", "the", "to", "in", "en"})
"""Lower-case words inside such a body's name ("Embajada de los Estados Unidos en")."""
NEWSROOMS = ("redaccion", "agencia", "efe", "afp", "reuters", "ap ", "europa press", "staff")
"""What follows "Place /" in a byline ("Caracas / Redacción Web", "MADRID / EFE")."""
OTHER_CLAUSE = (" while ", " whereas ", " mientras ", "; ", " but ", " pero ", " although ")
"""Words that open another clause between a number and a place after it."""
CONTRAST_OPENERS = (" while ", " whereas ", " mientras ", "; ", " en tanto que ")
"""Words that open another figure's clause between a place and a later number (g-where)."""
HOLD_VERBS = (
    tables_en.PLACE_HOLD_VERBS
    | tables_es.PLACE_HOLD_VERBS
    | tables_en.PLACE_TALLY_VERBS
    | tables_es.PLACE_TALLY_VERBS
    | tables_en.RECEIVE_VERBS  # round 12: "the EU received 1.8 million"
    | tables_es.RECEIVE_VERBS
)
"""Verbs whose subject country holds the count ("Lebanon is home to 1.5 million")."""
QUALIFY_GAP = 32
QUALIFY_JOINS = tables_en.PLACE_QUALIFY_JOINS | tables_es.PLACE_QUALIFY_JOINS | frozenset({"("})
"""Words between a place and the place that holds it ("Iloilo province in the western
Philippines")."""
DATELINE_MARKS = ("--", "—", "–", "(AP)", "(Reuters)", "(AFP)", "(EFE)", ".-", " - ")
DATELINE_SPAN = 80
"""How far into the text a dateline's place is looked for."""
DATELINE_PARAS = 8
"""How many paragraphs (headline, byline, date lines) may stand before a dateline."""

EVENT_NAMES = tuple(
    f"{noun} {tie} "
    for noun in ("War", "Conflict", "Invasion", "Occupation", "Guerra", "Conflicto", "Invasión")
    for tie in ("in", "on", "of", "en", "de", "del")
)
"""A capitalised event name before a place ("the War in Iraq", "la Guerra de Irak"): the
place is part of the name, not where a count is."""

KIND_RANK = {"country": 0, "region": 1, "city": 2}

NAME_BEFORE = tables_en.NAME_BEFORE_PLACE | tables_es.NAME_BEFORE_PLACE
NAME_AFTER = tables_en.NAME_AFTER_PLACE | tables_es.NAME_AFTER_PLACE
NAME_TIES = frozenset({"of", "de", "del"})
OTHER_EVENT = tables_en.OTHER_EVENT | tables_es.OTHER_EVENT

SAME_FIGURE_OPENERS = tables_en.SAME_FIGURE_OPENERS + tables_es.SAME_FIGURE_OPENERS
"""The words opening a clause about the figure just named ("cifra que", "a figure")."""
