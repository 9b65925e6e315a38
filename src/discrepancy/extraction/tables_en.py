"""English rule tables for the extractor: plain data, folded (lower case, no accents).

Every table maps a word or a space-separated phrase to what it means for a claim. The
extractor reads phrases token by token, so a phrase here is matched as a token sequence.
"""

from __future__ import annotations

from discrepancy.claim import Status

# --- who: attribution ---------------------------------------------------------------------

SAY_VERBS = frozenset(
    {
        "said",
        "says",
        "say",
        "reported",
        "reports",
        "report",
        "found",
        "finds",
        "find",
        "told",
        "tells",
        "noted",
        "notes",
        "note",
        "added",
        "adds",
        "revealed",
        "reveals",
        "stated",
        "states",
        "stating",
        "insist",
        "insists",
        "insisted",
        "claimed",
        "claims",
        "claim",
        "estimates",
        "estimate",
        "estimated",
        "documented",
        "documents",
        "counted",
        "counts",
        "confirmed",
        "confirms",
        "confirm",
        "registered",
        "recorded",
        "records",
        "announced",
        "announces",
        "announce",
        "authorized",
        "authorizes",
        "authorised",
        "pledged",
        "pledges",
        "promised",
        "promises",
        "decided",
        "decides",
        "warned",
        "warns",
        "asserted",
        "asserting",
        "alleged",
        "maintains",
        "maintained",
        "put",
        "puts",
        "tallied",
        "tallies",
        "verified",
        "verifies",
        "acknowledged",
        "denounced",
        "explained",
        "wrote",
        "tweeted",
        "posted",
        "according",
        "issued",
        "insisting",
        "saying",
        "reporting",
        "calculated",
        "reckoned",
        "logged",
        "listed",
        "disclosed",
        "discloses",
        "raised",
        "revised",
        "lowered",
        "updated",
        "lists",
    }
)
"""Verbs whose subject is the claimant of the numbers in their sentence."""

ACTION_ONLY = frozenset({"according"})
"""Entries of SAY_VERBS that are not verbs (handled by their own pattern)."""

ACCORDING: tuple[tuple[str, ...], ...] = (
    ("according", "to"),
    ("as", "reported", "by"),
    ("as", "recorded", "by"),
    ("citing",),  # round 2: "Reuters reported, citing the Health Ministry"
    ("quoting",),
)
"""Phrases followed by the claimant: "according to Foro Penal"."""

BY_REPORT = frozenset(
    {
        "report",
        "study",
        "statement",
        "count",
        "tally",
        "survey",
        "figures",
        "data",
        "census",
        "analysis",
        "review",
        "audit",
        "investigation",
    }
)
"""Nouns whose "by X" names the claimant: "a report by Foro Penal found"."""

FIRST_PERSON = frozenset({"our", "we", "us"})

PRONOUNS = frozenset({"it", "its", "they", "their", "he", "she", "his", "her", "them"})

DESCRIPTOR_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "local",
        "rights",
        "human",
        "monitor",
        "monitoring",
        "group",
        "groups",
        "organization",
        "organizations",
        "organisation",
        "organisations",
        "ngo",
        "ngos",
        "non",
        "profit",
        "non-profit",
        "nonprofit",
        "legal",
        "aid",
        "civil",
        "association",
        "watchdog",
        "advocacy",
        "independent",
        "separate",
        "leading",
        "international",
        "another",
        "rights-monitoring",
        "observatory",
        "network",
        "coalition",
        "body",
        "agency",
        "society",
        "charity",
        "foundation",
        "platform",
        "collective",
        "committee",
        "campaigners",
        "activists",
        "supporting",
        "advocates",
        "monitors",
        "humanitarian",
        "relief",
        "local-rights",
        "new",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "executive",
        "head",
        "president",
        "chief",
        "coordinator",
        "founder",
        "member",
        "members",
        "'s",
        "s",
        "of",
        "its",
        "their",
        "regional",
        "national",
        "opposition",
        "prisoner",
        "prisoners",
        "rights-group",
    }
)
"""Words of a descriptive mention that names no org ("a local rights monitoring group")."""

PLURAL_DESCRIPTORS = frozenset(
    {
        "groups",
        "organizations",
        "organisations",
        "ngos",
        "activists",
        "campaigners",
        "monitors",
        "advocates",
        "members",
        "police",
        "organizers",
        "organisers",
        "media",
        "rescuers",
        "witnesses",
        "residents",
        "sources",
        "doctors",
        "volunteers",
        "lawyers",
        "leaders",
        "officers",
        "unions",
        "protesters",
        "students",
        "parents",
        "relatives",
    }
)

GOVERNMENT_HEADS = frozenset(
    {
        "government",
        "regime",
        "authorities",
        "administration",
        "officials",
        "official",
        "presidency",
        "cabinet",
        "junta",
        "ministry",
        "minister",
    }
)
"""Heads of a generic mention of a country's government ("the government", "official figures")."""

# --- what: metrics ------------------------------------------------------------------------

PERSON_NOUNS = frozenset(
    {
        "people",
        "persons",
        "person",
        "individuals",
        "men",
        "women",
        "children",
        "minors",
        "teenagers",
        "adolescents",
        "youths",
        "students",
        "journalists",
        "activists",
        "civilians",
        "residents",
        "inmates",
        "prisoners",
        "detainees",
        "dissidents",
        "opponents",
        "members",
        "workers",
        "soldiers",
        "officers",
        "police",
        "victims",
        "citizens",
        "migrants",
        "refugees",
        "hostages",
        "captives",
        "protesters",
        "protestors",
        "demonstrators",
        "marchers",
        "leaders",
        "politicians",
        "supporters",
        "fighters",
        "militants",
        "troops",
        "passengers",
        "patients",
        "families",
        "nationals",
        "venezuelans",
        "cubans",
        "mexicans",
        "colombians",
        "asylum",
        "seekers",
        "farmers",
        "teachers",
        "doctors",
        "nurses",
        "employees",
        "voters",
        "participants",
        "attendees",
        "bodies",
        "casualties",
        "others",
        "boys",
        "girls",
        "adults",
        "infants",
        "babies",
        "foreigners",
        "deportees",
        "evacuees",
        "survivors",
        "prisoner",
        "detainee",
        "strikers",
        "occupants",
        "crossers",
        "arrivals",
        "cases",
        "inhabitants",
        "pilgrims",
        "mourners",
        "rioters",
        "looters",
        "gunmen",
        "insurgents",
        "rebels",
        "recruits",
        "delegates",
        "staff",
        "miners",
        "ethiopians",
        "syrians",
        "israelis",
        "palestinians",
        "afghans",
        "ukrainians",
        "haitians",
        "americans",
        "hondurans",
        "guatemalans",
        "salvadorans",
        "nicaraguans",
        "iraqis",
        "iranians",
        "sudanese",
        "somalis",
        "eritreans",
        "rohingya",
        "yemenis",
        "libyans",
        "nigerians",
        "filipinos",
        "russians",
        "chinese",
        "abductees",
        "kidnapped",
        "displaced",
        "homeless",
        "arrested",
        "detained",
        "killed",
        # singulars, counted after "one" ("one student was killed")
        "student",
        "officer",
        "soldier",
        "civilian",
        "child",
        "woman",
        "man",
        "journalist",
        "worker",
        "migrant",
        "protester",
        "demonstrator",
        "hostage",
        "victim",
        "body",
        "resident",
        "teacher",
        "policeman",
        "dead",
        "injured",
        "wounded",
        "missing",
    }
)
"""Nouns that count people; a number before one is a claim about people."""

EVENT_WORDS: dict[str, str] = {
    # releases
    "released": "releases",
    "release": "releases",
    "releases": "releases",
    "freed": "releases",
    "free": "releases",
    "freeing": "releases",
    "releasing": "releases",
    "let": "releases",
    "excarcelated": "releases",
    "excarceration": "releases",
    "excarcerations": "releases",
    "excarcelations": "releases",
    "pardons": "releases",
    "pardoned": "releases",
    "amnestied": "releases",
    "paroled": "releases",
    # arrests
    "arrested": "arrests",
    "arrests": "arrests",
    "arrest": "arrests",
    "detained": "arrests",
    "detentions": "arrests",
    "incarcerated": "arrests",
    "jailed": "arrests",
    "imprisoned": "arrests",
    "detaining": "arrests",
    "rounded": "arrests",
    "captured": "arrests",
    "taken": "arrests",
    "apprehended": "arrests",
    # deaths
    "killed": "deaths",
    "dead": "deaths",
    "died": "deaths",
    "deaths": "deaths",
    "fatalities": "deaths",
    "death": "deaths",
    "perished": "deaths",
    "murdered": "deaths",
    "drowned": "deaths",
    "lives": "deaths",
    "toll": "deaths",
    "bodies": "deaths",
    # injured
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "injuries": "injured",
    # protesters
    "marched": "protesters",
    "protested": "protesters",
    "rallied": "protesters",
    "gathered": "protesters",
    "demonstrated": "protesters",
    "attended": "protesters",
    "turned": "protesters",
    "thronged": "protesters",
    "filled": "protesters",
    "joined": "protesters",
    "crowd": "protesters",
    "turnout": "protesters",
    "strike": "strikers",
    "walkout": "strikers",
    # migrants
    "crossed": "migrants",
    "crossings": "migrants",
    "intercepted": "migrants",
    "rescued": "migrants",
    "deported": "migrants",
    # displaced / missing / hostages
    "displaced": "displaced",
    "fled": "displaced",
    "missing": "missing",
    "disappeared": "missing",
    "abducted": "hostages",
    "kidnapped": "hostages",
    "captivity": "hostages",
}
"""Verbs, participles and nouns near a number that say what it counts."""

EVENT_PHRASES: dict[tuple[str, ...], str] = {
    ("let", "out"): "releases",
    ("set", "free"): "releases",
    ("carried", "out"): "releases",
    ("taken", "to", "prison"): "arrests",
    ("rounded", "up"): "arrests",
    ("death", "toll"): "deaths",
    ("took", "to", "the", "streets"): "protesters",
    ("turned", "out"): "protesters",
    ("took", "part"): "protesters",
}

STOCK_VERBS = frozenset(
    {
        "remain",
        "remained",
        "remains",
        "still",
        "held",
        "behind",
        "are",
        "languish",
        "languishing",
        "currently",
    }
)
"""Words that make a count of detained people a level (a stock), not a flow."""

STOCK_PHRASES = (
    ("remain", "detained"),
    ("remain", "imprisoned"),
    ("remain", "jailed"),
    ("remain", "held"),
    ("remain", "in", "prison"),
    ("remain", "behind", "bars"),
    ("behind", "bars"),
    ("still", "held"),
    ("still", "detained"),
    ("still", "imprisoned"),
    ("are", "held"),
    ("currently", "held"),
    ("remained", "detained"),
    ("remains", "detained"),
    ("remained", "imprisoned"),
    ("in", "custody"),
    ("in", "detention"),
    ("remain", "in", "detention"),
    ("remain", "in", "custody"),
    ("remain", "missing"),
    ("remain", "displaced"),
    ("held", "hostage"),
    ("remain", "captive"),
)

STOCK_OF: dict[str, str] = {
    "hostages": "hostages",
    "captives": "hostages",
    "missing": "missing",
    "displaced": "displaced",
    "refugees": "displaced",
}
"""A population noun kept as its own stock ("hostages remain held" counts hostages)."""

CHANGE_WORDS = frozenset(
    {
        "increase",
        "rise",
        "drop",
        "decrease",
        "decline",
        "jump",
        "fall",
        "growth",
        "reduction",
        "surge",
        "in",
        "the",
        "number",
        "of",
        "a",
        "an",
        "count",
        "total",
    }
)
"""Words between a percentage and its noun ("a 120-percent increase in the number of")."""

# --- how: status --------------------------------------------------------------------------

STATUS_WORDS: dict[str, Status] = {
    "announced": Status.ANNOUNCED,
    "announces": Status.ANNOUNCED,
    "announce": Status.ANNOUNCED,
    "announcing": Status.ANNOUNCED,
    "authorized": Status.AUTHORIZED,
    "authorizes": Status.AUTHORIZED,
    "authorised": Status.AUTHORIZED,
    "authorizing": Status.AUTHORIZED,
    "approved": Status.AUTHORIZED,
    "ordered": Status.AUTHORIZED,
    "decided": Status.AUTHORIZED,
    "pledged": Status.PLEDGED,
    "pledges": Status.PLEDGED,
    "promised": Status.PLEDGED,
    "promises": Status.PLEDGED,
    "vowed": Status.PLEDGED,
    "claimed": Status.CLAIMED,
    "claims": Status.CLAIMED,
    "confirmed": Status.CONFIRMED,
    "confirms": Status.CONFIRMED,
    "confirm": Status.CONFIRMED,
    "verified": Status.VERIFIED,
    "verifies": Status.VERIFIED,
    "documented": Status.DOCUMENTED,
    "documents": Status.DOCUMENTED,
    "registered": Status.REGISTERED,
    "recorded": Status.REGISTERED,
    "records": Status.REGISTERED,
    "logged": Status.REGISTERED,
    "estimates": Status.ESTIMATED,
    "estimate": Status.ESTIMATED,
    "estimated": Status.ESTIMATED,
}

STATUS_PHRASES: dict[tuple[str, ...], Status] = {
    ("carried", "out"): Status.CARRIED_OUT,
    ("actually", "been", "carried"): Status.CARRIED_OUT,
}

DONE_RELEASE = frozenset({"freed", "released", "excarcelated"})

BEGIN_WORDS = frozenset(
    {"began", "begun", "begin", "begins", "beginning", "started", "start", "starts", "starting"}
)
"""Verbs that name the start of a wave ("began freeing detainees on Jan. 8")."""
"""Participles that report releases as done: "reported that 33 people have been freed"."""

AUXILIARIES = frozenset(
    {
        "have",
        "has",
        "had",
        "been",
        "be",
        "were",
        "was",
        "are",
        "is",
        "being",
        "actually",
        "now",
        "reportedly",
        "already",
        "so",
        "far",
    }
)

# --- when ---------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
OCCASIONS: dict[tuple[str, ...], tuple[str, int, int]] = {
    ("christmas", "day"): ("christmas", 12, 25),
    ("christmas", "eve"): ("christmas-eve", 12, 24),
    ("christmas",): ("christmas", 12, 25),
    ("new", "year", "s", "eve"): ("new-years-eve", 12, 31),
    ("new", "years", "eve"): ("new-years-eve", 12, 31),
    ("new", "year", "s", "day"): ("new-year", 1, 1),
    ("new", "years", "day"): ("new-year", 1, 1),
    ("independence", "day"): ("independence-day", 0, 0),
}
"""Named days: (label, month, day); month 0 means the day varies by country (not resolved)."""

SO_FAR = (
    ("so", "far"),
    ("to", "date"),
    ("until", "now"),
    ("up", "to", "now"),
    ("thus", "far"),
    ("as", "of", "now"),
)
TODAY = frozenset({"today", "tonight", "currently", "now"})
YESTERDAY = frozenset({"yesterday"})
DAY_PREFIX = frozenset(
    {
        "on",
        "late",
        "early",
        "last",
        "this",
        "past",
        "by",
        "since",
        "until",
        "as",
        "of",
        "from",
        "between",
        "and",
        "to",
        "the",
    }
)

# --- what is not a claim ------------------------------------------------------------------

DURATION_UNITS = frozenset(
    {
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "decade",
        "decades",
        "century",
        "centuries",
        "yr",
        "yrs",
        "hrs",
        "mins",
        "am",
        "pm",
        "o",
    }
)
MONEY_WORDS = frozenset(
    {
        "dollars",
        "dollar",
        "euros",
        "euro",
        "pounds",
        "bolivars",
        "bolivares",
        "pesos",
        "usd",
        "eur",
        "cents",
        "yuan",
        "rubles",
        "francs",
        "reais",
        "soles",
        "bitcoin",
        "barrels",
        "tons",
        "tonnes",
        "kilometers",
        "kilometres",
        "km",
        "miles",
        "meters",
        "metres",
        "feet",
        "kg",
        "kilograms",
        "liters",
        "litres",
        "acres",
        "hectares",
        "seats",
        "points",
        "times",
        "percent",
    }
)
"""Units after a number that make it something other than a count of people."""

MONEY_SIGNS = frozenset({"$", "€", "£", "¥", "us$", "bs"})
ID_WORDS = frozenset(
    {
        "article",
        "articles",
        "no",
        "number",
        "law",
        "decree",
        "resolution",
        "page",
        "chapter",
        "section",
        "room",
        "route",
        "flight",
        "case",
        "item",
        "phone",
        "tel",
        "ext",
        "code",
        "id",
        "model",
        "version",
        "grade",
        "level",
        "category",
        "aged",
        "age",
        "ages",
        "term",
        "paragraph",
    }
)
"""Words before a number that make it an id, an age or an article number."""

SKIP_BEFORE_NUMBER = frozenset(
    {
        "the",
        "another",
        "a",
        "total",
        "further",
        "additional",
        "some",
        "all",
        "these",
        "those",
        "of",
        "its",
        "their",
    }
)

FUNCTION_WORDS = frozenset(
    {
        "as",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "to",
        "with",
        "and",
        "or",
        "but",
        "who",
        "that",
        "which",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "be",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "last",
        "this",
        "since",
        "until",
        "during",
        "after",
        "before",
        "so",
        "more",
        "than",
        "them",
        "those",
        "these",
        "it",
        "they",
        "people's",
        "out",
        "up",
        "remain",
        "remained",
        "still",
        "also",
        "too",
        "only",
        "just",
        "now",
        "here",
        "there",
        "yesterday",
        "today",
        "between",
        "among",
        "including",
        "according",
        "across",
        "throughout",
        "over",
        "under",
        "into",
        "nationwide",
        "worldwide",
        "overall",
        "in-total",
        "total",
        "altogether",
        "each",
        "per",
        "a",
        "an",
        "the",
        "if",
        "when",
        "while",
        "where",
        "whom",
        "whose",
        "ho",
        "not",
        "no",
        "did",
        "do",
        "does",
    }
)
"""Words that cannot be the counted noun: after a number they mean the noun is elided."""

CLAUSE_OPENERS = frozenset(
    {
        "which",
        "who",
        "whom",
        "following",
        "after",
        "while",
        "including",
        "when",
        "where",
        "despite",
        "although",
        "though",
        "as",
        "with",
        "because",
        "since",
        "before",
        "amid",
        "but",
        "whereas",
        "unlike",
    }
)
"""Words that open a new clause after a comma (and "despite", "but" even without one)."""

ALWAYS_OPENERS = frozenset({"despite", "but", "following", "whereas", "although", "amid"})

ALSO_WORDS = frozenset({"also"})
EXISTENTIAL = frozenset({"there"})
NO_WORDS = frozenset({"no"})
NO_SKIP = frozenset({"new", "more", "further", "additional", "other"})

COUNTRIES: dict[str, tuple[str, str]] = {
    # folded name or demonym (English and Spanish) → (country, English demonym)
    "venezuela": ("Venezuela", "Venezuelan"),
    "venezuelan": ("Venezuela", "Venezuelan"),
    "venezolano": ("Venezuela", "Venezuelan"),
    "venezolana": ("Venezuela", "Venezuelan"),
    "colombia": ("Colombia", "Colombian"),
    "colombian": ("Colombia", "Colombian"),
    "colombiano": ("Colombia", "Colombian"),
    "mexico": ("Mexico", "Mexican"),
    "mexican": ("Mexico", "Mexican"),
    "mexicano": ("Mexico", "Mexican"),
    "cuba": ("Cuba", "Cuban"),
    "cuban": ("Cuba", "Cuban"),
    "cubano": ("Cuba", "Cuban"),
    "nicaragua": ("Nicaragua", "Nicaraguan"),
    "nicaraguan": ("Nicaragua", "Nicaraguan"),
    "nicaraguense": ("Nicaragua", "Nicaraguan"),
    "argentina": ("Argentina", "Argentine"),
    "argentine": ("Argentina", "Argentine"),
    "argentino": ("Argentina", "Argentine"),
    "brazil": ("Brazil", "Brazilian"),
    "brasil": ("Brazil", "Brazilian"),
    "brazilian": ("Brazil", "Brazilian"),
    "chile": ("Chile", "Chilean"),
    "chilean": ("Chile", "Chilean"),
    "chileno": ("Chile", "Chilean"),
    "peru": ("Peru", "Peruvian"),
    "peruvian": ("Peru", "Peruvian"),
    "peruano": ("Peru", "Peruvian"),
    "ecuador": ("Ecuador", "Ecuadorian"),
    "ecuadorian": ("Ecuador", "Ecuadorian"),
    "bolivia": ("Bolivia", "Bolivian"),
    "bolivian": ("Bolivia", "Bolivian"),
    "spain": ("Spain", "Spanish"),
    "espana": ("Spain", "Spanish"),
    "spanish": ("Spain", "Spanish"),
    "france": ("France", "French"),
    "francia": ("France", "French"),
    "french": ("France", "French"),
    "israel": ("Israel", "Israeli"),
    "israeli": ("Israel", "Israeli"),
    "gaza": ("Gaza", "Gazan"),
    "ukraine": ("Ukraine", "Ukrainian"),
    "ucrania": ("Ukraine", "Ukrainian"),
    "ukrainian": ("Ukraine", "Ukrainian"),
    "russia": ("Russia", "Russian"),
    "rusia": ("Russia", "Russian"),
    "russian": ("Russia", "Russian"),
    "iran": ("Iran", "Iranian"),
    "iranian": ("Iran", "Iranian"),
    "sudan": ("Sudan", "Sudanese"),
    "sudanese": ("Sudan", "Sudanese"),
    "haiti": ("Haiti", "Haitian"),
    "haitian": ("Haiti", "Haitian"),
    "honduras": ("Honduras", "Honduran"),
    "guatemala": ("Guatemala", "Guatemalan"),
    "panama": ("Panama", "Panamanian"),
    "turkey": ("Turkey", "Turkish"),
    "syria": ("Syria", "Syrian"),
    "syrian": ("Syria", "Syrian"),
    "myanmar": ("Myanmar", "Myanmar"),
    "nigeria": ("Nigeria", "Nigerian"),
    "italy": ("Italy", "Italian"),
    "italia": ("Italy", "Italian"),
    "greece": ("Greece", "Greek"),
}

# -- where (scope): the adjectives and plurals a text uses for the country it is about
# ("las autoridades ucranianas", "Nigerian troops"), so that the country it names most
# counts them too. Kept apart from the names above; merged into COUNTRIES.
_COUNTRY_ADJECTIVES: dict[str, tuple[str, str]] = {
    "ucraniano": ("Ukraine", "Ukrainian"),
    "ucraniana": ("Ukraine", "Ukrainian"),
    "ucranianos": ("Ukraine", "Ukrainian"),
    "ucranianas": ("Ukraine", "Ukrainian"),
    "ukrainians": ("Ukraine", "Ukrainian"),
    "ruso": ("Russia", "Russian"),
    "rusa": ("Russia", "Russian"),
    "rusos": ("Russia", "Russian"),
    "rusas": ("Russia", "Russian"),
    "russians": ("Russia", "Russian"),
    "israeli": ("Israel", "Israeli"),
    "israelis": ("Israel", "Israeli"),
    "israelies": ("Israel", "Israeli"),
    "nigerian": ("Nigeria", "Nigerian"),
    "nigerians": ("Nigeria", "Nigerian"),
    "nigeriano": ("Nigeria", "Nigerian"),
    "nigerianos": ("Nigeria", "Nigerian"),
    "iranies": ("Iran", "Iranian"),
    "irani": ("Iran", "Iranian"),
    "sudanes": ("Sudan", "Sudanese"),
    "sirio": ("Syria", "Syrian"),
    "siria": ("Syria", "Syrian"),
    "sirios": ("Syria", "Syrian"),
    "panameno": ("Panama", "Panamanian"),
    "panamena": ("Panama", "Panamanian"),
    "panamenos": ("Panama", "Panamanian"),
    "panamenas": ("Panama", "Panamanian"),
    "panamanian": ("Panama", "Panamanian"),
    "guatemalteco": ("Guatemala", "Guatemalan"),
    "guatemalteca": ("Guatemala", "Guatemalan"),
    "guatemalan": ("Guatemala", "Guatemalan"),
    "hondureno": ("Honduras", "Honduran"),
    "hondurena": ("Honduras", "Honduran"),
    "honduran": ("Honduras", "Honduran"),
    "haitiano": ("Haiti", "Haitian"),
    "haitiana": ("Haiti", "Haitian"),
}
for _word, _country in _COUNTRY_ADJECTIVES.items():
    COUNTRIES.setdefault(_word, _country)

NOT_NAMES = frozenset(
    {
        "many",
        "some",
        "most",
        "all",
        "once",
        "at",
        "on",
        "in",
        "as",
        "after",
        "with",
        "this",
        "that",
        "these",
        "those",
        "there",
        "it",
        "its",
        "they",
        "we",
        "he",
        "she",
        "but",
        "and",
        "or",
        "while",
        "when",
        "if",
        "although",
        "meanwhile",
        "however",
        "yet",
        "still",
        "according",
        "during",
        "since",
        "for",
        "from",
        "by",
        "to",
        "of",
        "last",
        "next",
        "each",
        "every",
        "both",
        "other",
        "another",
        "such",
        "no",
        "not",
        "christmas",
        "eve",
        "year",
        "years",
        "day",
        "new",
        "today",
        "yesterday",
        "tomorrow",
        "more",
        "less",
        "few",
        "several",
        "only",
        "just",
        "about",
        "over",
        "nearly",
        "almost",
        "around",
        "currently",
        "now",
        "then",
        "here",
        "what",
        "who",
        "which",
        "where",
        "why",
        "how",
        "so",
        "also",
        "even",
        "already",
        "please",
        "follow",
        "sign",
        "subscribe",
        "president",
        "acting",
        "former",
        "interim",
    }
)
"""Capitalised words that are not names: sentence openers, hedges, named days, titles."""

# --- who: titles, offices, generic heads (added for issue 9) -------------------------------

TITLE_OFFICES: dict[str, str] = {
    "minister": "{} Ministry",
    "undersecretary": "{} Ministry",
    "governor": "{} government",
    "mayor": "{} city government",
    "ombudsman": "{} Ombudsman's Office",
    "prosecutor": "{} Prosecutor's Office",
}
"""A title whose holder speaks for an office of the state: the office, with the title's
complement where ``{}`` is ("Interior Minister" / "Minister of the Interior" → "Interior
Ministry", "governor of Lara state" → "Lara state government")."""

ROLE_WORDS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "head",
        "chief",
        "coordinator",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "leader",
        "commander",
        "commissioner",
        "official",
        "representative",
        "superintendent",
        "administrator",
        "founder",
        "secretary",
        "secretary-general",
    }
)
"""A title whose holder speaks for the organization named after it ("the director of the
Red Cross" → the Red Cross)."""

NOT_CLAIMANTS = frozenset(
    {
        "in",
        "on",
        "at",
        "from",
        "with",
        "by",
        "for",
        "of",
        "thus",
        "so",
        "after",
        "during",
        "since",
        "before",
        "today",
        "yesterday",
        "according",
        "families",
        "united",
        "original",
        "crowds",
        "crowd",
        "however",
        "meanwhile",
        "moreover",
        "also",
        "furthermore",
        "still",
        "then",
        "later",
        "earlier",
        "overall",
        "together",
        "breaking",
        "update",
        "updated",
        "photo",
        "video",
    }
)
"""One-word mentions that are never a claimant: discourse words and common nouns that open a
sentence with a capital ("Families said", "However, ... said")."""

GENERIC_HEADS: dict[str, tuple[str, ...]] = {
    "union": ("union", "federation", "confederation", "congress"),
    "unions": ("union", "federation", "confederation", "congress"),
    "police": ("police",),
    "ministry": ("ministry", "department"),
    "department": ("department", "ministry"),
    "agency": ("agency", "office", "service"),
    "office": ("office", "agency"),
    "council": ("council",),
    "committee": ("committee", "commission"),
    "commission": ("commission", "committee"),
    "foundation": ("foundation",),
    "observatory": ("observatory",),
    "network": ("network",),
    "coalition": ("coalition",),
    "association": ("association",),
    "group": ("group", "coalition", "network", "observatory", "foundation", "committee"),
    "organization": ("organization", "organisation", "group", "foundation", "observatory"),
    "organizers": ("coalition", "committee", "alliance", "movement", "march"),
    "organisers": ("coalition", "committee", "alliance", "movement", "march"),
    "army": ("army", "forces"),
    "military": ("army", "forces", "military"),
    "school": ("school", "college", "academy"),
    "hospital": ("hospital",),
    "company": ("company", "corporation", "inc"),
    "prefecture": ("prefecture",),
    "headquarters": ("headquarters", "police"),
}
"""A generic head ("the union said") refers to the last organization named in the text whose
name holds one of these words ("the National Union of Metal Workers")."""

NUMBER_VERBS = frozenset(
    {
        "took",
        "take",
        "marched",
        "march",
        "attended",
        "joined",
        "turned",
        "showed",
        "died",
        "participated",
        "gathered",
        "rallied",
        "struck",
        "walked",
        "remain",
        "remained",
        "are",
        "were",
    }
)
"""Verbs that follow a number whose noun is left out ("more than 100,000 took part"):
the number counts what its context counts."""

NOT_COUNT_BEFORE = frozenset(
    {
        "magnitude",
        "measured",
        "measuring",
        "aged",
        "age",
        "ages",
        "young",
        "old",
        "grade",
        "level",
        "category",
        "chapter",
        "page",
        "route",
        "flight",
        "room",
        "channel",
        "episode",
        "season",
        "round",
        "stage",
        "phase",
        "decade",
        "size",
        "score",
        "scored",
        "rate",
        "ratio",
        "times",
        "multiplied",
    }
)
"""A word just before a number (or before "as"/"above"/"over" and the number) that makes it
no count of people: magnitudes ("magnitude 7.1"), ages ("aged 60", "as young as 5"), ranks,
pages, factors."""

NOT_COUNT_AFTER = frozenset(
    {
        "richter",
        "magnitude",
        "times",
        "degrees",
        "fold",
        "years-old",
        "th",
        "st",
        "nd",
        "rd",
    }
)
"""A word just after a number that makes it no count of people ("6.9 on the Richter scale"
is read through "richter" two words on; "3 times")."""

REVISION_VERBS = frozenset(
    {
        "rose",
        "rises",
        "risen",
        "rising",
        "increased",
        "increases",
        "climbed",
        "climbs",
        "jumped",
        "grew",
        "fell",
        "falls",
        "fallen",
        "dropped",
        "drops",
        "decreased",
        "declined",
        "went",
        "revised",
        "raised",
        "lowered",
        "updated",
        "up",
        "down",
        "moved",
        "changed",
        "soared",
    }
)
"""Verbs before "from A to B" that make it a revision (two figures, the later one replacing
the earlier), not a range: "the toll rose from 9 to 12"."""

# --- who: verbs and subjects added in round 2 (x-claimant) -----------------------------------

SAY_VERBS = SAY_VERBS | frozenset(
    {
        "rescued",
        "evacuated",
        "indicated",
        "indicates",
        "stressed",
        "specified",
        "detailed",
        "estimating",
        "telling",
    }
)
"""Whoever rescues or evacuates N people is the source of that count ("The coast guard
rescued 91 people")."""

FUTURE_ACTS: frozenset[tuple[str, ...]] = frozenset(
    {
        ("will", "free"),
        ("would", "free"),
        ("will", "release"),
        ("would", "release"),
        ("will", "pardon"),
        ("would", "pardon"),
        ("was", "releasing"),
        ("is", "releasing"),
        ("were", "releasing"),
        ("are", "releasing"),
        ("was", "freeing"),
        ("is", "freeing"),
        ("plans", "to", "release"),
        ("plans", "to", "free"),
    }
)
"""An act a source says it will do ("said it was releasing 2,100 prisoners", "would free
7,012"): announced, not carried out."""

# --- x-alarms: heads that count things, not people ------------------------------------------

NOT_PEOPLE = frozenset(
    {
        "families",
        "households",
        "homes",
        "houses",
        "buildings",
        "boats",
        "vessels",
        "ships",
        "schools",
        "bridges",
        "roads",
        "towns",
        "villages",
        "communities",
        "councils",
        "municipalities",
        "factories",
        "shelters",
        "unions",
        "vehicles",
        "cars",
        "trucks",
    }
)
"""A head noun after a number that counts households, places or things, never people: "1,600
families", "40 boats", "23 bridges" (a family is not a head count, so its number is no claim
about people even where a person noun follows: "2,400 families of farmers"). Singular heads
stay out: "12 family members" are people."""

SUBSET_OPENERS: tuple[tuple[str, ...], ...] = (
    ("among", "the"),
    ("among", "them"),
    ("among", "those"),
    ("including",),
    ("of", "the"),  # only where it opens the sentence: "Of the dead, 17 were children."
    ("of", "whom"),
    ("of", "which"),
)
"""Words that make the figures after them a part of a count already given: "Among the dead
were 12 children", "killed 50, including 12 children", "Of the deaths, 300 were in the
north". ("of", "the") counts only as the sentence's first words."""

COUNT_HEADS = frozenset({"number", "total", "count", "tally", "figure"})
"""Nouns that name a count of what follows "of" ("the number of confirmed cases had reached
21,614"): an elided figure later in the clause counts that, not the topic of the sentence
before."""

# --- who: round 3 (x-claimant) ------------------------------------------------------------------

SOURCE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("that", "is", "according"),
    ("this", "is", "according"),
    ("the", "figures"),
    ("these", "figures"),
    ("those", "figures"),
    ("the", "data"),
    ("this", "data"),
    ("these", "data"),
    ("this", "information"),
    ("the", "information"),
    ("this", "new"),  # "this new revelation was made by the WHO"
    ("the", "toll"),
    ("the", "tally"),
)
"""Openings of a sentence that attributes what was said before it ("The figures were
released by the health ministry"), also where it opens the next paragraph."""

# --- status: round 3 (x-claimant) ---------------------------------------------------------------

STATUS_WORDS = {
    **STATUS_WORDS,
    "confirming": Status.CONFIRMED,
    "verify": Status.VERIFIED,
    "tallied": Status.REGISTERED,
}
"""Status verbs that were missing."""

DIRECT_STATUS: dict[tuple[str, ...], Status] = {
    ("identified",): Status.DOCUMENTED,  # "it had identified 223 of them"
    ("the", "names", "of"): Status.DOCUMENTED,  # "published the names of 67 people"
}
"""Statuses only the number right after the phrase takes (at most two words after it):
identifying victims, or giving their names, documents them; no other number of the clause."""

# --- who: agents and heads, round 3 (x-claimant) ------------------------------------------------

AGENT_VERBS = frozenset({"arrested", "detained", "treated", "rescued", "evacuated", "identified"})
"""Who arrests, detains, rescues or treats N people gives that number ("Police arrested 40
people"): the source only where the number is the verb's object, right after it."""

SAY_VERBS = SAY_VERBS | AGENT_VERBS | frozenset({"pointed", "noted", "speaks", "spoke"})

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"firefighters", "paramedics", "medics"})

GENERIC_HEADS = {**GENERIC_HEADS, "guard": ("guard",), "embassy": ("embassy",)}

ROLE_WORDS = ROLE_WORDS | frozenset(
    {"chairperson", "owner", "principal", "deputy", "envoy", "rector", "ceo", "manager"}
)

LEAD_VERBS = frozenset({"leads", "heads", "directs", "chairs", "runs", "led", "headed"})
"""Verbs of a relative clause that give a person's office: "Ana Ruiz, who leads the Refugee
Council, said" speaks for the Refugee Council."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"services", "teams", "crews"})
""""Emergency services", "rescue teams": unnamed sources."""

# --- x-numbers (round 3): who a figure counts, shares of people, things counted -------------

PERSON_NOUNS = PERSON_NOUNS | frozenset(
    {
        "pupils",
        "schoolchildren",
        "schoolgirls",
        "schoolboys",
        "worshippers",
        "fans",
        "spectators",
        "tourists",
        "visitors",
        "settlers",
        "immigrants",
        "applicants",
        "defendants",
        "suspects",
        "convicts",
        "peacekeepers",
        "personnel",
        "guards",
        "firefighters",
        "rescuers",
        "volunteers",
        "medics",
        "servants",
        "laborers",
        "labourers",
        "retirees",
        "pensioners",
        "villagers",
        "locals",
        "sailors",
        "fishermen",
        "crew",
        "kids",
        "newborns",
        "returnees",
        "executions",
        "drivers",
        "pilots",
        "workforce",
        "population",
        "aboard",
        "infections",
        "paramedics",
        "climbers",
        "hikers",
        "swimmers",
        "toddlers",
        "elderly",
        "jihadists",
        "bandits",
        "gangsters",
        "smugglers",
        "traffickers",
        "combatants",
        "veterans",
        "orphans",
        "widows",
        "mothers",
        "fathers",
        "parents",
        "relatives",
        "siblings",
        "seniors",
        "expatriates",
        "expats",
        "diplomats",
        "lawmakers",
        "legislators",
        "senators",
        "deputies",
        "mayors",
        "candidates",
        "priests",
        "nuns",
        "monks",
        "missionaries",
        "humanitarians",
        "peasants",
        "herders",
        "shepherds",
        "nomads",
        "truckers",
        "commuters",
        "travellers",
        "travelers",
        "campers",
        "graduates",
        "picketers",
        "unionists",
        "loyalists",
        "separatists",
        "militiamen",
        "paramilitaries",
        "policemen",
        "policewomen",
        "gendarmes",
        "cadets",
        "conscripts",
        "reservists",
        "electorate",
        "votes",
        "ballots",
    }
)
"""More nouns that count people ("almost a third of civil servants", "at least four
executions"); "electorate" is the people registered to vote ("half of the electorate")."""

NOT_PEOPLE = NOT_PEOPLE | frozenset(
    {
        "states",
        "provinces",
        "regions",
        "districts",
        "counties",
        "cities",
        "countries",
        "hospitals",
        "clinics",
        "centers",
        "centres",
        "institutions",
        "organizations",
        "organisations",
        "incidents",
        "attacks",
        "demonstrations",
        "protests",
        "rallies",
        "events",
        "charges",
        "pages",
        "precincts",
        "constituencies",
        "aftershocks",
        "tremors",
        "earthquakes",
        "flights",
        "hectares",
        "acres",
        "tons",
        "tonnes",
        "doses",
        "beds",
        "tents",
        "camps",
        "points",
        "seats",
        "stations",
        "booths",
    }
)
"""More heads that count places, events or things: "in at least five states", "over 200
demonstrations", "a drop of five points", "won 30 seats"."""

SHARE_NOUNS: dict[str, str | None] = {
    "turnout": None,
    "participation": None,
    "abstention": None,
    "absenteeism": None,
    "attendance": None,
    "walkout": "strikers",
}
"""Nouns that name a share of people, so that a percentage of them counts people: "79 percent
voter turnout", "abstention was above 87%"."""

CROWD_NOUNS: dict[str, str] = {
    "strike": "strikers",
    "walkout": "strikers",
    "protest": "protesters",
    "march": "protesters",
    "rally": "protesters",
    "demonstration": "protesters",
    "mobilization": "protesters",
    "mobilisation": "protesters",
}
"""A gathering whose size a bare figure of the next sentence gives: "…the size of
Wednesday's strike. Ministers said one million." (the figure counts strikers)."""

LEVEL_VERBS = frozenset(
    {
        "reached",
        "reaches",
        "totaled",
        "totalled",
        "totals",
        "stood",
        "stands",
        "hit",
        "topped",
        "numbered",
        "surpassed",
        "passed",
    }
)
"""Verbs that give the level a count has reached, its noun before them: "measles cases rose
to 1,240", "arrests reached 300" (with ``REVISION_VERBS``)."""

EVENT_WORDS = {
    **EVENT_WORDS,
    "killing": "deaths",
    "kills": "deaths",
    "injuring": "injured",
    "wounding": "injured",
    "hospitalized": "hospitalized",
    "hospitalised": "hospitalized",
    "unaccounted": "missing",
    "infected": "cases",
    "sickened": "cases",
}
"""A participial clause gives its figures their event: "killing 12 and injuring 30"; people
"hospitalized" are a count of their own."""

STOCK_OF = {
    **STOCK_OF,
    "desaparecidos": "missing",
    "desaparecidas": "missing",
    "rehenes": "hostages",
    "secuestrados": "hostages",
    "desplazados": "displaced",
    "refugiados": "displaced",
}
"""The Spanish population nouns kept as their own stock ("20 siguen desaparecidas")."""

# --- x-scan: increments and revisions (round 3) -----------------------------------------------

INCREMENT_BEFORE = frozenset({"another", "further", "additional"})
"""Words before a figure that make it what was added to a count ("another 3 people died",
"a further 12 were injured", "an additional 40 cases")."""

INCREMENT_AFTER = frozenset({"more", "new", "additional", "further"})
"""Words right after a figure (or after its noun, for "more") that make it what was added to a
count ("one more person has died", "35 new cases", "12 people more"); not "more than"."""

REVISE_WORDS = frozenset(
    {"revised", "revising", "revise", "revises", "corrected", "updated", "adjusted", "lowered"}
)
"""Verbs saying a figure replaces the source's earlier one ("revised the toll down to 42,000",
"corrected the figure to 31"): the figure after "to" supersedes the earlier one."""

GENERIC_PEOPLE = frozenset({"people", "person", "persons", "individuals", "others"})
"""Metric ids that say only "people": a figure counted with no event or known noun ("40,277
people") does not say what is counted, so scan does not compare it."""

# --- u-break (round 4): breakdowns, differences and destinations -----------------------------
DIFFERENCE_AFTER = frozenset({"than"})
"""After "more" / "fewer" right after a figure, a word that makes the figure a difference
from another count ("40,500 more than the day before", "3,000 fewer than in June"), never a
level of the quantity: it is what was added, a part of the count it adds to, or nothing."""
DESTINATION_VERBS = frozenset({"entered", "reached", "arrived", "crossed", "fled", "went"})
"""Verbs after a figure that, followed by a place ("have entered Poland", "crossed into
Hungary", "fled to Moldova"), make it a count at one destination: a part of the source's
overall count of those who left, never a rival of it."""
DESTINATION_LINKS = frozenset({"into", "to", "in", "at"})
"""Prepositions allowed between a destination verb and its place."""

ON_ROLL = frozenset({"registered", "enrolled"})
"""Participles of being on a roll: with a roll word in the sentence ("17 million registered
voters on the electoral roll"), the number is the register's count."""

ROLL_WORDS = frozenset({"roll", "rolls", "register", "registry"})
"""Words of an electoral roll."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("joined", "the", "strike"): "strikers",
    ("went", "on", "strike"): "strikers",
    ("on", "strike"): "strikers",
    ("walked", "out"): "strikers",
    ("stopped", "work"): "strikers",
}
"""Joining a strike is striking, not marching: "65% of teachers joined the strike"."""

# --- u-metric: the word that governs a number (round 4, audit P3/P6) -------------------------

EVENT_WORDS = {
    **EVENT_WORDS,
    "rescued": "rescued",
    "taken": "hostages",
    "flee": "displaced",
    "fleeing": "displaced",
    "uprooted": "displaced",
    "homeless": "homeless",
}
"""Event verbs that say what their figure counts: "270 students were rescued" (a count of the
rescued, whoever they are), "215 pupils had been taken" (abducted: "taken into custody" is an
arrest, below), "people fleeing into Sudan", "300 homeless"."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("taken", "into", "custody"): "arrests",
    ("lost", "their", "homes"): "homeless",
    ("lost", "their", "houses"): "homeless",
    ("left", "homeless"): "homeless",
    ("flee", "their", "homes"): "displaced",
    ("fled", "their", "homes"): "displaced",
}
"""Phrases that name the counted event: "60,000 have lost their homes" counts the homeless."""

CROWD_VERBS = frozenset(
    {"drew", "drawn", "attracted", "gathered", "mobilized", "mobilised", "rallied"}
)
"""Verbs whose object is a crowd: "the rally drew 12,000 people" counts protesters (only for a
generic head: "drew 300 delegates" keeps its delegates). The base form is left out: "hoped to
draw 50,000 people" is a target, not a crowd."""

RATE_WORDS: tuple[tuple[str, ...], ...] = (
    ("per", "day"),
    ("a", "day"),
    ("each", "day"),
    ("every", "day"),
    ("per", "week"),
    ("a", "week"),
    ("per", "month"),
    ("a", "month"),
    ("daily",),
)
"""After a figure's noun or verb, a rate: "5,000 migrants arrive per day" is not a level."""

CROWD_NOUNS = {**CROWD_NOUNS, "procession": "protesters", "vigil": "protesters"}
"""More gatherings: "police counted 28,000 people in the procession"."""

PARALLEL_OTHERS = frozenset({"others", "more"})
"""A head that repeats the noun of the figure before it: "destroyed 8,000 homes and damaged
20,000 others" counts homes."""

AGE_WORDS = frozenset({"ages", "aged", "age", "years", "year"})
"""An age, not a count: "between ages 10 and 18", "aged 10 to 18", "18 years old"."""

CLASS_WORDS = frozenset({"jss", "sss", "jhs", "shs", "grade", "primary", "form"})
"""A school class name, not a count: "pupils of JSS 3", "grade 5"."""

COLLECTIVES: dict[str, frozenset[str]] = {
    "unions": frozenset({"union", "unions", "workers", "labour", "labor", "syndicate"}),
    "trade unions": frozenset({"union", "unions", "workers", "labour", "labor", "syndicate"}),
    "labor unions": frozenset({"union", "unions", "workers", "labour", "labor", "syndicate"}),
}
"""A generic collective source (folded, no articles) → words that name one of its members
("the unions" and "the Transport Workers Union" in one text are one source: scan never sets
them against each other)."""
OWN_FINDING: tuple[tuple[str, ...], ...] = (
    ("register", "shows"),
    ("register", "showed"),
    ("register", "has", "shown"),
    ("registers", "show"),
    ("records", "show"),
    ("records", "showed"),
    ("records", "seen", "by"),
    ("our", "reporter"),
    ("our", "reporters"),
    ("our", "correspondent"),
    ("our", "count"),
    ("our", "tally"),
    ("this", "newspaper"),
    ("a", "tally", "by"),
)
"""Words (folded) saying an unattributed figure is the outlet's own finding ("the school's
register has shown", "one of our reporters gathered", "a tally by this newspaper"): in a
sentence with no other source, the figure is the outlet's claim, compared as any other."""
TOTAL_BEFORE: tuple[tuple[str, ...], ...] = (("a", "total", "of"), ("total", "of"), ("in", "total"))
"""Words right before a figure that make it the total of the figures before it in its
sentence ("303 students and 12 staff, for a total of 315"): those are its parts."""
TOTAL_AFTER: tuple[tuple[str, ...], ...] = (("in", "all"), ("in", "total"), ("altogether",))
"""Words right after a figure (or its noun) that make it such a total ("315 in all")."""
SECTORS = frozenset(
    {"agriculture", "industry", "construction", "transport", "banking", "education"}
    | {"health", "services", "commerce", "retail", "manufacturing", "mining", "energy"}
    | {"sector", "sectors", "fishing", "hospitality", "metalworking", "textiles"}
)
"""Heads of a sector phrase after a figure ("88% in transport", "in the public sector"): the
figure is the sector's part of its source's overall figure, never a rival of it."""
SECTOR_LINKS = frozenset({"in", "for", "among"})
"""Words that open a sector phrase right after a figure."""


# --- u-claimant: who speaks (round 4) ----------------------------------------------------------

MEDIA_WORDS = frozenset(
    {"herald", "times", "post", "tribune", "gazette", "journal", "newspaper", "daily", "news"}
    | {"chronicle", "telegraph", "observer", "radio", "television", "tv", "broadcaster", "afp"}
    | {"reuters", "ap", "bbc", "cnn", "xinhua", "efe", "newswire", "wire", "tass", "ria"}
)
"""The last word of a news outlet's name ("The Daily Herald", "state radio", "AFP"): an outlet
that reports what another source counted only relays it ("The Daily Herald reported that
organizers counted 80,000": the organizers' figure)."""

FIGURE_WORDS = frozenset(
    {"figure", "figures", "toll", "tolls", "number", "numbers", "total", "estimate", "estimates"}
    | {"crowd", "turnout", "percent", "dead", "killed", "injured", "missing", "million"}
)
"""Words of a sentence that is about a figure: the source of such a sentence may go on to the
next one ("The ministry updated its toll. Another 12 people died …"); a source that said
something else lends none to the outlet's own sentence after it."""

REPORTED_SAY = frozenset({"says", "say", "claims", "claim", "speaks", "speak", "talks", "talk"})
"""Present-tense saying inside a quote whose subject opens the quote ("'The government says
116 were freed,' she said"): the speaker reports another source's figure."""

ANAPHOR_HEADS = frozenset({"group", "organization", "organisation", "ngo", "monitor", "watchdog"})
"""Nouns that point back to the org the text introduced with them ("the rights group Ventana
Libre … the group counted 43"): the nearest org introduced as such, not the last org named."""

TARGET_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("hoped", "to"), ("hope", "to"), ("hopes", "to"), ("hoping", "to"), ("aim", "to")}
    | {("aims", "to"), ("aimed", "to"), ("expected", "to"), ("expect",), ("expects",)}
    | {("will", "draw"), ("will", "bring"), ("would", "draw"), ("target", "of"), ("goal", "of")}
    | {("will", "attend"), ("are", "expected"), ("is", "expected")}
)
"""A target, not a count of what happened ("organizers had hoped to draw 50,000", "50,000 are
expected"): the number is pledged (a promise or goal), whatever it counts."""

SAY_VERBS = SAY_VERBS | frozenset({"hoped", "hopes", "expect", "expects"})
"""Who hoped for or expects a figure gives it (as a target): "Organizers had hoped to draw
50,000"."""

SAY_VERBS = SAY_VERBS | frozenset({"highlighted", "argued", "argues", "stressed", "mentioned"})
"""More verbs of saying: "the employers' group argued that turnout was below 15%"."""

REPORTED_SAY = REPORTED_SAY | frozenset({"reports", "states", "insists", "counts"})
