"""English rule tables for the extractor: plain data, folded (lower case, no accents).

Every table maps a word or a space-separated phrase to what it means for a claim. The
extractor reads phrases token by token, so a phrase here is matched as a token sequence.
"""

from __future__ import annotations

from discrepancy.claim import Status
from discrepancy.extraction import conjugate

# --- who: attribution ---------------------------------------------------------------------

SAY_VERBS = frozenset(
    """
    according acknowledged added adds alleged announce announced announces asserted asserting
    authorised authorized authorizes calculated claim claimed claims confirm confirmed confirms
    counted counts decided decides denounced disclosed discloses documented documents estimate
    estimated estimates explained find finds found insist insisted insisting insists issued
    listed lists logged lowered maintained maintains note noted notes pledged pledges posted
    promised promises put puts raised reckoned recorded records registered report reported
    reporting reports revealed reveals revised said say saying says stated states stating
    tallied tallies tells told tweeted updated verified verifies warned warns wrote
    """.split()
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

ORGANIZER_NOUNS = frozenset({"organizers", "organisers", "convenors", "conveners"})
"""Session 13 (h-who-es): those who called an event, by their role ("organizers put the crowd
at 2 million"): the body the text said called or organized it, when it names one only."""
CONVENE_VERBS = frozenset({"organized", "organised", "called", "convened", "organizes"})
"""Session 13: verbs whose subject called the event ("the Women's Coalition organized the
march")."""
CONVENED_BY = frozenset({"organized", "organised", "called", "convened"})
"""Session 13: participles whose agent ("by X") called the event ("the march, organized by
the Women's Coalition")."""
SUBJECT_RELATIVES: frozenset[str] = frozenset()
"""Session 13 (h-who-es): relatives of a person after a comma read as a verb of saying's
place (Spanish "…, quien dijo"); English "who" keeps the antecedent reader: none."""
OWNER_JOINERS = frozenset({"of", "the"})
"""Session 13 (h-who-es): what joins a body to its owner or place ("the Attorney General of the
state")."""
DAY_OPENERS = frozenset({"on", "this", "last"})
"""Session 13: what precedes a weekday between a verb of giving and its object ("gave on
Monday a new toll")."""
RELEASE_OBJECT_MARKERS: frozenset[str] = frozenset()
"""Session 13: what may stand between an act of release and its object (Spanish "liberó a
300"); English needs none."""
PERFECT_AUXILIARIES = frozenset({"have", "has", "had"})
"""Session 13: the auxiliary of an act of release done right before its object ("has freed
300")."""
CONTRAST_THAT: frozenset[str] = frozenset()
"""Session 13: a "that" after a contrast before a "for" source (Spanish "mientras que"): none."""
RELATIVE_VERB_SKIP: frozenset[str] = frozenset()
"""Session 13: words between a relative "que" and its verb (Spanish rule): none."""
NOT_RELATIVE_BEFORE = frozenset({",", "that"})
"""Session 13: before "that", what makes it no relative on a noun."""
RELATIVE_THAT: frozenset[str] = frozenset()
"""Session 13: the relative that opens a clause on a noun (the Spanish rule reads "que" only:
English "that" is as often a verb's complement)."""
OWNER_PLACE_NOUNS = frozenset({"state", "country", "county", "province", "district"})
"""Session 13 (h-who-es): lowercase nouns that end a body's name after "of (the)" ("said the
Attorney General of the state"): part of the name, not where it ends."""
FOR_SOURCE_OPENERS = frozenset({";", "while", "but", "whereas"})
"""Session 13 (h-who-es): what opens the clause of a "for X" source besides a comma ("…; for
the police, 12,000")."""
AS_SAID_OPENERS: frozenset[str] = frozenset()
"""Session 13 (h-who-es): a word before a verb of saying whose subject follows it, naming the
source of the figure before ("y no 2.800, como lo afirmaron varias ONG"). English puts the
subject first ("as the ministry said"), which the subject reader already reads: none."""
AS_SAID_SKIP = frozenset({"already"})
"""Words between such an opener and its verb of saying."""

BY_REPORT = frozenset(
    """
    analysis audit census count data figures investigation report review statement study survey
    tally
    """.split()
)
"""Nouns whose "by X" names the claimant: "a report by Foro Penal found"."""

FIRST_PERSON = frozenset({"our", "we", "us"})

PRONOUNS = frozenset({"it", "its", "they", "their", "he", "she", "his", "her", "them"})

DESCRIPTOR_WORDS = frozenset(
    """
    's a activists advocacy advocates agency aid an another association body campaigners charity
    chief civil coalition collective committee coordinator director executive foundation founder
    group groups head human humanitarian independent international its leading legal local
    local-rights member members monitor monitoring monitors national network new ngo ngos non
    non-profit nonprofit observatory of opposition organisation organisations organization
    organizations platform president prisoner prisoners profit regional relief rights
    rights-group rights-monitoring s separate society spokesman spokesperson spokeswoman
    supporting that the their this watchdog
    """.split()
)
"""Words of a descriptive mention that names no org ("a local rights monitoring group")."""

PLURAL_DESCRIPTORS = frozenset(
    """
    activists advocates campaigners doctors groups lawyers leaders media members monitors ngos
    officers organisations organisers organizations organizers parents police protesters
    relatives rescuers residents sources students unions volunteers witnesses
    """.split()
)

GOVERNMENT_HEADS = frozenset(
    """
    administration authorities cabinet government junta minister ministry official officials
    presidency regime
    """.split()
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
    """
    are behind currently held languish languishing remain remained remains still
    """.split()
)
"""Words that make a count of detained people a level (a stock), not a flow."""

STOCK_PHRASES: tuple[tuple[str, ...], ...] = (
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
    """
    a an count decline decrease drop fall growth in increase jump number of reduction rise surge
    the total
    """.split()
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
    "believed": Status.ESTIMATED,  # session 11: "monitors believed only 38 percent had voted"
    "believe": Status.ESTIMATED,
    "believes": Status.ESTIMATED,
    "reckoned": Status.ESTIMATED,
    "reckons": Status.ESTIMATED,
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
    """
    actually already are be been being far had has have is now reportedly so was were
    """.split()
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
    """
    and as between by early from last late of on past since the this to until
    """.split()
)

# --- what is not a claim ------------------------------------------------------------------

DURATION_UNITS = frozenset(
    """
    am centuries century day days decade decades hour hours hrs mins minute minutes month months
    o pm second seconds week weeks year years yr yrs
    """.split()
)
MONEY_WORDS = frozenset(
    """
    acres barrels bitcoin bolivares bolivars cents dollar dollars eur euro euros feet francs
    hectares kg kilograms kilometers kilometres km liters litres meters metres miles percent
    pesos points pounds reais rubles seats soles times tonnes tons usd yuan
    """.split()
)
"""Units after a number that make it something other than a count of people."""

MONEY_SIGNS = frozenset({"$", "€", "£", "¥", "us$", "bs"})
ID_WORDS = frozenset(
    """
    age aged ages article articles case category chapter code decree ext flight grade id item
    law level model no number page paragraph phone resolution room route section tel term
    version
    """.split()
)
"""Words before a number that make it an id, an age or an article number."""

SKIP_BEFORE_NUMBER = frozenset(
    """
    a additional all another further its of some the their these those total
    """.split()
)

FUNCTION_WORDS = frozenset(
    """
    a according across after also altogether among an and are as at be been before between but
    by could did do does during each for from had has have here ho if in in-total including into
    is it just last may might more nationwide no not now of on only or out over overall people's
    per remain remained should since so still than that the them there these they this those
    throughout to today too total under until up was were when where which while who whom whose
    will with worldwide would yesterday
    """.split()
)
"""Words that cannot be the counted noun: after a number they mean the noun is elided."""

CLAUSE_OPENERS = frozenset(
    """
    after although amid as because before but despite following including since though unlike
    when where whereas which while who whom with
    """.split()
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
    # session 12 (h-what): "24 millones de españoles votaron" in a text naming no place
    "espanol": ("Spain", "Spanish"),
    "espanola": ("Spain", "Spanish"),
    "espanoles": ("Spain", "Spanish"),
    "espanolas": ("Spain", "Spanish"),
    "spaniards": ("Spain", "Spanish"),
}
for _word, _country in _COUNTRY_ADJECTIVES.items():
    COUNTRIES.setdefault(_word, _country)

NOT_NAMES = frozenset(
    """
    about according acting after all almost already also although and another around as at both
    but by christmas currently day during each eve even every few follow for former from he here
    how however if in interim it its just last less many meanwhile more most nearly new next no
    not now of on once only or other over please president several she sign since so some still
    subscribe such that then there these they this those to today tomorrow we what when where
    which while who why with year years yesterday yet
    """.split()
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

TITLE_RANK_OFFICES: dict[str, str] = {
    "prime minister": "Prime Minister's Office",
    "chief minister": "Chief Minister's Office",
    "first minister": "First Minister's Office",
}
"""A title whose complement is a rank, not a portfolio: its holder speaks for their own
office ("Prime Minister Ana Lima" → "Prime Minister's Office", never a "Prime Ministry")."""

ROLE_WORDS = frozenset(
    """
    administrator chair chairman chairwoman chief commander commissioner coordinator director
    founder head leader official president representative secretary secretary-general spokesman
    spokesperson spokeswoman superintendent
    """.split()
)
"""A title whose holder speaks for the organization named after it ("the director of the
Red Cross" → the Red Cross)."""

NOT_CLAIMANTS = frozenset(
    """
    according after also at before breaking by crowd crowds during earlier families for from
    furthermore however in later meanwhile moreover of on original overall photo since so still
    then thus today together united update updated video with yesterday
    """.split()
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
    """
    are attended died gathered joined march marched participated rallied remain remained showed
    struck take took turned walked were
    """.split()
)
"""Verbs that follow a number whose noun is left out ("more than 100,000 took part"):
the number counts what its context counts."""

NOT_COUNT_BEFORE = frozenset(
    """
    age aged ages category channel chapter decade episode flight grade level magnitude measured
    measuring multiplied old page phase rate ratio room round route score scored season size
    stage times young
    """.split()
)
"""A word just before a number (or before "as"/"above"/"over" and the number) that makes it
no count of people: magnitudes ("magnitude 7.1"), ages ("aged 60", "as young as 5"), ranks,
pages, factors."""

NOT_COUNT_AFTER = frozenset(
    """
    degrees fold magnitude nd rd richter st th times years-old
    """.split()
)
"""A word just after a number that makes it no count of people ("6.9 on the Richter scale"
is read through "richter" two words on; "3 times")."""

REVISION_VERBS = frozenset(
    """
    changed climbed climbs declined decreased down dropped drops fallen falls fell grew
    increased increases jumped lowered moved raised revised risen rises rising rose soared up
    updated went
    """.split()
)
"""Verbs before "from A to B" that make it a revision (two figures, the later one replacing
the earlier), not a range: "the toll rose from 9 to 12"."""

# --- who: verbs and subjects added in round 2 (x-claimant) -----------------------------------

SAY_VERBS = SAY_VERBS | frozenset(
    """
    detailed estimating evacuated indicated indicates rescued specified stressed telling
    """.split()
)
"""Whoever rescues or evacuates N people is the source of that count ("The coast guard
rescued 91 people")."""

SAY_VERBS = SAY_VERBS | frozenset(
    """
    declared declares declare affirmed reiterated conceded believe believes believed
    """.split()
)
"""Session 11: more verbs of saying ("the election board declared that turnout was 61.2
percent": the board speaks, not the agency that reported it)."""
IMPERSONAL_SAY: frozenset[str] = frozenset()
"""Session 13 (h-who-es): verbs of believing or saying with no subject after an impersonal
"se" (Spanish "que se creía"); English says "it was believed", which names no subject either
way: none."""

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
    """
    boats bridges buildings cars communities councils factories families homes households houses
    municipalities roads schools shelters ships towns trucks unions vehicles vessels villages
    """.split()
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
    ("this", "new"),  # "this new finding was shared by the WHO"
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
    # session 11: a stated goal is a promise, whatever it counts ("a goal of resettling 10,000
    # refugees", "the target is to admit 45,000")
    **dict.fromkeys(
        (
            ("goal", "of"),
            ("target", "of"),
            ("objective", "of"),
            ("goal", "is", "to"),
            ("target", "is", "to"),
            ("aim", "is", "to"),
            ("objective", "is", "to"),
            ("goal", "was", "to"),
            ("target", "was", "to"),
            ("commitment", "to"),
            ("pledge", "to"),
        ),
        Status.PLEDGED,
    ),
}
"""Statuses only the number right after the phrase takes (at most two words after it):
identifying victims, or giving their names, documents them; a stated goal or commitment is a
promise (pledged); no other number of the clause."""

# --- who: agents and heads, round 3 (x-claimant) ------------------------------------------------

AGENT_VERBS = frozenset(
    {"arrested", "detained", "treated", "rescued", "evacuated", "identified"}
    # session 11: who resettles, admits, relocates or deports N people gives that number
    | {"resettled", "admitted", "relocated", "deported", "expelled", "vaccinated"}
)
"""Who arrests, detains, rescues or treats N people gives that number ("Police arrested 40
people"): the source only where the number is the verb's object, right after it."""

SAY_VERBS = SAY_VERBS | AGENT_VERBS | frozenset({"pointed", "noted", "speaks", "spoke"})

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"firefighters", "paramedics", "medics"})

GENERIC_HEADS = {**GENERIC_HEADS, "guard": ("guard",), "embassy": ("embassy",)}
GENERIC_HEADS = {
    **GENERIC_HEADS,
    "defence": ("defence", "defense"),
    "defense": ("defense", "defence"),
    "protection": ("protection",),
}
"""g-who: "the civil defence said", "civil protection": the emergency body by its head."""

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
    """
    aboard applicants ballots bandits cadets campers candidates climbers combatants commuters
    conscripts convicts crew defendants deputies diplomats drivers elderly electorate executions
    expatriates expats fans fathers firefighters fishermen gangsters gendarmes graduates guards
    herders hikers humanitarians immigrants infections jihadists kids laborers labourers
    lawmakers legislators locals loyalists mayors medics militiamen missionaries monks mothers
    newborns nomads nuns orphans paramedics paramilitaries parents peacekeepers peasants
    pensioners personnel picketers pilots policemen policewomen population priests pupils
    relatives rescuers reservists retirees returnees sailors schoolboys schoolchildren
    schoolgirls senators seniors separatists servants settlers shepherds siblings smugglers
    spectators suspects swimmers toddlers tourists traffickers travelers travellers truckers
    unionists veterans villagers visitors volunteers votes widows workforce worshippers
    """.split()
)
"""More nouns that count people ("almost a third of civil servants", "at least four
executions"); "electorate" is the people registered to vote ("half of the electorate")."""

NOT_PEOPLE = NOT_PEOPLE | frozenset(
    """
    acres aftershocks attacks beds booths camps centers centres charges cities clinics
    constituencies counties countries demonstrations districts doses earthquakes events flights
    hectares hospitals incidents institutions organisations organizations pages points precincts
    protests provinces rallies regions seats states stations tents tonnes tons tremors
    """.split()
)
"""More heads that count places, events or things: "in at least five states", "over 200
demonstrations", "a drop of five points", "won 30 seats"."""

NOT_PEOPLE = NOT_PEOPLE | frozenset(
    """
    aircraft airports apartments branches buses businesses churches classrooms companies
    counts deals depots dwellings firearms firms flats garages guns helicopters indictments
    kilograms kilos lawsuits livestock mills mines mosques offices parishes planes plants
    ports raids requests rifles rounds searches shops sites stores structures temples
    transactions wards warehouses warrants weapons
    """.split()
)
"""g-what: heads of the business, crime and disaster news that count things, never people:
"walked out at 12 plants", "seized 40 firearms", "charged on 26 counts", "320 garages"."""

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
    """
    hit numbered passed reached reaches stands stood surpassed topped totaled totalled totals
    """.split()
)
"""Verbs that give the level a count has reached, its noun before them: "measles cases rose
to 1,240", "arrests reached 300" (with ``REVISION_VERBS``)."""

SURPASSING_HEDGE_VERBS = frozenset({"surpassed", "exceeded", "exceeds", "exceeding"})
"""Session 10 (g-cases): verbs the numbers stage reads as a figure's hedge ("surpassed 1,200":
more than 1,200); the figure's subject stands before them, as before a level verb ("cases
surpassed 1,200"; it was dropped, or given the event of an earlier clause)."""

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
"""Participles of being on a roll: with a roll word in the sentence ("9 million registered
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

EVENT_PHRASES = {
    **EVENT_PHRASES,
    **dict.fromkeys(
        [
            ("abandon", "their", "homes"),
            ("abandoned", "their", "homes"),
            ("forced", "from", "their", "homes"),
            ("driven", "from", "their", "homes"),
            ("forced", "out", "of", "their", "homes"),
        ],
        "displaced",
    ),
}
"""g-what: leaving one's home under force is displacement ("13,000 people were forced to
abandon their homes")."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("been", "accounted", "for"): "accounted_for",
    ("are", "accounted", "for"): "accounted_for",
    ("were", "accounted", "for"): "accounted_for",
}
"""Session 10 (g-cases): "120 have been accounted for" counts people found, never the missing
("unaccounted for") the sentence names beside them. The active "accounted for" is read only
right before its figure (`FOUND_GOVERNORS`): "women accounted for 30% of the victims" is a
share."""

DISPLACED_OUTCOME_VERBS: dict[str, str] = {
    "returned": "returnees", "repatriated": "returnees", "resettled": "migrants",
}  # fmt: skip
"""Session 10 (g-cases): the verb after a noun of displaced people that says they went home
("4,500 refugees have returned") or were resettled ("900 refugees were resettled to Norway":
admitted, the registry's `migrants`). See `counted_returns.py`."""

DISPLACED_OUTCOME_SKIP = frozenset(
    {"have", "has", "had", "were", "was", "been", "since", "already", "voluntarily", "who"}
)
"""Words between such a noun and its verb ("have since voluntarily returned")."""

FOUND_GOVERNORS: frozenset[tuple[str, ...]] = frozenset({("accounted", "for")})
"""Session 10 (g-cases): words right before a figure that make it the people found ("rescuers
have accounted for 195 people"), unless the figure is a share or a part ("30% of", "30 of")."""

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
"""More gatherings: "marshals counted 9,500 people in the procession"."""

TOPIC_HEADS = frozenset({"others"})
"""g-what (counted_topic.py): heads that say only "people": with no event of their own, their
figure counts what the figure before it counts ("four others", "2,000 individuals")."""

PARALLEL_OTHERS = frozenset({"others", "more"})
"""A head that repeats the noun of the figure before it: "destroyed 8,000 homes and damaged
20,000 others" counts homes."""

AGE_WORDS = frozenset({"ages", "aged", "age", "years", "year"})
"""An age, not a count: "between ages 10 and 18", "aged 10 to 18", "18 years old"."""
AGE_BOUNDS = frozenset({"under", "over", "below", "above", "aged"})
"""g-what (ages.py): words that bound the age of the people named before them ("children
under five")."""
AGE_COMPARATIVES = frozenset({"younger", "older"})
"""g-what: "younger / older than N" is always an age."""
AGE_HOLDERS = frozenset(
    """
    children kids babies infants toddlers boys girls adults teenagers youths minors pupils
    students patients people persons those victims women men
    """.split()
)
"""g-what: nouns of people whose age an age bound may follow ("adults over 60")."""
APPOSITION_HOLDERS = frozenset(
    """
    man woman boy girl wife husband son daughter mother father brother sister suspect victim
    driver teacher student pupil nurse doctor officer soldier worker farmer pilot passenger
    defendant accused gunman shooter survivor resident
    """.split()
)
"""g-what (ages.py): singular nouns of a person an age in apposition follows ("his wife, 39,")."""
APPOSITION_NOT_AFTER = frozenset(
    {"in", "at", "from", "to", "near", "of", "across", "towns", "cities", "districts"}
)
"""g-what: words before a name that make it a place ("in Nova Lima, 45, died")."""
DIRECT_CHANGE_VERBS = frozenset(
    """
    rose fell climbed dropped declined decreased increased jumped soared grew slid slumped
    plunged surged gained lost rises falls climbs drops grows jumps up down
    """.split()
)
"""g-what: verbs right before a percentage that make it a change, not a share ("prices rose
5%", "turnout fell 12 percent"; "rose to 60%" is a level)."""
RATE_OF_THINGS = frozenset(
    """
    fatality mortality lethality positivity inflation interest growth birth occupancy
    vacancy poverty
    """.split()
)
"""g-what (noncounts.py): qualifiers of a rate that is no share of people counted ("a case
fatality rate of 2%", "the inflation rate of 8%")."""
ID_WORDS = ID_WORDS | frozenset({"mile", "exit", "gate", "platform", "pier"})
"""g-what: "near mile 45", "exit 12": a place on a road, not a count."""

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

NEWS_AGENCIES = frozenset(
    {"ani", "pti", "ians", "upi", "dpa", "ansa", "kyodo", "yonhap", "anadolu", "bernama"}
    | {"irna", "isna", "wafa", "sana", "interfax", "afp", "efe", "xinhua"}
)
"""h-who-en: news agencies by their short names ("…, reported ANI", "AFP reported"): an
agency that closes a sentence relays the clause before it, whose subject gave the figure."""

MEDIA_WORDS = frozenset(
    {"herald", "times", "post", "tribune", "gazette", "journal", "newspaper", "daily", "news"}
    | {"chronicle", "telegraph", "observer", "radio", "television", "tv", "broadcaster", "afp"}
    | {"reuters", "ap", "bbc", "cnn", "xinhua", "efe", "newswire", "wire", "tass", "ria"}
    | NEWS_AGENCIES
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
    | {("will", "draw"), ("will", "bring"), ("would", "draw")}
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

# --- w-spokes: the source named in the figure's own sentence (round 6, audit 3 P1) ----------

ASIDE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("however",),
    ("meanwhile",),
    ("though",),
    ("too",),
    ("in", "turn"),
    ("for", "its", "part"),
    ("for", "his", "part"),
    ("for", "her", "part"),
    ("for", "their", "part"),
    ("on", "the", "other", "hand"),
)
"""A discourse aside set off by commas between a subject and its verb ("A spokesman for the
army, however, told reporters"): the subject before it still speaks."""

DISPUTE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("cast", "doubt", "on"),
    ("casting", "doubt", "on"),
    ("challenged",),
    ("challenging",),
    ("contested",),
    ("contesting",),
    ("denied",),
    ("disputed",),
    ("disputing",),
    ("questioned",),
    ("questioning",),
    ("rejected",),
    ("rejecting",),
    ("rejects",),
)
"""Verbs whose object is a figure someone else gave ("The union disputed the police count of
8,000"): the figure of the object is not the disputing body's. Not "questions" / "disputes",
which are nouns as often ("questions about the 40 deaths")."""

SAY_VERBS = SAY_VERBS | frozenset(p[0] for p in DISPUTE_PHRASES if len(p) == 1)
"""Who disputes a figure speaks: "The union disputed the count of 8,000 and said 30,000"
gives the union's 30,000 (the disputed 8,000 is someone else's)."""

# --- v-clause: the clauses of a contrast, each with its own source (round 5, audit 2 P1) -------

CLAUSE_WITH_VERBS = frozenset(
    {"claiming", "counting", "estimating", "giving", "placing", "putting", "reporting", "saying"}
)
"""The -ing verbs of an absolute clause that gives a second source: "with organizers saying
25,000"."""
CLAUSE_FIGURE_NOUNS = frozenset({"figure", "figures", "number", "numbers", "total", "tally"})
"""Figure nouns that open a clause after a comma: "12 %, a figure that unions raise to 80 %"."""
CLITIC_SAY_VERBS: frozenset[str] = frozenset()
"""Verbs that give a figure only with an object pronoun before them (Spanish "lo deja en")."""
SAY_VERBS = SAY_VERBS | frozenset({"claiming", "placing", "published", "publishes", "putting"})
"""Verbs of a source in a contrast: "with a general claiming over 300 and the group putting
it at 416", "the group published that at least 400 died"."""
CLAIMANT_REPORT_NOUNS = frozenset({"count", "data", "figures", "information", "numbers", "tally"})
"""Report nouns before a source that are not part of its name: "figures from the health
ministry" → the health ministry."""
NOT_CLAIMANTS = NOT_CLAIMANTS | frozenset({"you"})
"""A hypothetical "You'd expect 2,000 people" names nobody."""
BODY_NOUNS = frozenset({"body", "entity", "institution"})
"""Generic body nouns that name their owner after "of": "the body of the government" is the
government body named earlier."""
BODY_ANAPHOR_DETERMINERS = frozenset({"this", "that"})
"""Session 13 (h-who-es): determiners of a generic body noun that refers back to the body named
before ("That body said", "this institution reported"): the last one that spoke or was named."""
SAME_WORDS = frozenset({"same"})
"""Session 13: "the same source": the source that just spoke."""
SAME_SOURCE_NOUNS = frozenset({"source", "sources"})
"""Session 13: source nouns that refer back only with "same"."""
BODY_OWNERS = frozenset({"state", "government", "public", "official", "governmental"})
"""Session 13: what follows or precedes a generic body noun without naming anyone ("that state
body"): what kind of body it is, not which."""

HEAD_KINDS: dict[str, tuple[str, ...]] = {
    "agency": ("intergovernmental", "government", "official"),
    "group": ("ngo",),
    "organization": ("ngo", "intergovernmental"),
}
"""A generic head with no name holding it refers to the last org named whose registry kind
it names: "the agency" after "UNHCR", "the rights group" after "Amnesty International"."""
DOCUMENT_NOUNS = frozenset({"document", "report", "study", "survey"})
"""A document that stands for the body that issued it: "The report says …", "According to the
document, …" go on with the body named as its author."""
GENERIC_HEADS = {**GENERIC_HEADS, **{w: (w,) for w in DOCUMENT_NOUNS}}
RELEASE_VERBS = frozenset({"presented", "presents", "released", "releases"})
"""Verbs that name a source only with a report as their object: "X released its report"."""

# --- v-metric: the clause's event says what "people" counts (round 5, audit 2 P2) -------------

EVENT_WORDS = {**EVENT_WORDS, "abducting": "hostages"}
"""An event that names its figure whatever its noun: "abducting 30 villagers"."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("taken", "away"): "hostages",
    ("took", "away"): "hostages",
}
"""'Gunmen took away 52 people': an abduction."""

GENERIC_EVENTS: dict[str, str] = {
    "affected": "affected",
    "kidnapping": "hostages",
    **dict.fromkeys(["arrive", "arrived", "arrives", "arriving", "landed"], "migrants"),
    **dict.fromkeys(["assembled", "attend", "attendance", "attending", "attends"], "protesters"),
    **dict.fromkeys(["evacuate", "evacuated", "evacuation", "evacuations"], "evacuated"),
    **dict.fromkeys(["vote", "voted", "voting"], "voters"),
}
"""Words that say what a generic head ("people", "individuals") counts in its own clause,
without changing a named head ("500 migrants arrived" still counts migrants): "about 900
people arrived on the island", "12 million people would be affected", "3,000 residents were
evacuated" ("evacuated homes" are not people), "114 million people had voted"."""

GENERIC_EVENT_PHRASES: dict[tuple[str, ...], str] = {
    ("cast", "ballots"): "voters",
    ("cast", "their", "ballots"): "voters",
    ("in", "the", "streets"): "protesters",
    ("on", "the", "streets"): "protesters",
    ("showed", "up"): "protesters",
    ("turned", "up"): "protesters",
}
"""Phrases of a crowd: "some 5,000 people showed up", "40,000 people in the streets"."""

GENERIC_EVENT_PHRASES = {
    **GENERIC_EVENT_PHRASES,
    **dict.fromkeys(
        [
            ("in", "shelters"),
            ("into", "shelters"),
            ("in", "temporary", "shelters"),
            ("into", "temporary", "shelters"),
            ("in", "evacuation", "centers"),
            ("in", "evacuation", "centres"),
            ("in", "relief", "camps"),
        ],
        "sheltered",
    ),
}
"""g-what: people a clause puts in shelters ("3,000 people were in shelters", "forced 900
residents into shelters") are the sheltered, whoever they are."""

VOTING_WORDS = frozenset({"ballot", "election", "elections", "polls", "referendum", "vote"})
ATTEND_WORDS = frozenset(
    {"attend", "attended", "attending", "joined", "participated", "showed", "turned", "turnout"}
)
"""Words of coming or taking part (not of protesting): with a vote, those who came voted."""
"""A vote in the sentence: the people who turned out for it are voters, not a crowd."""

ID_WORDS = ID_WORDS | frozenset({"highway", "interstate", "motorway", "road", "terminal"})
"""A number that names a road or a terminal ("Road 66"), not a count of people."""

CHAMBER_WORDS = frozenset(
    {"bill", "chamber", "congress", "house", "lawmakers", "legislators", "mps", "parliament"}
    | {"senate", "senators"}
)
"""A chamber that votes: its votes ("234 votes to 190") are not people."""

CHAMBER_VOTE_WORDS = frozenset(
    {"abstentions", "against", "approved", "favor", "favour", "passed", "rejected", "voted"}
)
"""Words of a vote in a chamber ("in favor", "against", "passed", "approved")."""

VOTE_HEADS = frozenset({"ballots", "votes"})
"""Heads of a figure of votes."""
# --- v-scope: where a count is (audit2 P3) ----------------------------------------------------

NAME_BEFORE_PLACE = frozenset(
    {"accord", "accords", "agreement", "treaty", "protocol", "declaration", "convention"}
    | {"radio", "tv", "television", "newspaper", "gazette", "university", "college"}
)
"""A capitalised word right before "of" (or "de") and a place, that makes the place part of a
name ("the Treaty of Paris", "the University of Texas", "Radio Caracas"): a name, not where a
count is."""

NAME_AFTER_PLACE = frozenset(
    {"times", "post", "herald", "tribune", "journal", "gazette", "chronicle", "daily"}
    | {"star", "sun", "courier", "examiner", "observer", "telegraph", "news", "mail", "globe"}
    | {"press", "radio", "tv", "university", "accords", "accord", "agreement", "protocol"}
)
"""A capitalised word right after a place that makes it part of an outlet's or an agreement's
name ("the Los Angeles Times", "the Oslo Accords"): a name, not where a count is."""

OTHER_EVENT = frozenset(
    {"next", "own", "plans", "planned", "planning", "tomorrow", "upcoming", "separately"}
)
"""Words of a later sentence about another event ("Next month Paris plans its own march"):
its place never scopes a figure before it."""

PLACE_NOUNS = frozenset(
    {"town", "village", "city", "municipality", "district", "county", "province", "township"}
    | {"hamlet", "community", "port", "island"}
)
"""Nouns that, with "of", announce a town's name after them ("the town of Kagara", "the port
of Durres": h-where)."""

PLACE_NOUNS_AFTER = frozenset(
    {"district", "county", "province", "municipality", "governorate", "prefecture", "township"}
    | {"region"}
)
"""Nouns that make the capitalised name before them a place ("Vubwi district")."""

PLACE_NAME_INSIDE: frozenset[str] = frozenset()
"""Lower-case words that may stand inside a place name (none in English)."""

NOT_PLACE_NAMES = frozenset(
    {"school", "police", "electoral", "congressional", "judicial", "military", "health"}
    | {"business", "financial", "historic", "central", "federal", "capital", "water", "fire"}
    | {"unified", "independent", "the", "a", "an", "this", "that", "its", "their", "his"}
    | {"her", "every", "each"}
)
"""Capitalised words that never start a place name before "district" ("School District")."""

LOCAL_QUALIFY_JOINS = frozenset(
    {"district", "county", "municipality", "in", "of", "the", "state", "province", "northern"}
    | {"southern", "eastern", "western", "central"}
)
"""Words between a town and the known place written after it ("Kagara in Niger state")."""

PLACE_QUALIFY_JOINS = LOCAL_QUALIFY_JOINS | frozenset(
    {"town", "village", "region", "northwestern", "northeastern", "southwestern"}
    | {"southeastern", "a", "an", "small", "city"}
)
"""Words between a place and the place that holds it ("Iloilo province in the western
Philippines")."""

PLACE_LIST_JOINS = frozenset({"with", "at", "had"})
"""Words that may join a place to the number after it in a list entry ("Lara with 12")."""

PLACE_HEAD_JOINS = PLACE_LIST_JOINS | frozenset(
    {"where", "more", "than", "about", "some", "around", "nearly", "almost", "over"}
)
"""Words that may stand between a place and the number it heads ("Calais, where some 5,000")."""

PLACE_HOLD_VERBS = frozenset({"is", "was", "has", "had", "remains", "accounts", "hosts", "houses"})
"""Verbs whose subject country holds the count ("Lebanon is home to 1.5 million")."""

POPULATION_NOUNS = frozenset(
    {"population", "workforce", "workers", "employees", "citizens", "electorate", "voters"}
    | {"residents", "adults", "households"}
)
"""Nouns of a whole population: with a national adjective after a figure ("16% of the Spanish
workforce", "of Spanish workers") the figure is the country's."""

NATIONAL_ADJECTIVES: dict[str, str] = {
    "american": "United States", "british": "United Kingdom", "french": "France",
    "german": "Germany", "italian": "Italy", "portuguese": "Portugal", "spanish": "Spain",
    "mexican": "Mexico", "brazilian": "Brazil", "argentine": "Argentina", "chilean": "Chile",
    "colombian": "Colombia", "peruvian": "Peru", "venezuelan": "Venezuela", "cuban": "Cuba",
    "nigerian": "Nigeria", "kenyan": "Kenya", "indian": "India", "pakistani": "Pakistan",
    "iranian": "Iran", "iraqi": "Iraq", "turkish": "Turkey", "greek": "Greece",
    "afghan": "Afghanistan", "ukrainian": "Ukraine", "russian": "Russia", "israeli": "Israel",
    "syrian": "Syria", "lebanese": "Lebanon", "sudanese": "Sudan", "ethiopian": "Ethiopia",
    "chinese": "China", "japanese": "Japan", "filipino": "Philippines", "haitian": "Haiti",
    "indonesian": "Indonesia", "canadian": "Canada", "ghanaian": "Ghana",
}  # fmt: skip
"""National adjectives (folded) and the country each names, for `POPULATION_NOUNS`."""

SAME_FIGURE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("a", "figure"), ("figure", "that"), ("figures", "that"), ("a", "number"),
    ("number", "that"), ("a", "count"), ("estimate", "that"),
)  # fmt: skip
"""A clause about the figure just named ("…16%, a figure the unions raised to 84%"): its
number counts the same thing, so it takes that figure's place."""
# --- status: round 5 (v-status) -----------------------------------------------------------------

NEGATIONS = frozenset(
    """
    aren cannot couldn didn doesn don failed hadn hasn haven isn never nor not unable wasn weren
    wouldn
    """.split()
)
"""Words that deny the status verb after them ("has not confirmed the 30 deaths", "could not
verify"): the number is not confirmed-class (nor announced)."""

NEGATION_SKIP = frozenset(
    """
    ' ’ able be been being can could did do does had has have independently is officially so
    still t to was were will would yet
    """.split()
)
"""Words that may stand between a negation and its verb ("did not yet confirm", "has not been
able to verify", "couldn't independently confirm")."""

MODALS = frozenset({"could", "might", "may"})
"""A possibility, not a pledge or a check ("officials confirmed the toll could reach 500",
"you'd expect 2,000"): a status verb before it lends the number nothing. The contracted "'d"
counts too; "would" and "will" do not ("said it would free 300" announces an act)."""

PERIPHRASES = frozenset({"managed", "able"})
"""Words before an infinitive that keep its status ("managed to document 112 cases")."""

STATUS_INFINITIVES: dict[str, Status] = {"document": Status.DOCUMENTED, "record": Status.REGISTERED}
"""Infinitives that are status verbs only after a periphrasis ("was able to record 40 cases");
"confirm" and "verify" are status words on their own."""

IMPERSONAL_COUNTS = frozenset[str]()
"""Spanish "se contaron 691": English has no impersonal "se"; its passives ("45 cases were
recorded") are status words already."""

COORDINATORS = frozenset({"and", "but", "while", "whereas", "although", "though", "yet", ";"})
"""Where a second clause starts ("A confirmed 41 and said 70 were missing"): a status verb of
one clause does not reach across it to a number that has a verb of its own."""

PLAN_MARKERS: frozenset[tuple[str, ...]] = frozenset(
    {("plans", "to"), ("plan", "to"), ("planned", "to"), ("planning", "to"), ("intends", "to")}
    | {("intend", "to"), ("intended", "to"), ("is", "to"), ("are", "to"), ("set", "to")}
    | {("will",), ("would",), ("going", "to"), ("agreed", "to"), ("agrees", "to")}
    | {("promised", "to"), ("pledged", "to"), ("vowed", "to"), ("decided", "to"), ("offered", "to")}
    | {("pledge", "to"), ("promise", "to"), ("commitment", "to"), ("vow", "to"), ("plan", "to")}
)
"""What comes before an act a source says it will do ("plans to evacuate 3,000", "agreed to
free 700"): with an act verb after it, the number is announced, whatever noun it counts."""

PLEDGE_NOUNS = frozenset({"commitment", "pledge", "promise", "vow"})
"""Nouns of a promise before a plan ("its pledge to release 700"): the number is pledged."""

ACT_VERBS = frozenset(
    """
    deport evacuate expel free pardon release relocate repatriate resettle transfer
    """.split()
)
"""Acts a source announces or pledges (an infinitive after a plan: "will release 500")."""

CONDITIONALS = frozenset({"if", "unless", "whether"})
"""A status verb in a condition ("if the reports are confirmed, the toll would rise to 40")
checks nothing: its number is neutral."""

CONDITIONAL_OPENERS = frozenset({"should", "were", "had"})
"""Inverted conditions, as a sentence's first word ("Should the figures be verified, …")."""

NOT_CONDITION_AFTER = frozenset[str]()
"""Words after a conditional that make it no condition (Spanish "si bien"); none in English."""

ACT_NOUNS = frozenset(
    """
    deportation deportations evacuation evacuations expulsion pardon pardoning release releases
    relocation repatriation resettlement transfer
    """.split()
)
"""Acts named as nouns before "of" and their number ("announced the release of 99"): an
announcement, authorization or pledge of such an act stays announced-class whatever noun
the number counts ("the release of dozens of opponents")."""

HEDGES = frozenset(
    """
    allegedly apparently believe believed believes presumably reportedly supposedly suspected
    thought understood understands
    """.split()
)
"""Words that hold a figure as belief, not as a check ("said it understood 85 had been
released", "reportedly 300"): a status verb or a release done before them in the number's
clause lends nothing."""

FUTURE_PASSIVES: frozenset[tuple[str, ...]] = frozenset(
    {("will", "be"), ("would", "be"), ("are", "to", "be"), ("is", "to", "be"), ("were", "to", "be")}
    | {("was", "to", "be"), ("are", "due", "to", "be"), ("is", "due", "to", "be")}
    | {("are", "set", "to", "be"), ("is", "set", "to", "be"), ("are", "expected", "to", "be")}
)
"""A future passive after the number ("300 prisoners will be released", "500 are due to be
freed"): with an act participle after it, the number is announced."""

ACT_PARTICIPLES = frozenset(
    """
    deported evacuated expelled freed pardoned released relocated repatriated resettled
    transferred
    """.split()
)
"""Participles of acts a source announces ("will be released")."""

OBJECT_LEADS = frozenset(
    """
    a about almost around at least more most nearly of other over some than the total up
    """.split()
)
"""Words that may stand between a verb and the number it governs ("will release up to 500",
"confirmed a total of 41")."""

WORKER_HEADS = frozenset({"employees", "staff", "teachers", "workers", "workforce", "population"})
"""Heads of a workforce: in a sentence about a strike, those who joined it are strikers."""

STRIKE_VERB_NOUNS: frozenset[str] = frozenset()
"""Words that are a verb of joining a strike only without a determiner before them (Spanish
"paró", folded "paro"); none in English."""

STRIKE_JOIN_WORDS = frozenset(
    {"followed", "joined", "observed", "participated", "stopped", "struck", "walked"}
)
"""Words of joining a strike ("40,000 workers joined the walkout")."""
NATIONAL_BODIES = frozenset(
    {"officials", "authorities", "government", "ministry", "police", "army", "military"}
    | {"forces", "troops", "president", "minister", "officers"}
)
"""Bodies that speak for their country: with a national adjective ("Pakistani officials raised
the country's toll to 228") a figure of a sentence naming no place is that country's."""

# --- v-forms: shares without "%" and revisions (round 5) -------------------------------------

PERCENT_NOUNS = frozenset({"participation", "percentage", "turnout"})
"""Nouns whose figure is a share even with no "%" ("the polling percentage was 26", "put
turnout at 31"): a number up to 100 a few linking words after one is a percentage."""

PERCENT_LINKS = frozenset(
    {"appeared", "as", "at", "be", "been", "had", "has", "high", "is", "low", "of", "only"}
    | {"reached", "remained", "stands", "stood", "to", "was", "were"}
)
"""Words between a share noun and its figure ("turnout stood at 31", "was as low as 22")."""

SHARE_NOUNS = {**SHARE_NOUNS, "percentage": None}
"""A share named as such ("the polling percentage was 26"): its figure counts people."""

PERCENT_SPANS = frozenset({"bracket", "mark", "range", "region"})
"""Words after a percentage that say where it lies, not what it counts ("in the 25-30 per
cent range"): the percentage's noun is elided."""

EARLIER_CUES: frozenset[tuple[str, ...]] = frozenset(
    {("initially",), ("originally",), ("at", "first"), ("an", "earlier"), ("had", "earlier")}
    | {("first", "said"), ("first", "reported"), ("first", "put"), ("first", "estimated")}
    | {("earlier", "said"), ("earlier", "reported"), ("earlier", "estimate")}
    | {("earlier", "figure"), ("earlier", "toll"), ("previous", "estimate")}
    | {("previous", "figure"), ("previous", "toll"), ("previous", "count")}
    | {("previous", "tally"), ("previously", "said"), ("previously", "reported")}
    | {("up", "from"), ("down", "from"), ("previous", "government")}
)
"""Words that mark a source's earlier figure, replaced by its later one ("she had initially
put it at 45", "more than twice the previous estimate of 212", "148, down from an earlier 176")."""

LATER_MARKS = frozenset(
    {"but", "later", "now", "raised", "revised", "lowered", "subsequently", "then", "updated"}
)
"""Words after an earlier-figure cue that start the later figure's clause ("first said 20,
then 31"): a figure after one is not the earlier one."""

REVISION_VERBS = REVISION_VERBS | frozenset({"cut", "revising", "upgraded", "downgraded"})
"""More verbs before "from A to B" that make a revision ("cut the toll from 40 to 31")."""

REVISED_UP = frozenset({"raised", "revised", "revising", "upgraded"})
"""Verbs after which "up to N" is the figure revised to, not a ceiling ("revised the toll up
to 57")."""

START_NOUNS = frozenset({"beginning", "onset", "outbreak", "start"})
"""Nouns of a start after "since" ("since the start of the protests"): a running total from
that start to the day of the report, not the day itself."""

START_VERBS = frozenset({"began", "begun", "broke", "erupted", "started"})
"""Verbs of a start after "since" ("since the protests began")."""

PUBLISHED_WORDS = frozenset({"issued", "posted", "published"})
"""Words of publishing before a date ("figures published on Thursday"): the day the source
spoke, not the day of what it counts ("released" is left out: prisoners are released)."""

REVISE_WORDS = REVISE_WORDS | frozenset({"downgraded", "raised", "upgraded"})
"""More verbs saying a figure replaces the source's earlier one ("raised the toll to 52")."""
ORDINAL_REFS: dict[str, int] = {"former": 0, "latter": 1}
"""An ordinal that refers to one of a pair of sources just named: "the former put it at 5,000,
the latter at 20,000"."""


# --- w-noncount: numbers that count nobody, parts named by "that figure" (round 6) ---------

CALL_WORDS = frozenset(
    """call called calling calls dial dialed dialing dialled emergency hotline line number
    phone telephone""".split()
)
"""Words before an emergency number that make it the number dialled ("calls to 911")."""
POINT_WORDS = frozenset({"point", "points", "pts"})
"""A difference in points, not a share: "two points higher"."""
PERCENTAGE_POINT_WORDS = frozenset({"percentage"})
"""The word between a figure and ``POINT_WORDS``: "two percentage points higher"."""
FILE_NOUNS = frozenset("calls complaints inquiries investigations probes".split())
"""Things a breakdown may open with ("Of those calls, 40 …"): not people."""
FILE_DEMONSTRATIVES = frozenset({"the", "these", "those"})
PERSON_AFTER = frozenset({"officers", "people", "police"})
"""Person nouns after a figure of a breakdown of files: the figure counts people after all."""
CHANGE_AGENT_VERBS = frozenset({"changed", "down", "moved", "up"})
"""Change verbs whose "by" may name an agent ("moved by 30 volunteers"), or no change."""
FIGURE_OPENERS: frozenset[tuple[str, ...]] = frozenset(
    {("of", "them"), ("of", "these"), ("of", "those"), ("of", "the", "total")}
    | {("of", d, n) for d in ("that", "this") for n in ("figure", "number", "toll", "total")}
)
"""Openers that name the figure just given, followed by a comma ("Of those, 120 …", "Of
that number, 120 …"): the figures after them are its parts."""
CHANGE_VERBS = frozenset({"cut", "dropped", "fell", "leaving", "reduced", "rose"})
"""Verbs of a change between an "initially" cue and a figure: the figure is the new one."""


# --- w-places: a city named by what it is the capital of (round 6) ----------------------

CAPITAL_ADJECTIVES: dict[str, str] = {
    "catalan": "city:ES:barcelona",
    "spanish": "city:ES:madrid",
    "andalusian": "city:ES:sevilla",
    "mexican": "city:MX:mexico-city",
    "venezuelan": "city:VE:caracas",
    "colombian": "city:CO:bogota",
    "argentine": "city:AR:buenos-aires",
    "argentinian": "city:AR:buenos-aires",
    "chilean": "city:CL:santiago",
    "peruvian": "city:PE:lima",
    "bolivian": "city:BO:la-paz",
    "ecuadorian": "city:EC:quito",
    "nicaraguan": "city:NI:managua",
    "honduran": "city:HN:tegucigalpa",
    "cuban": "city:CU:havana",
    "french": "city:FR:paris",
    "british": "city:GB:london",
    "german": "city:DE:berlin",
    "italian": "city:IT:rome",
    "portuguese": "city:PT:lisbon",
    "russian": "city:RU:moscow",
    "ukrainian": "city:UA:kyiv",
}
"""The adjective between "the" and "capital" → the id of the city in the built-in gazetteer:
"the Catalan capital" is Barcelona."""


# --- x-what: the word that governs the number, in its own clause (round 7, audit3 P2) ------

HOSTAGE_WORDS = frozenset(
    """abducted abduction abductions abductors bandits captive captives captors gunmen hostage
    hostages kidnap kidnapped kidnappers kidnapping kidnappings pirates ransom""".split()
)
"""Words of a kidnapping: in their sentence, people "still held" are hostages, not the
political prisoners a level of detained people otherwise defaults to."""

HOLD_VERBS = frozenset({"holding"})
"""Verbs whose object is a level of people held ("were still holding 40 others"): never the
release or seizure named in the clause before."""

HOLD_SKIP = frozenset({"still", "yet", "at", "least", "some", "about"})
"""Words between a hold verb and its figure ("holding at least 40")."""

AGENT_LINKS = frozenset({"by"})
"""After a participle right after the counted noun, the agent of a reduced relative clause
("missionaries abducted by gunmen were freed"): that participle describes the noun, and the
clause's own verb ("were freed") says what is counted."""

PASSIVE_AUXILIARIES = frozenset({"are", "been", "had", "has", "have", "is", "was", "were"})
"""Auxiliaries before the participle of a clause's own passive verb ("were freed")."""

PUBLISH_EVENTS = frozenset({"release", "released", "releases", "releasing"})
"""Event words that also mean publishing: with a figure as their object ("released a
provisional figure of 61%") they publish a number and count no release."""

PUBLISHED_OBJECTS = frozenset(
    """count data estimate estimates figure figures findings list number numbers report
    result results statement statistics tally toll""".split()
)
"""Objects of publishing ("released its figures")."""

PUBLISH_REACH = 3
"""How many words (articles, adjectives) between a publishing verb and its object."""

ABSTAIN_PHRASES: tuple[tuple[str, ...], ...] = (
    ("did", "not", "vote"),
    ("stayed", "away", "from", "the", "polls"),
    ("stayed", "home"),
    ("abstained",),
)
"""After a share of voters, words saying they did not vote ("85% did not vote"): the share
is abstention, never turnout nor a count of voters."""

CLAUSE_COORDINATORS = frozenset({"and", "but", "while"})
SUBJECT_DETERMINERS = frozenset({"its", "the", "their"})
"""A coordinator followed by a determiner opens another clause with its own subject ("300 and
the number of missing …"): the figure's verb phrase ended before it."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("taken", "to", "hospital"): "hospitalized",
    ("taken", "to", "hospitals"): "hospitalized",
    ("taken", "to", "the", "hospital"): "hospitalized",
    ("rushed", "to", "hospital"): "hospitalized",
    ("admitted", "to", "hospital"): "hospitalized",
    ("in", "hospital"): "hospitalized",
    ("in", "hospitals"): "hospitalized",
    ("in", "the", "hospital"): "hospitalized",
}
"""People "taken to hospital" are hospitalized, not taken hostage ("taken" alone is an
abduction). Session 13: those "in hospital" ("40 people remain in hospital") are the
hospitalized, a part of the injured, never a rival count of them ("died in hospital" keeps
its nearer verb)."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    **dict.fromkeys(
        [("feared", "dead"), ("feared", "drowned"), ("feared", "to", "have", "drowned")],
        "missing",
    ),
    ("feared", "to", "have", "died"): "missing",
}
"""People "feared dead" or "feared to have drowned" are missing: no death is counted yet
("presumed dead" is left alone: a source that presumes a death counts it)."""

STOCK_PHRASES = (
    *STOCK_PHRASES,
    ("still", "being", "held"),
    ("were", "being", "held"),
    ("remained", "hostages"),
    ("remain", "hostages"),
    ("remained", "hostage"),
    ("remain", "hostage"),
    ("remained", "captive"),
    ("remained", "in", "captivity"),
    ("remain", "in", "captivity"),
    ("still", "in", "captivity"),
)
"""More words of a level of people held: "five others remained hostages", "were still being
held"."""

EVENT_WORDS = {**EVENT_WORDS, "kidnapping": "hostages"}
"""A gerund of abduction names its figure whatever its noun, as "abducting" does: "killing one
and kidnapping three teachers" counts hostages, not the deaths of the clause before."""

GENERIC_EVENTS = {**GENERIC_EVENTS, "aboard": "people_on_board", "onboard": "people_on_board"}
GENERIC_EVENTS = {**GENERIC_EVENTS, "trapped": "trapped", "stranded": "stranded"}
"""g-what: "some 300 people were trapped in the rubble", "2,000 passengers stranded"."""
"""'80 people aboard': people on board, not the deaths or missing of another clause."""

BOARD_VERBS = frozenset({"carried", "carrying", "transporting"})
"""Verbs of a vehicle right before a generic figure ("a boat carrying around 120 people"):
people on board. After the figure they are not ("2,000 people carrying candles")."""

GENERIC_EVENT_PHRASES = {**GENERIC_EVENT_PHRASES, ("on", "board"): "people_on_board"}
"""'40 people on board'."""

SHARE_NOUNS = {**SHARE_NOUNS, "abstention": "abstention"}
"""Abstention is a metric of its own: never the turnout it would be compared with."""

VOTE_FOR_WORDS = frozenset({"against", "for"})
"""After a voting verb, whom or what the votes went to ("voted for", "votó por"): a share of
votes, not the share of voters who voted (turnout)."""

VOTE_SHARE_NOUNS = frozenset({"abstention", "turnout"})
"""Share nouns that are always of a vote (not of a strike or a crowd, as "participación" may be)."""

COMPARE_WORDS = frozenset({"compared", "from", "than", "versus", "vs"})
"""Words just before a percentage that set it against another value of the same share ("up
from a provisional 61.4%"): with no noun of its own, it is a value of that share."""

EVENT_NOT_AFTER = frozenset(
    {
        "certificate",
        "certificates",
        "penalty",
        "row",
        "sentence",
        "sentences",
        "squad",
        "squads",
        "threat",
        "threats",
        "warrant",
        "warrants",
    }
)
"""Nouns right after an event word that make it a modifier of a thing ("death sentences",
"death threats"): no event is counted."""

EVENT_NOT_BEFORE = frozenset({"condemned", "sentenced", "sentencing"})
"""Words before an event word (past ``EVENT_NOT_LINKS``) that make it a penalty or a threat
("sentenced to death", "pena de muerte", "amenazas de muerte"), not a count of deaths."""

EVENT_NOT_LINKS = frozenset({"the", "to"})
# --- x-when: the day of the event, not of the statement (round 7, audit 3 P5) ------------

NUMBER_COMPARE_CUES = frozenset({"against"})
"""Words that open a comparison only when a figure follows them ("735,000 marchers, against
650,000 on January 19"): the date after that figure dates it alone, never the sentence's own
figures ("protests against the reform on Tuesday" compares nothing)."""

TOLL_NOUNS = frozenset({"count", "figure", "number", "tally", "toll"})
"""Nouns of a running count of one event ("the death toll", "the number of dead")."""
TOLL_REPORT_VERBS = frozenset(
    """
    corrected cut lowered put raised reduced revised updated upped
    """.split()
)
"""Verbs of a source setting or changing a toll ("On Wednesday the ministry put the toll from
the fire at 18"): the day of the sentence is the day of that statement, not of the event."""

ACT_OF_LEVEL_VERBS = frozenset(
    """
    abducted displaced grabbed kidnapped seized snatched taken took uprooted
    """.split()
)
"""Past verbs of the act that makes a level ("gunmen abducted 42 people", "the floods
displaced 5,000"): the figure counts that one event and is dated by it, not by the day a
source spoke or the article appeared."""
STATE_WORDS = frozenset({"remain", "remained", "remains", "still"})
"""Words of a level as it stands ("42 remain held", "still missing"): no act is counted."""

SAME_PERIOD = frozenset({("same", "period"), ("same", "months"), ("same", "weeks")}) | frozenset(
    {("corresponding", "period"), ("comparable", "period")}  # h-when
)
"""A period that repeats the one just named in another year ("1,181 so far this year,
against 84 in the same period of 2019"): the same days of that year, not the whole year."""

STATUS_WORDS = {
    **STATUS_WORDS,
    **dict.fromkeys(("certified", "certifies", "corroborated", "corroborates"), Status.CONFIRMED),
}
"""Verbs of checking a count that were missing ("coroners certified 14 deaths"): confirmed
class."""
PLAN_MARKERS = PLAN_MARKERS | frozenset({("ordered",), ("authorized",), ("approved",)})
"""An order or an authorization before an act ("ordered the release of", "ordered to free
60"): the act is not done yet; its status is the verb's own (authorized)."""
FUTURE_ACT_VERBS: frozenset[tuple[str, ...]] = frozenset()
"""English says a future act with "will" + the verb, a plan (`PLAN_MARKERS`); the table is
here so that both languages have it (Spanish: "indultará a 400")."""
# --- x-where: where the reporter or the source stood (round 7) --------------------------------

BRIEFING_NOUNS = frozenset({"briefing", "briefings", "news", "press", "presser"})
"""Words of a briefing: the place after "a regular briefing in", "a news conference held in" is
where the source spoke, never where the figure counts (a few lower-case words may stand
between the word and "in"). A plain "conference" may be the event counted ("4,000 attended
the conference in Vienna"): it is not here."""

AGENT_NOUNS = frozenset(
    {"administration", "ambassador", "authorities", "delegation", "diplomats", "embassy"}
    | {"envoy", "envoys", "forces", "government", "intelligence", "lawmakers", "mediators"}
    | {"military", "negotiators", "officials", "spokesman", "spokeswoman", "troops"}
)
"""Nouns of people or bodies acting for a country: a country's name on them ("U.S. envoys",
"UK officials") says who acts, never where the figure counts (audit3 P4)."""
# --- x-who: the source of a figure's own clause (round 7) -----------------------------------

NAME_HEADS = frozenset({"department", "ministry", "secretariat"})
"""Heads of a body's name that news writes in lower case before "of" and the rest of the
name: "the ministry of Health" (the name, not "Health")."""

GIVE_VERBS = frozenset({"cite", "cited", "cites", "gave", "give", "gives", "offered", "quoted"})
"""Verbs that give a figure in a relative clause describing it: "the 20,000 that the
organizers gave" → the organizers."""

ACCORDING = (*ACCORDING, ("in", "the", "opinion", "of"), ("in", "the", "view", "of"))
"""More phrases the claimant follows: "about 80%, in the view of the unions"."""

CLAIMANT_REPORT_NOUNS = CLAIMANT_REPORT_NOUNS | frozenset(
    {"estimates", "report", "reports", "statistics", "tallies"}
)
"""More report nouns before their source: "reports from the prison service" → the prison
service; "the initial reports of the commission" → the commission."""
ACCORDING = (*ACCORDING, ("cited",), ("cites",))
"""A verb of citing names the source of what follows: "It cited the commission's report that
4,763 people voted" → the commission."""
SAY_VERBS = SAY_VERBS | frozenset({"cited", "cites"})
"""Its subject gives the figures it cites: "Reports from the prison service cited around 116
releases" → the prison service."""

PLACE_TALLY_VERBS = frozenset({"counted", "recorded", "registered", "reported", "reports"})
"""Verbs of a country tallying its own toll ("India reported 360 killed"): like
`PLACE_HOLD_VERBS`, their subject country is where the count is, not a speaker."""

# --- round 8: numbers that are no level of a count (y-numbers) ------------------------------

CHANGE_NOUNS = frozenset(
    """
    decline decrease difference discrepancies discrepancy drop fall gain gap increase jump rise
    surge undercount
    """.split()
)
"""Nouns of a change or a gap before "of" and a figure ("a difference of 120", "an increase of
40", "discrepancies of 20 to 40 percent"), or earlier in the clause before "by" and the figure
("an increase in turnout by 6 percent"): the figure is the size of a change between two
counts, no count itself."""

COMPARATIVES = frozenset({"fewer", "less", "more"})
"""After a figure (or its noun) and before "than": "1,500 more than the company said"."""

THAN_WORDS = frozenset({"than"})
"""The word that closes a comparison after `COMPARATIVES`."""

CORRECTION_ADVERBS = frozenset(
    """
    erroneously falsely incorrectly mistakenly wrongfully wrongly
    """.split()
)
"""Adverbs that, beside a verb of `TALLY_VERBS`, make a figure the size of a correction
("300 deaths wrongly attributed to the fever", "wrongly added 1,000 deaths"), not a toll."""

CORRECTION_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("double", "-", "counted"), ("double", "counted"), ("counted", "twice")} | {("duplicated",)}
)
"""Phrases after a figure that make it the size of a correction ("400 deaths were
double-counted")."""

REMOVAL_VERBS = frozenset(
    """
    deducted excluded remove removed removes removing struck subtract subtracted subtracts
    """.split()
)
"""Verbs that take figures off a tally ("removed 210 deaths from its tally"): with a tally
noun in the clause the figure is a correction amount."""

TALLY_NOUNS = frozenset(
    """
    count data figure figures list record records tally toll total
    """.split()
)
"""Nouns of a tally that a `REMOVAL_VERBS` figure is taken from."""

ISSUED_DOCUMENTS = frozenset(
    """
    certificate certificates licence licences license licenses names permit permits
    records registrations
    """.split()
)
"""Documents issued or listed for people: they stand for the people only where a word of
`DOCUMENT_OF_THE_DEAD` qualifies them ("320 burial permits", "570 names on death lists")."""

DOCUMENT_OF_THE_DEAD = frozenset({"burial", "burials", "dead", "death", "deaths", "funeral"})
"""Words that make an `ISSUED_DOCUMENTS` count a count of the dead."""

ORG_NAME_NOUNS = frozenset({"chapter", "council", "local", "lodge", "section", "union"})
"""Nouns of a body right after a number inside a capitalised name ("Local 1199", "the
Ardent-TWU 4410 union"): the number names the body."""

# --- session 13 (h-what): a capacity is no count of people (`capacities`) --------------

CAPACITY_HEADS = frozenset({"capacity"})
"""Nouns of a capacity before "for" / "of" and a figure ("shelters with capacity for 600", "a
capacity of 9,500 people"): how many could fit, not how many are."""

ROOM_NOUNS = frozenset({"beds", "places", "room", "space"})
"""Nouns of room for people before "for" and a figure ("room for 300", "beds for 120"); "a
room of 30 people" holds them: with "of" it is a count."""

CAPACITY_LINKS = frozenset({"for", "of"})
"""Between a capacity noun and its figure: "capacity for 600", "a capacity of 9,500"."""

ROOM_LINKS = frozenset({"for"})
"""Between a noun of `ROOM_NOUNS` and its figure: "room for 300"."""

ON_ROLL_LINKS = frozenset({"are", "were", "had", "been"})
"""Session 13: between people and `ON_ROLL` ("people were registered to vote"); with a word of
`VOTER_ROLL_WORDS` after, they are the registered voters (`counted_ballot.on_roll`)."""

VOTER_ROLL_WORDS = frozenset(
    {"ballot", "electoral", "lists", "roll", "rolls", "vote", "voter", "voting"}
)
"""Words of a roll or a vote after `ON_ROLL` ("registered on the lists", "registered to
vote"); without one, people registered are not voters ("registered for the course")."""

TURNOUT_CUES = frozenset({"cast", "polls", "turned", "turnout", "voted"})
"""Session 13: words of a vote taken part in; in their sentence a share of the electorate
("64 percent of eligible voters", "79% of the total registered voters") is the turnout,
never a crowd or the roll itself."""

KIND_NOUNS = frozenset(
    """
    adults adolescents boys children civilians foreigners girls men minors women
    """.split()
)
"""Session 13: kinds of people a figure with no noun is said to be ("710 are adults", "(617)
are men"): a breakdown of the count just given, whose metric it keeps."""

KIND_COPULAS = frozenset({"are", "were"})
"""The verb between such a figure and its kind: "617 are men"."""

THRESHOLD_NOUNS = frozenset({"bar", "quorum", "threshold"})
"""Session 13: nouns of a bar to clear, right after a figure or before "of" and it ("a 5%
threshold", "the quorum of 50 percent"): a rule's figure, no count of people
(`counted_threshold`)."""

MINIMUM_WORDS = frozenset({"minimum"})
"""Session 13: with a word of `REQUIREMENT_WORDS` in its sentence, a minimum before a figure
("a minimum 30 percent turnout is required") is a rule's bar; alone it is a hedge ("a minimum
of 30 people died")."""

REQUIREMENT_WORDS = frozenset(
    {"must", "need", "needed", "needs", "require", "required", "requires", "valid"}
)
"""Words of a rule that a minimum is the bar of."""

NAMED_AGAIN_NOUNS = frozenset({"estimate", "figure", "number", "tally", "total"})
"""Session 13: a figure named again as a figure ("the 120 million figure", "that 300 number",
"the figure of 120 million"): it counts what the earlier figure of that value counted."""

CAPACITY_VERBS = frozenset(
    """
    accommodate accommodating hold holding house housing receive receiving seat seating
    shelter sheltering
    """.split()
)
"""Verbs of room for people that a word of `CAPACITY_MODALS` makes a capacity ("can
accommodate 600", "able to house up to 2,000", "designed to hold 500")."""

ROOM_MODALS = frozenset(
    """
    able available built can capable capacity could designed enough equipped
    """.split()
)
"""Words that make a verb of `CAPACITY_VERBS` say how many could fit ("shelters able to house
600"); without one the figure is people received ("the camp received 600 people"). Words of
a will ("ready to receive 5,000 refugees") are a pledge of people, so they are left out."""

CAPACITY_TO = frozenset({"to", "of"})
"""Between a modal and its verb: "able to house", "capable of holding"."""

PERSON_SUFFIXES = ("ists", "ians", "ees", "ants", "ents", "ors")
"""Endings of nouns of people ("psychologists", "technicians", "employees", "defenders" is
not one): an unlisted noun with one counts people when its clause has a people event."""

FROM_EARLIER: frozenset[tuple[str, ...]] = frozenset({("from",)})
"""After a comma that follows a later figure, the words that open the earlier figure it grew
or fell from ("the toll reached 1,900, from 1,400 on Monday")."""

COMPARED_TIMES = frozenset(
    """
    before day days during earlier last month months previous time week weeks year years
    yesterday
    """.split()
)
"""Words after "than" that compare a figure with the same count at another time ("10,000
more than the day before", "than last year"): the figure is what was added since (a part of
the count, `discrepancy.extraction.claims`), not a gap between two sources' figures."""

BALLOT_NOUNS = frozenset({"ballots"})
"""Documents that stand for voters where the sentence says they were cast (`CAST_WORDS`):
"120 million people cast ballots, including 5 million absentee ballots" → votes."""

CAST_WORDS = frozenset({"cast", "voted"})
"""Words that make a `BALLOT_NOUNS` count a count of votes."""

TALLY_VERBS = frozenset(
    """
    added ascribed assigned attributed classified counted entered included labeled labelled
    listed logged recorded registered reported
    """.split()
)
"""Verbs of entering a figure in a tally: beside a `CORRECTION_ADVERBS` word they make the
figure the size of a correction ("300 deaths wrongly attributed", "wrongly added 1,000
deaths"); "wrongly arrested 40" counts people."""

LEVEL_NOUNS = frozenset({"mark", "range", "threshold"})
"""Nouns right after a figure that name a level of the quantity the sentence counts, not what
is counted ("passed the 1,000 mark", "were in the 200,000 range"): the figure's noun is elided."""

HOUR_OPENERS: frozenset[tuple[str, ...]] = frozenset()
"""(Spanish only: "pasadas las 17", "después de las 17".)"""


# --- round 8: revision cues — the new figure, the corrected one, the earlier release --------

NEW_FIGURE_WORDS = frozenset({"amended", "corrected", "new", "recent", "revised", "updated"})
"""Words that, next to a noun of a figure or its release (`FIGURE_NOUNS`), mark the figure
its clause gives as the body's replacement of its last one ("the agency's new set of figures
showed 3,100", "in the updated release the board said 61%")."""

FIGURE_NOUNS = frozenset(
    """
    bulletin count data dataset estimate estimates figure figures list numbers release report
    set statement tally toll
    """.split()
)
"""Nouns of a figure or of the release that gives it (`NEW_FIGURE_WORDS`)."""

CORRECTED_BEFORE: frozenset[tuple[str, ...]] = frozenset(
    {("should", "have", "read"), ("should", "have", "been"), ("should", "read")}
    | {("correct", "figure", "is"), ("correct", "figure", "was"), ("correct", "number", "is")}
    | {("correct", "number", "was"), ("correct", "toll", "is"), ("correct", "toll", "was")}
)
"""Words right before a figure that make it the correction of the figure just given ("the
number should have read 170,000"): it replaces that figure, whoever the text names for it."""

EARLIER_CUES = EARLIER_CUES | frozenset(
    {("earlier", "release"), ("previous", "release"), ("earlier", "report")}
    | {("previous", "report"), ("first", "release"), ("earlier", "statement")}
)
"""More cues of a body's earlier figure: "whereas the earlier release said 58%"."""

REVISION_VERBS = REVISION_VERBS | frozenset({"doubled", "halved", "tripled"})
"""More verbs before "from A to B" that make a revision ("the toll almost doubled from 500
to 980")."""

BY_DAY_WORDS = frozenset({"by"})
"""Words before a past day that make it the day a total stood at ("by Friday, 27 had died");
the date finder reads English "by" itself (`when_totals`)."""
BY_DAY_PAST = frozenset({"had", "last", "previous"})
"""Words close after a by-day that say the total stood then ("by last Friday, 27 had died")."""

DISJOINT_OUTCOMES = frozenset({"arrests", "deaths", "injured", "missing", "rescued"})
"""Metric ids of outcomes of one event no person is counted in twice: a total of one ("around
1,000 injured in total") has no part of another ("227 deaths")."""
REVISE_WORDS = REVISE_WORDS | frozenset({"cut", "cuts", "reduced"})
"""More verbs after which "to N" is the new figure ("cut the toll to 61")."""
# round 8: what is counted is governed in the number's own clause (audit4 P4, P2's shares)
SHARE_NOUNS = {**SHARE_NOUNS, "adherence": "strikers", "compliance": "strikers"}
"""A strike's share named by how many heeded it ("compliance with the strike was 80%"): the
strikers' share."""

SHARE_VERBS = frozenset(
    """
    is was were reached reaches hit stood stands came comes topped exceeded neared
    """.split()
)
"""Copulas and level verbs through which a share noun, the subject of the clause, governs a
percentage after them ("turnout at the polls in the north was 60%", "the strike reached 70
percent"): the subject's share, across its complements."""

SHARE_ASIDE_OPENERS = frozenset({"according", "segun"})
"""Words that open an aside between commas ("…, according to the union, reached 80%"): the
clause's subject is read across it."""

STRIKE_JOIN_WORDS = STRIKE_JOIN_WORDS | frozenset({"heeded", "honored", "honoured", "backed"})
"""More words of joining a strike ("heeded by 40% of the workers")."""

STAYED_AT_WORK = (
    ("remained", "on", "the", "job"),
    ("stayed", "on", "the", "job"),
    ("remained", "at", "work"),
    ("stayed", "at", "work"),
    ("went", "to", "work"),
    ("reported", "for", "work"),
    ("reported", "to", "work"),
    ("crossed", "the", "picket"),
    ("worked",),
    ("kept", "working"),
)
"""What workers did who did not strike, after their figure in a sentence about a strike ("202
members have remained on the job"): a count of non-strikers, never of the strikers."""

BOARD_VERBS = BOARD_VERBS | frozenset(
    {"crammed", "packed", "overloaded", "laden", "carry", "carries"}
)
"""More words of a vessel's load before its figure ("a boat crammed with 300 migrants")."""
BOARD_LINKS = frozenset({"with"})
"""Between those words and the figure: "crammed with 300"."""

ABOARD_PHRASES: tuple[tuple[str, ...], ...] = (("aboard",), ("on", "board"), ("onboard",))
"""Session 13: after a figure and a verb of being ("169 had been aboard", "between 120 and 140
migrants being on board"), the people on the vessel, not migrants arriving nor the rescued."""

ABOARD_SKIP = frozenset(
    """
    all already been being had have initially originally reportedly still was were
    """.split()
)
"""Words between a figure (or its noun) and `ABOARD_PHRASES`: "had been originally aboard"."""

GENERIC_EVENT_PHRASES = {
    **GENERIC_EVENT_PHRASES,
    ("on", "the", "boat"): "people_on_board",
    ("on", "the", "vessel"): "people_on_board",
    ("on", "the", "ship"): "people_on_board",
    ("on", "the", "bus"): "people_on_board",
    ("on", "the", "plane"): "people_on_board",
    ("on", "the", "flight"): "people_on_board",
    ("on", "the", "train"): "people_on_board",
}
"""After a generic figure's verb, the vehicle it was on ("700 people were on the vessel"): the
people on board."""

CASE_OFFENCES = frozenset(
    {"torture", "abuse", "rape", "kidnapping", "kidnappings", "abduction", "extortion"}
    | {"harassment", "violence", "corruption", "trafficking", "femicide", "mistreatment"}
    | {"assault", "fraud", "discrimination", "censorship", "negligence"}
    | {"disappearance", "disappearances"}
)
"""Offences and abuses a count of "cases" may be of ("35 cases of torture", "12 torture
cases"): cases of that, never cases of a disease, nor of the one disease a bulletin names
(session 13, `counted_cases`)."""
CASE_HEADS = frozenset({"cases"})
CASE_NARROWERS = frozenset(
    {"confirmed", "laboratory", "lab", "suspected", "probable", "imported", "active", "new"}
)
"""Modifiers that make cases a narrower count ("5,000 laboratory-confirmed cases"): kept apart
from all cases, as before (the head alone does not name them)."""
"""The head that counts cases of a disease: its figure is cases, never the deaths of the clause."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("fled", "across", "the", "border"): "migrants",
    ("fled", "over", "the", "border"): "migrants",
}
"""Fleeing across a border into a place is arriving there: one quantity with the receiving
side's "arrivals" ("12,000 fled across the border into X" vs "X counted 7,500 arrivals").
Migrants who "crossed the border" stay migrants (a crossing counted as such); since round 12
arriving and crossing are one metric, `migrants`."""

OWN_CLAUSE_EVENTS = {"participation": "protesters"}
"""Participation given in people is attendance ("put participation at 400 people"); at a
vote, voters."""
ATTEND_WORDS = ATTEND_WORDS | frozenset({"participation"})
"""Participation in a vote is of voters, not of a crowd."""

NOT_STRIKE_NEAR = frozenset({"rate", "rates"})
"""Words next to a strike word that make it no strike ("the jobless rate"): its percentage is
no share of strikers."""

EVENT_WORDS = {**EVENT_WORDS, "rescued": "rescued", "rescuing": "rescued"}
"""Round 8: the verb of rescuing governs its figure ("had rescued 163 migrants"): the rescued,
whoever they are."""

# --- round 8: where the source stands, by the phrase that governs the place (audit4 P5) -----

SPEAKER_PLACE_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}
    | {"correspondent", "correspondents", "reporters", "journalists", "representative"}
)
"""Nouns of a person who speaks for a source: "a spokesman in Rome", "agency spokesman Tom
Reyes in Vienna": that city is where the speaker is, never where the figure counts."""
SPEAKER_PLACE_HEADS = SPEAKER_PLACE_NOUNS | frozenset(
    {"said", "says", "told", "speaking", "spoke", "stated", "declared", "explained"}
)
"""Speech verbs and speakers' nouns whose "in"/"from" place is where the source speaks
("said on Monday in Geneva")."""
SPEAKER_SKIPPED = frozenset(
    {"on", "this", "late", "early", "earlier", "later", "also", "today", "yesterday", "tonight"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"morning", "afternoon", "evening", "night", "week"}
)
"""Words of time that may stand between a speech verb and its place ("said on Monday in")."""
VISIT_OPENERS: tuple[tuple[str, ...], ...] = (
    ("during", "a", "visit", "to"),
    ("on", "a", "visit", "to"),
    ("during", "his", "visit", "to"),
    ("during", "her", "visit", "to"),
    ("while", "visiting"),
)
"""Phrases that put a speaker on a visit before a place ("during a visit to Lyon"): where the
speaker is. A bare "visiting" is not here ("tourists visiting Paris" are counted there)."""
SEAT_NOUNS = frozenset({"office", "offices", "bureau", "headquarters", "hq", "newsroom"})
"""Nouns after a place that make it a body's seat ("the agency's Lisbon office said")."""
COUNTRY_ENTRY_JOINS = frozenset({"(", "with"})
"""Joins that make a country before a number the head of its list entry ("Peru (19,408) and
Chile (9,533)", "Peru with 120"): the entry's place, where a bare country before a number is
a speaker ("the United States said 116")."""
SEA_TIES = ("off ", "coast of ", "coasts of ", "waters of ", "shores of ")
"""What ties a place to a count at sea ("rescued off Libya", "sank off the coast of Crete"):
where the people were counted, like "in"."""
PLACE_AGENT_NOUNS = frozenset({"coast", "coastguard", "navy", "police", "army", "guard"})
"""Bodies a country's name stands on ("the Cyprus coast guard", "the Greek navy"): who acts,
never where the count is (with `AGENT_NOUNS`)."""
WORLD_REGIONS = (
    "europe",
    "central europe",
    "eastern europe",
    "western europe",
    "southern europe",
    "northern europe",
    "the mediterranean",
    "mediterranean sea",
    "the aegean",
    "aegean sea",
    "the english channel",
    "the caribbean",
    "latin america",
    "central america",
    "south america",
    "north america",
    "africa",
    "west africa",
    "east africa",
    "southern africa",
    "north africa",
    "sub-saharan africa",
    "the sahel",
    "the horn of africa",
    "the middle east",
    "asia",
    "southeast asia",
    "south asia",
    "central asia",
    "the balkans",
)
"""Areas wider than one country, written as proper names ("across central Europe", "in the
Mediterranean"): a figure whose own sentence names one counts there, not in the dateline's
or the text's country (folded, lower case)."""
REGION_ORIGINS = ("from ", "out of ")
"""What stands before an area the people counted come from ("migrants from West Africa"):
their origin, never where they are counted."""
STREET_NOUNS_BEFORE = frozenset({"street", "avenue", "corner", "intersection", "boulevard"})
"""Nouns before a name that make it a street's ("the corner of Colon and Main", "on avenue
Lima"): a street named after a place is not where a count is."""
STREET_NOUNS_AFTER = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "square"}
)
"""Nouns after a place's name that make it a street's ("Lima Street", "Bolivar Avenue")."""
STREET_TITLES = frozenset({"general", "gral", "president", "doctor", "dr", "colonel", "admiral"})
"""Titles that open a street's name ("General Roca"): "X and General Roca" is a corner."""
TOTAL_WORDS = ("in total", "all told")
"""Words of a whole beside a number ("around 1,000 were injured in total"): with no place in
its clause, the figure is the country's, not the one town the text is about."""
DISTANCE_UNITS = frozenset({"miles", "mile", "km", "kilometres", "kilometers", "kilometre"})
"""Units of a distance before a landmark ("90 miles east of Shiraz", "40 km from Lima"): the
landmark only says where the place counted lies."""
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west"}
)
"""Directions between a distance and its landmark ("90 miles east of")."""
APPOSITION_WORDS = frozenset(
    {"a", "of", "the", "in", "city", "region", "province", "state", "miles", "km", "from"}
    | {"north", "south", "east", "west", "about", "some"}
)
"""Lower-case words of an apposition that locates a visited place ("Lyon, some 400 km south of
Paris, in the Rhône region"): the places in it are the visit's too."""

# --- round 8: institutions as subjects, and the verbs of a clause that governs a number ---------

INSTITUTION_HEADS = frozenset(
    """
    army coastguard firefighters guard marines military navy opposition organisers organizers
    police state
    """.split()
)
"""Heads of a definite noun phrase that names a body or a collective by its class ("the navy
said", "the state had said", "the opposition said"): the phrase is the claimant as written
(or the body of that class named before), never the source of another sentence."""

DATA_NOUNS = frozenset(
    """
    count counts data figures numbers statistics tallies tally toll
    """.split()
)
"""Nouns of a body's figures that stand as the subject of a verb of showing ("the agency's data
showed", "official figures show"): the body that owns them is the claimant."""

DATA_VERBS = frozenset({"indicate", "indicated", "indicates", "show", "showed", "shown", "shows"})
"""Verbs whose subject is a body's data rather than a speaker: "the WHO data showed 1,200"."""

SUBJUNCTIVE_SAY: frozenset[str] = frozenset()
"""(Spanish only: the subjunctive forms of the verbs of saying that follow "después de que".)"""

ASIDE_OPENERS = frozenset({"at", "in", "speaking", "talking", "visiting", "writing"})
"""Words that open an aside set off by commas between a subject and its verb ("The mayor,
speaking in Geneva, said"): the aside says where the speaker stood, not who speaks."""

SUBJECT_ADVERBS = frozenset({"earlier", "first", "initially", "now", "originally", "still"})
"""Adverbs of time between a subject and its verb of saying ("the captain had earlier told",
"the ministry initially said"): the subject before them speaks."""
SUBJECT_ADVERBS = SUBJECT_ADVERBS | frozenset({"only", "merely", "even", "further", "subsequently"})
"""Session 13 (h-who-es): more adverbs between a subject and its verb ("the government only
recognises 199"): no part of the name."""


# round 9: the source of a figure's own clause (z-who)
PARTICIPLE_AUXILIARIES: frozenset[str] = frozenset()
"""English marks no participle of saying this way (a Spanish rule); kept for the shared name."""
WEB_DOMAINS = frozenset({"com", "org", "net", "info", "news"})
"""Top-level domains after "name." that make it an outlet's web address ("kestrelnews.com")."""
VAGUE_QUANTIFIERS = frozenset({"several", "some", "various", "many", "other", "multiple"})
"""Before media words, quantifiers of an uncounted set ("several media reports"): no source."""
LY_NOUNS = frozenset(
    {
        "rally",
        "family",
        "assembly",
        "ally",
        "italy",
        "july",
        "supply",
        "tally",
        "anomaly",
        "monopoly",
    }
)
"""Nouns in -ly that a walk back to a subject must not pass over as adverbs ("the rally")."""
SAY_VERBS = SAY_VERBS | frozenset({"reckoned", "reckons", "lowered"})
"""Verbs of stating a figure the earlier rounds lacked ("The institute reckoned that …")."""
GENERIC_HEADS = {**GENERIC_HEADS, "institute": ("institute",), "university": ("university",)}
"""Research bodies named by their class ("the institute said" after "the Kestrel Institute")."""
INDEFINITE_ARTICLES = frozenset({"a", "an"})
"""Before a body's class ("a university institute said"): a body the text does not name."""


# round 9: lists (z-lists) ---------------------------------------------------------------
LIST_TOTALS = ("in all", "all together", "altogether")
"""Words of a list's whole ("9,000 marched in all"): the figure is the union of the list's
places, never its first entry's place."""
LIST_COUNT_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"}
)
"""Count words of a list's whole ("the three towns", "the five rallies")."""
LIST_WHOLE_NOUNS = frozenset(
    {
        "cities",
        "towns",
        "rallies",
        "marches",
        "protests",
        "demonstrations",
        "gatherings",
        "events",
        "provinces",
        "regions",
        "states",
    }
)
"""Nouns of a list's whole after a count word ("across the five rallies")."""
LIST_NOT_PLACES = frozenset(
    {"congress", "parliament", "senate", "court", "hospital", "hospitals", "total", "all"}
)
"""Capitalised words after "in" in a list that name no place ("12 in Congress")."""
LIST_BODY_NOUNS = frozenset(
    {"police", "constabulary", "authorities", "officials", "council", "prefecture", "mayor"}
)
"""Nouns of a body after a town's name in a list entry ("York police, 12,000"): the town is
the entry's place, the body its source."""

# round 9: the shares of a strike and the words that end their clause (audit5 P3)
STRIKE_SHARE_NOUNS = frozenset({"participation"})
"""A share noun that is a strike's share where the sentence names a strike ("participation in
the walkout was almost total, close to 80 percent")."""

# round 9: shares of a group whose clause says what the share did (audit5 P3)
GROUP_WORKERS = frozenset(
    """
    members teachers nurses workers staff employees educators doctors physicians drivers
    workforce personnel faculty miners pilots dockworkers teacher
    """.split()
)
"""Groups whose share that stayed away from work in a strike is its strikers ("roughly 81
percent of the 1,460 union members did not report for their shifts")."""
GROUP_VOTERS = frozenset({"electorate", "citizens", "citizenry", "population", "voters"})
"""Groups whose share that went to vote is the turnout ("31 percent of the citizenry turned
out")."""
ABSENT_FROM_WORK: tuple[tuple[str, ...], ...] = (
    ("did", "not", "show", "up"),
    ("didn", "'", "t", "show", "up"),
    ("didn", "’", "t", "show", "up"),
    ("failed", "to", "show", "up"),
    ("did", "not", "report"),
    ("didn", "'", "t", "report"),
    ("didn", "’", "t", "report"),
    ("failed", "to", "report"),
    ("did", "not", "come", "to", "work"),
    ("did", "not", "go", "to", "work"),
    ("stayed", "home"),
    ("stayed", "away"),
    ("stayed", "off"),
    ("stayed", "out"),
    ("was", "absent"),
    ("were", "absent"),
    ("called", "in", "sick"),
    ("called", "in", "absent"),
    ("went", "on", "strike"),
    ("walked", "out"),
    ("walked", "off"),
    ("joined", "the", "strike"),
    ("joined", "the", "walkout"),
    ("picketed",),
)
"""What a share of workers did when it stayed away from work in a strike."""
ABSENT_RIGHT_AFTER = frozenset({"paro"})
"""One-word verbs of `ABSENT_FROM_WORK` that are also nouns: read only right after the group."""
STRIKE_CONTEXT_WORDS = frozenset(
    {"strike", "strikes", "walkout", "walkouts", "picket", "picketed", "picketing", "strikers"}
    | {"struck"}
)
"""Words that name a strike: staying away from work near them is striking."""
GROUP_VOTED: tuple[tuple[str, ...], ...] = (
    ("voted",),
    ("cast", "ballots"),
    ("cast", "a", "ballot"),
    ("cast", "their", "ballots"),
    ("cast", "their", "votes"),
    ("turned", "out"),
    ("went", "to", "the", "polls"),
)
"""What a share of citizens did when it voted at all (a one-word verb followed by whom it
voted for, `VOTE_FOR_WORDS`, is a vote share)."""

# round 9: figures that state no count of people (audit5 P3; nonclaims.py)
NO_PROOF_NOUNS = frozenset({"evidence", "proof"})
"""Nouns of proof that, negated just before a figure, make it the part not shown ("saw no
proof that 41 of the 97 deaths came from the fumes")."""
NO_PROOF_NEGATIONS = frozenset({"no", "not", "without", "lack", "lacked", "sin", "ninguna"})
"""Negations of a proof noun (one or two words before it)."""
SPEAKER_HEADS = frozenset(
    {"officials", "officers", "witnesses", "eyewitnesses", "sources", "diplomats", "doctors"}
    | {"medics", "paramedics", "spokesmen", "spokespeople", "spokespersons", "aides"}
    | {"residents", "villagers", "analysts", "experts"}
)
"""Session 13 (h-who-en): people who speak for a figure: "Two army officers said 15 were
killed", "Three witnesses told AFP": the number counts the speakers, no claim of the text."""
SPEAKER_RELATIVES = frozenset({"who"})
"""A relative after the speakers' comma ("Two officers, who asked not to be named, said")."""
QUESTION_OPENERS = frozenset(
    """
    did do does is are was were can could will would should has have had how why what where
    who which
    """.split()
)
"""Words that open a direct question: a figure in it is asked about, not stated."""
VOTE_WIN_VERBS = frozenset(
    """
    won win wins received receives obtained obtains got gets garnered garners took secured
    """.split()
)
"""Verbs by which a candidate gets a share of the vote ("took 6% of the ballots", "won with
71%")."""
VOTE_NOUNS = frozenset({"votes", "vote", "ballots"})
"""Nouns of votes cast for a candidate."""
VOTE_RANK_VERBS = frozenset(
    """
    leads led leading trails trailed trailing followed finished placed ranked came comes
    """.split()
)
"""g-what: verbs that rank a party or candidate in a count of votes; a percentage after
"with" in their clause is a share of the vote ("the ruling party leads with 61%, followed by
the bloc with 15%"), unless people follow it ("with 55% of voters")."""
VOTE_RANK_TURNOUT = frozenset(
    {"turnout", "participation", "abstention", "voted", "voters", "turned"}
)
"""g-what: words that make a ranked percentage a share of voters, not of the vote ("turnout
was highest in the north, with 72%, followed by the south with 71%")."""
BREAKDOWN_VERBS = frozenset({"were", "are", "belonged", "belong", "corresponded", "correspond"})
"""Verbs right after a figure of a breakdown that leave its noun out ("of the 52 killed,
47 were residents"): the figure counts what its context counts."""
NOT_COUNT_AFTER = NOT_COUNT_AFTER | frozenset({"candidates", "contenders"})
"""Round 9: candidates are named, not counted ("the four contenders took 6%")."""
# round 9: revision cues in long sentences (z-revise)

DENIED_BEFORE: frozenset[tuple[str, ...]] = frozenset(
    {("not", "the"), (",", "not"), ("and", "not"), ("-", "not"), ("—", "not"), ("–", "not")}
)
"""Words right before a figure that set it aside for a figure given before it in the
sentence: "about 40, not the eight the army first acknowledged". The aside is the figure
the later one replaced (a revision)."""

DENIED_SOURCE_CUES = frozenset({"originally", "first", "initially", "previously", "earlier"})
"""Adverbs after a set-aside figure and its source ("the eight the army first
acknowledged"): the words between the figure and the adverb name who first gave it."""

EARLIER_CUES = EARLIER_CUES | frozenset(
    {("original", "investigation"), ("original", "inquiry"), ("original", "report")}
    | {("an", "original"), ("original", "estimate"), ("original", "figure")}
    | {("earlier", "investigation"), ("earlier", "inquiry"), ("first", "investigation")}
    | {("initial", "investigation"), ("initial", "inquiry"), ("initial", "report")}
)
"""An inquiry's first finding, replaced by a later report's ("an initial inquiry found up
to 50 … the new report finds under 25")."""

NEW_FINDING_NOUNS = frozenset({"investigation", "inquiry", "probe", "report", "review"})
"""Nouns of a finding that a "new" makes the replacement of an earlier one ("the new report
finds that under 25 fighters died")."""

EVENT_NOUNS = frozenset(
    {"airstrike", "airstrikes", "assault", "attack", "blast", "bombing", "explosion"}
    | {"massacre", "operation", "raid", "shooting", "strike", "strikes", "ambush"}
)
"""Nouns of a one-day event a month or a day may name ("the October raid", "the Oct. 3
raid"): the count of that event keeps the event's day."""
# --- round 9: metric (z-metric) — one quantity, one name --------------------------------------

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("victims", "of", "homicide"): "homicides",
    ("victims", "of", "murder"): "homicides",
    ("homicide", "victims"): "homicides",
    ("murder", "victims"): "homicides",
}
"""Victims of homicide are homicides, not deaths at large: "90 residents were victims of
homicide" compares with "more than 200 homicides"."""

ELECTORATE_NOUNS = frozenset({"voters", "electors", "citizens", "electorate", "population"})
"""Nouns for the people who may vote: a percentage of them that voted is turnout."""

BALLOT_VERBS = frozenset({"voted", "vote", "cast", "casting"})
"""Verbs of voting after an electorate's noun ("35 percent of voters cast a ballot")."""

TAKE_PART_PHRASES: tuple[tuple[str, ...], ...] = (
    ("took", "part"),
    ("take", "part"),
    ("participated",),
    ("turned", "out"),
    ("went", "to", "the", "polls"),
)
"""Taking part, which in a sentence about a vote is voting ("64 percent of registered voters
took part in the referendum")."""

TO_VOTE_WORDS = frozenset({"ballot", "ballots", "vote", "votes", "polls"})
"""What follows "a" after a voting verb when it says people voted ("cast a ballot")."""

STOCK_OF = {
    **STOCK_OF,
    "confined": "confined",
    "confinados": "confined",
    "confinadas": "confined",
}
"""People confined to their homes or villages by fighting ("1,200 remain confined", "siguen
confinadas") are a stock of their own, never the displaced who left."""

EVENT_WORDS = {**EVENT_WORDS, "confined": "confined"}
"""Confined people are counted as such ("2,150 remain confined"), never as displaced."""

NOT_VOTING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("did", "not", "take", "part"),
    ("chose", "not", "to", "vote"),
    ("decided", "not", "to", "vote"),
    ("stayed", "home"),
)
"""Not taking part, which in a sentence about a vote (or its abstention) is abstaining."""

RATE_APPOSITION = frozenset({"a", "an", "the", "real", "actual", "rate", "of", "or"})
"""Words between a count of voters and its share in apposition ("2.1 million voters, an actual
rate of 19%")."""

INCLUDING_WORDS = frozenset({"including", "among", "of"})
"""Words that open an aside naming a part of the people just counted (", among them 12
women,"): the verb after the aside still governs the figure."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("staged", "protests"): "protesters",
    ("staged", "a", "protest"): "protesters",
    ("staged", "demonstrations"): "protesters",
}
"""People who staged protests are protesters, whoever they are ("hundreds of refugees staged
protests")."""

VOTE_INTENT_WORDS = frozenset({"say", "said", "will", "would", "plan", "intend", "expect"})
"""Words of saying or intending before a verb of voting ("40 percent of voters say they will
vote"): a poll's intention, not the turnout of a vote held."""

YEAR_EVENT_NOUNS = frozenset(
    {"rally", "march", "protest", "protests", "demonstration", "strike", "election"}
    | {"elections", "vote", "referendum", "chain", "parade", "festival", "edition"}
)
"""Nouns of a yearly or dated event a bare year names ("the 2014 rally", "the march of
2012"): a figure of that event is that year's, not the publication's."""

# round 9: dates (z-dates) ----------------------------------------------------------------

EVENT_NOUNS = EVENT_NOUNS | frozenset(
    {"protest", "protests", "demonstration", "demonstrations", "march", "marches"}
    | {"attacks", "raids", "bombings", "explosions", "shootings", "massacres", "ambushes"}
)
"""Plurals and protests: "the protests of March 17", "the attacks on Aug. 3" name the day of
the event the arrests or the dead are counted for, as the singular does."""

# round 9b: the verb of freeing (q-what) ---------------------------------------------------

EVENT_WORDS = {**EVENT_WORDS, "frees": "releases"}
"""The present of a headline ("Government frees 225 arrested after protests"): releases,
whatever word describes the people freed."""
# round 9b: disasters name the day their dead are counted for (q-when) -------------------------

DISASTER_NOUNS = frozenset(
    {"earthquake", "earthquakes", "quake", "tsunami", "landslide", "landslides", "mudslide"}
    | {"avalanche", "eruption", "stampede", "shipwreck", "tremor"}
)
"""Nouns of a one-day disaster ("the Feb. 6 earthquake", "the Dec. 26 tsunami"): a text that
dates one in its lead is about it, and each count of its dead is that day's, whichever day
a source gave the count on, when it is over a week old (a disaster of the last days is read
as before: its lead's recent day is the disaster's or its aftermath's)."""
# round 9b: the source of the figure's own clause (q-who) ------------------------------------

SAY_VERBS = SAY_VERBS | frozenset({"concluded", "concludes", "indicate", "indicates"})
""""The commission concluded that 3,400 died", "the unions indicate that 58% struck": who
concludes or indicates gives the figure, as who says it does."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"rebels", "guerrillas", "insurgents"})
""""Rebels put the toll at about 60", "the guerrillas said 90 died": an armed group speaks as a
body does (it is also a counted noun: "40 rebels were killed" stays a count)."""
# round 10: the verb that reports a figure in the figure's own clause (c-who) --------------

HELD_COUNT_VERBS: frozenset[str] = frozenset()
"""Verbs with which a body gives a count it keeps ("tiene registrados" in Spanish). English says
"has registered", a perfect tense the verbs of saying read already: none here."""

HELD_COUNTS: frozenset[str] = frozenset()
"""The participles that, after `HELD_COUNT_VERBS`, make its subject the source (none in English)."""

SAY_VERBS = SAY_VERBS | frozenset({"acknowledges", "acknowledged", "acknowledge"})
""""The government acknowledges 23 deaths": who acknowledges a figure gives it, as who says it
does. Not "admitted", which also admits patients to a hospital."""

BODY_SHORT_HEADS = frozenset(
    {"ministry", "department", "commission", "office", "agency", "committee", "council"}
    | {"institute", "observatory", "prosecutor", "federation", "confederation"}
    | {"association", "foundation", "coalition", "platform", "directorate", "secretariat"}
)
"""The head of a body that a text, once it has named the body in full, uses alone ("the
National Disaster Management Agency … the Agency"). In one document, that one-word mention is
the only full name ending (or, in Spanish order, starting) with it; with two, it is left as
written."""

OFFICIAL_ADVERBS = frozenset({"officially"})
""""By Friday 25,100 had officially died": the adverb says whose figure it is — the official
count, as "according to official figures" does — when the sentence names no other source."""

# round 10: status verbs by class, every tense (c-status) ------------------------------------

STATUS_VERBS: dict[str, Status] = {
    **dict.fromkeys(("confirm", "corroborate", "certify"), Status.CONFIRMED),
    "verify": Status.VERIFIED,
    "document": Status.DOCUMENTED,
    **dict.fromkeys(("record", "register", "tally"), Status.REGISTERED),
    "announce": Status.ANNOUNCED,
    **dict.fromkeys(("authorize", "authorise", "approve"), Status.AUTHORIZED),
    **dict.fromkeys(("pledge", "promise"), Status.PLEDGED),
    **dict.fromkeys(("estimate", "calculate"), Status.ESTIMATED),
}
"""Status verbs by meaning: whoever confirms, verifies, documents or records a count has
checked it; whoever announces, authorizes or pledges it has announced it; whoever calculates
it has estimated it. Every inflected form counts (`conjugate.en_forms`)."""

STATUS_VERB_NOT_FORMS = frozenset({"recording", "registers", "tallies", "certified", "promising"})
"""Forms that are mostly other words: "a recording", "the registers", "certified teachers".
Forms already in the table keep their round's decision ("records", "estimates", "pledges")."""

STATUS_WORDS = {
    **{
        form: status
        for form, status in conjugate.en_verbs_done(STATUS_VERBS).items()
        if form not in STATUS_VERB_NOT_FORMS
    },
    **STATUS_WORDS,
}

PASSIVE_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
"""The "be" of a passive ("45 cases are recorded"): the participle after it names no keeper of
the tally."""

TIME_SUBJECTS = frozenset(MONTHS) | frozenset(
    {"month", "week", "day", "year", "weekend", "period", "quarter", "summer", "winter"}
)
"""A time as the subject of "recorded" ("January recorded 300 murders", "the week recorded 40
arrests") says what happened in it, not who counted it."""

SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "who", "which", "that"})
"""A pronoun before "recorded" names no keeper by itself ("we have recorded one death", "30,000
who registered on arrival"): the figure stays reported unless its source is found."""

REGISTER_NOUNS = frozenset({"records"})
""""The records show 40 deaths": a register is a kept tally, so its count is registered."""

ADMIN_PLACE_NOUNS = frozenset(
    {"prefecture", "district", "county", "municipality", "town", "village", "department"}
)
"""Administrative places as the subject of "recorded" ("the prefecture registered 300"): a
place sees the count (see `status_cues.place_subject`)."""

CHANGE_NOUNS = CHANGE_NOUNS | frozenset({"disparity", "shortfall", "mismatch"})
"""The size of a gap between two counts ("a shortfall of 20,000 between the tallies"): it
counts nobody."""

WITNESS_SOURCES = frozenset(
    {"survivors", "witnesses", "eyewitnesses", "testimony", "testimonies", "accounts"}
    | {"residents", "relatives", "families", "passengers", "villagers"}
)
"""Session 13 (h-who-en): people whose accounts a body cites for its own figure: "the IOM
said, citing survivors' testimony" gives the IOM (an outlet citing them still relays them)."""

OWN_SOURCE_WORDS = frozenset({"according", "citing", "quoting"})
"""Words that open a source of their own ("a figure that according to the government is 30"):
a status verb before them does not reach the figure after them."""

PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
"""Session 13 (h-who-es): relatives that open a clause about the people already counted ("13
of those freed …, whom the government promised a pardon"): the status verb after them is that
clause's, not the number's; the verb before ("confirmed that …") reaches it."""

LIST_BREAKS = frozenset(
    {"while", "whereas", "but", "although", "though", "however", "yet", "despite", "unlike"}
)
"""Words that end a list going on from a checked count ("confirmed 300 deaths, while 40 …"):
after one, a figure belongs to another clause."""

FUTURE_PASSIVES = FUTURE_PASSIVES | frozenset(
    (be, plan, "to", "be")
    for be in ("is", "are", "was", "were")
    for plan in ("due", "set", "expected", "supposed", "scheduled", "slated", "going")
)
"""Every "be + plan + to be" before an act participle ("33 hostages were supposed to be freed",
"200 are scheduled to be released"): an act to come, announced."""

EXCHANGE_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("in", "exchange", "for"), ("in", "return", "for"), ("in", "a", "swap", "for")}
)
"""The other side of a deal to come ("… to be freed in exchange for 1,900 prisoners"): its
figure is announced as the first is."""

PLAN_MARKERS = PLAN_MARKERS | frozenset(
    (plan, "to") for plan in ("supposed", "due", "scheduled", "slated", "expected")
)
"""A schedule before an act ("Hamas was supposed to free 33 hostages", "is due to release
200"): the act is to come, so its figure is announced."""

OFFICE_SPEAKERS = frozenset(
    {"minister", "ministry", "government", "president", "authorities", "regime", "administration"}
)
"""Offices of government as the subject of a report: releases they report are their own acts,
so their figure is claimed ("the interior minister said 88 prisoners had been freed")."""
# round 10: an earlier occasion named by its place in a series (c-when) ------------------------

EARLIER_OCCASION_WORDS = frozenset({"previous", "prior", "preceding", "earlier"})
"""Words that place an occasion before the text's own ("the previous day of action", "the
prior strike"). "Last" is left out: "the last day of the strike" is its final day."""

EARLIER_OCCASION_NOUNS = frozenset(
    {"strike", "strikes", "walkout", "march", "protest", "demonstration", "rally"}
    | {"mobilization", "mobilisation", "day"}
)
"""Occasions a series repeats; "day" only as "day of action / mobilization / protest"."""
# round 10: the day figures were released (c-when) -----------------------------------------------

RELEASED_FIGURE_VERBS = frozenset({"released", "tabulated", "compiled", "updated", "presented"})
"""Participles of putting out figures: right after a noun of figures or of a document
("figures released Friday", "a report released on Thursday", "figures tabulated Wednesday"),
the date after them is the day the figures came out, not the day of what they count (after a
noun of people, "released" is the act counted: "prisoners released on Tuesday")."""

RELEASED_FIGURE_NOUNS = frozenset(
    {"figures", "figure", "data", "numbers", "tally", "count", "report", "statement", "set"}
    | {"bulletin", "list", "estimates", "results", "toll"}
    | {"statistics", "stats"}  # h-when: "according to police statistics released yesterday"
)
"""Nouns of figures or documents that the participles above may follow."""
# round 10: a superlative before "since" compares, it opens no period (c-when) ----------------

SUPERLATIVES_BEFORE_SINCE = frozenset(
    {"highest", "lowest", "largest", "biggest", "smallest", "worst", "deadliest", "fewest"}
    | {"heaviest", "bloodiest", "best", "record"}
)
"""Words that make a following "since X" the last time a figure was as high or low ("the
biggest crowd since 1994", "the worst flooding since 1988"): X is no start of the count.
"Most" counts only after "the" ("the most since 2014")."""
# round 10: the place of each figure (c-where) ------------------------------------------------

FIGURE_COMMENT_OPENERS: tuple[tuple[str, ...], ...] = (
    ("a", "figure"), ("figure", "that"), ("figures", "that"), ("a", "number"),
    ("number", "that"), ("a", "percentage"), ("percentage", "that"), ("a", "share"),
    ("share", "that"), ("a", "rate"), ("rate", "that"), ("a", "proportion"),
)  # fmt: skip
"""The words that open a clause commenting on the figure just named ("…18%, a figure that
rose in Cádiz", "…, a share that fell in two districts"): a place in that clause is where the
comment holds, never the figure's own place."""

BREAKDOWN_PHRASES = (
    "by province", "by provinces", "by region", "by regions", "by state", "by states",
    "by district", "by districts", "by county", "by counties", "by department",
    "by city", "by cities", "province by province", "region by region", "state by state",
    "broken down by",
)  # fmt: skip
"""Phrases that share a figure out among places ("By province, the labour office counted
…"): the places after one are parts of a whole, so they scope only their own entries, never
a figure of another sentence nor the text as a whole."""

DISTRIBUTIVE_WORDS = frozenset({"by", "per", "each", "every", "for"})
"""Words that never start a place's name before a place noun ("By province", "per
district"): they share a figure out, they name no place."""

SECTOR_NAMES: dict[str, str] = {
    "health service": "health", "health services": "health", "health sector": "health",
    "health care": "health", "healthcare": "health", "hospitals": "health",
    "health workers": "health", "education": "education", "schools": "education",
    "teachers": "education", "teaching staff": "education", "universities": "universities",
    "justice": "justice", "the courts": "justice", "whole administration": "whole",
    "public administration as a whole": "whole", "civil service as a whole": "whole",
    "local government": "local", "local councils": "local", "transport": "transport",
    "industry": "industry", "construction": "construction", "retail": "commerce",
    "agriculture": "agriculture", "banking": "banking",
}  # fmt: skip
"""Phrases (folded) that name the sector a strike's share is of, and the sector's key, the
same in both languages: two shares of different sectors are two quantities ("18% in the
health service" and "29% of the whole administration" never meet in `scan`)."""


# round 10: adverbs of later time between a subject and its verb (c-eswrong)
LATER_ADVERBS = frozenset({"afterwards", "then", "later"})
"""Adverbs of later time between a subject and its verb ("the police afterwards raised the
count"): no part of the subject; the subject before them speaks."""

CLAIMANT_REPORT_NOUNS = CLAIMANT_REPORT_NOUNS | frozenset({"estimate", "estimates"})
"""Round 10: also an estimate before its author ("estimates from the fire service put"):
the author speaks, not the document."""

LISTENER_NAMES = frozenset({"reporters", "journalists", "press", "afp", "reuters", "ap"})
"""Round 10: listeners a figure is told to ("officials of the ministry to reporters"): whom it
was told to is no part of the name of who tells it."""

# round 10: a one-line paragraph's source carried to the next line of figures (c-miss) -------

INFERENCE_VERBS = frozenset({"implies", "imply", "implied", "means", "meant", "meaning"})
"""Verbs by which the outlet draws its own figure from figures before ("This implies that
120 did not come"): such a sentence is the outlet's arithmetic, no source's statement."""

# round 10: one unnamed person who speaks (c-miss) -----------------------------------------------

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset(
    {"parent", "witness", "eyewitness", "resident", "survivor", "relative", "villager"}
    | {"officer", "policeman", "employee", "teacher", "doctor", "nurse"}
)
"""One unnamed person who tells a figure ("a witness said", "a parent told reporters that
about 300 were missing") is that figure's source, as the plural ("witnesses said") is; the
table keeps its name though it now holds singulars too."""

# round 10 (lead): "till" is "until", and "based on" / "due to" / "owing to" open a phrase as
# "according to" does — function words, never the noun a figure counts ("the toll at 580 till
# Monday", "the toll was 640 based on reports")
FUNCTION_WORDS = FUNCTION_WORDS | {"till", "based", "due", "owing"}

# round 10 (lead): who clarified a figure gave it ("the minister clarified that the toll was
# at 900"), as who explained or specified it did
SAY_VERBS = SAY_VERBS | frozenset({"clarified", "clarifies", "clarify", "clarifying"})

# round 11: where a figure happened, not what it is about (e-where) ---------------------------

GATHER_VERBS = frozenset(
    {"march", "marched", "marches", "marching", "paraded", "parading", "rallied", "rallying"}
    | {"walked", "streamed", "poured", "filed", "snaked", "wound", "demonstrated", "protested"}
    | {"gathered", "thronged", "flooded", "filled", "packed", "swept"}
)
"""Verbs of a crowd on the move: the place of their route word ("marched through Paris") is
where the crowd was counted."""
ROUTE_WORDS = frozenset({"through", "along", "around", "across", "down", "into"})
"""Words of a route after a gathering verb ("walked along", "marched down")."""
WAR_NOUNS = frozenset(
    {"war", "wars", "conflict", "fighting", "offensive", "invasion", "occupation", "genocide"}
    | {"siege", "bombing", "bombardment", "blockade", "ceasefire", "cease-fire", "truce"}
)
"""Nouns of a war or its end: the place after them ("the war in Ukraine") is what a cause is
about when a cause word stands before them."""
CAUSE_WORDS = frozenset(
    {"against", "ceasefire", "cease-fire", "truce", "ending", "stop", "stopping"}
    | {"halt", "protest", "protesting", "protests", "oppose", "opposing", "opposed", "anti"}
    | {"call", "calls", "calling", "demand", "demands", "demanding", "urge", "urging"}
    | {"solidarity", "support"}
)
"""Words of a demand or a cause before a war noun ("to call for a ceasefire in the war
between …", "protests against war on …"): the place the war is in is what the crowd asks
about, never where it gathered. "end" is one only as "to end" or "an end to" (not "by the
end of the war in …", a time)."""
WAR_TIES = frozenset({"in", "on", "of", "between", "over", "against", "with", "and", "the"})
"""Small words between a war noun and its places ("the war between A and B")."""
CITY_BACK = ("in the city", "across the city", "in the capital", "through the city")
"""A crowd "in the city": the city named just before, never the country by default."""
NATION_PART_BEFORE: tuple[str, ...] = ("including", "among them", "of whom", "of them")
"""Words after a comma right before a part of a nation's figure: "killed 30 nationwide,
including 12 in Ohio" (the 12 keep Ohio, h-where)."""
SPREAD_NOUNS = frozenset({"states", "provinces", "regions", "departments", "counties", "districts"})
"""Plural nouns of a country's parts that a figure spreads over ("storms killed 32 in at
least 11 states", h-where): the count is the country's, not one state's."""
SPREAD_COUNT_WORDS = frozenset({"several", "multiple", "many", "various"})
"""Vague counts before `SPREAD_NOUNS` ("in several states", "en varios estados")."""
REGION_BACK = (
    "in the state",
    "across the state",
    "of the state",
    "in the province",
    "across the province",
    "of the province",
    "in that state",
    "in that province",
)
"""A count "in the province" / "in the state" (written in lower case, no name after it):
the state or province named last before it, never the country by default (h-where)."""
ATTACK_NOUNS = frozenset(
    {"airstrike", "airstrikes", "air", "raid", "raids", "bombing", "bombings", "bombardment"}
    | {"warplane", "warplanes", "jets", "drone", "drones", "gunships", "helicopters"}
    | {"missile", "missiles", "shelling", "artillery", "soldiers", "commandos", "warships"}
)
"""Nouns of an attack or its weapons: a country's name on them ("a U.S. airstrike", "by U.S.
warplanes") is the attacker, never where the dead were counted (with `AGENT_NOUNS`)."""
TRANSFER_VERBS = frozenset(
    {"evacuated", "airlifted", "hospitalised", "hospitalized", "rushed", "transferred"}
    | {"taken", "flown", "ferried", "transported"}
)
"""Verbs of moving the hurt: the place after them ("the injured were evacuated to Yola") is
where survivors were taken, never where the toll happened."""
ORIGIN_WORDS = frozenset({"from"})
"""What stands before the country people came from ("migrants from Somalia")."""
ORIGIN_PEOPLE = frozenset(
    {"migrants", "refugees", "people", "passengers", "nationals", "citizens", "asylum"}
    | {"seekers", "workers", "mostly", "many", "most", "victims", "survivors", "them"}
    | {"came", "travelled", "traveled", "train", "trains", "bus", "buses", "coach", "coaches"}
)
"""The people, a share of them or their journey before the origin word: "migrants from",
"mostly from", "by bus from": where they came from is no scope of where they were counted."""
SEAT_NAMES = frozenset(
    {"center", "centre", "office", "agency", "institute", "observatory", "headquarters"}
)
"""Heads of a body's capitalised name ("the Maritime Rescue Coordination Centre in Rome"):
the place after its "in" is where the body sits, never where the count is."""
# round 11: what is counted is what happened to the people (e-what) ---------------------------

PREDICATE_EVENTS: dict[str, str] = {
    "escaped": "escaped",
    "escape": "escaped",
    "escapees": "escaped",
    "escaping": "escaped",
    "survived": "survivors",
    "survive": "survivors",
}
"""Round 11: verbs that say what happened to the people a figure counts only as that figure's
own verb, after its noun or just before it ("15 pupils had escaped", "29 people survived the
capsizing"): captives who got away and people who lived through a disaster are counts of
their own, never the hostages or the dead of the same story. Never read from elsewhere in
the sentence ("40 guards were on duty" when inmates escaped)."""

RELATIVE_WORDS = frozenset({"who", "that", "which"})
"""Round 11: words that open a relative clause describing the people a figure counts ("40
students who were kidnapped")."""

PREDICATE_MARKS = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "been", "later", "since", "then"}
    | {"subsequently", "eventually", "finally", "also", "all", "managed", "to"}
)
"""Round 11: words right before the verb that says what happened to the people counted,
after a description of them ("kidnapped last week have escaped", "managed to escape")."""

ONE_WORDS = frozenset({"one"})
"""Round 11: "one" after a coordinator starts the next figure ("88 cases and one death")."""

SUBJECT_DETERMINERS = SUBJECT_DETERMINERS | frozenset({"some", "many", "most", "others"})
"""Round 11: "and some …" opens a clause about some of the people, with its own verb ("20
women, and some escaped"): not the verb of the figure before."""

PART_RELATIVES: tuple[tuple[str, ...], ...] = (("of", "whom"), ("of", "which"))
"""Round 11: after a comma, a relative that opens a clause about a part of the people just
counted ("a total of 494 victims, of whom 18 have died"): what that clause says happened is
the part's, never the whole's."""

CARE_VERBS: dict[str, str] = {"treated": "treated"}
"""Round 11: care a generic head's people receive is what its figure counts ("about 3,000
patients were under treatment": treated, never the deaths of the epidemic); read only for heads
that say just "people", so injured people treated stay injured."""
# round 11: a count noun of the dead and wounded of a side (e-count) ----------------------------

CASUALTY_NOUNS: dict[str, str] = {"casualties": "casualties"}
"""The dead and wounded of a side ("the rebels suffered 64 casualties"): the figure counts
people, under one metric in both languages ("bajas" in Spanish). The figure's own noun, or
the noun before a figure with none ("their casualties rose to 57"); never an event word of
the clause for other figures. Not the singular "casualty figure", which news often use for
the dead alone: such a figure keeps the metric of its context."""
CASUALTY_DETERMINERS = frozenset({"the", "its", "their", "of", "our"})
"""Words before a casualty noun that make it a noun ("their casualties"); English needs no
such check (the Spanish "bajas" is also an adjective), kept for the shared name."""
FATAL_WORDS = frozenset({"fatal"})
"""A casualty noun with one of these counts deaths ("64 fatal casualties")."""

# round 11: the measure of a compound modifier is no count (e-count) ------------------------------

COMPOUND_PEOPLE_UNITS = frozenset({"man", "people", "person", "strong", "woman"})
"""Units of people that, hyphened to a figure, keep it a count of people ("a 2,000-strong
crowd", "a 300-person march"); any other singular noun makes the pair a measure of the noun
after it ("the 40-member parliament", "a 12-storey block")."""
# round 11: a figure's own source (e-clause) ------------------------------------------------

GENERIC_HEADS = {
    **GENERIC_HEADS,
    "board": ("board", "commission", "council"),
    "party": ("party",),
    "unit": ("unit",),
    "authority": ("authority",),
    "collective": ("collective", "coalition", "group"),
}
"""Bodies that give figures under a class name ("the election board put turnout at", "the
main opposition party said"), as the union or the agency do."""

REPORT_SOURCES = frozenset({"reports", "estimates", "estimations", "accounts", "tallies", "counts"})
"""Plural report nouns that, with a word that sets them apart ("other reports", "some media
estimates", "initial reports"), give a figure as an anonymous source of their own; never the
previous sentence's source."""

OFFICIAL_WORDS = frozenset({"official"})
OFFICIAL_FIGURES = frozenset(
    {"toll", "count", "figure", "figures", "tally", "number", "numbers", "estimate", "total"}
)
"""A figure named as "the official toll of N" (set against another in a comparison: "three
times the official toll of 31") is the government's, not the sentence's speaker's."""
# round 11: one period, one date (e-when) ---------------------------------------------------------

PLUPERFECT_AUX = frozenset({"had"})
"""Round 11: the auxiliary of the pluperfect ("the agency had set the figures at …")."""
SET_FIGURE_VERBS = frozenset({"set", "put", "placed", "fixed", "estimated", "given"})
"""Round 11: verbs that set a figure at a value ("had set the figures at 3,080 deaths", "had put
the toll at 45"). In the pluperfect, followed by "at" or a noun of a figure before the number,
they give the source's earlier figure: the one the article announces replaces it, whatever day
each is dated."""
SET_FIGURE_AT = frozenset({"at"})
"""Round 11: the word before the value a figure is set at ("set the toll at 45")."""
EARLIER_TIME_WORDS = frozenset({"earlier", "previously"})
"""Round 11: words that place a pluperfect figure before the article's ("earlier this week the
agency had set the figures at …"); without one, "had put the crowd at 5,000, while organisers
said 20,000" is a rival's figure, not an earlier one."""
THAT_PERIOD = frozenset(
    {("that", "period"), ("this", "period"), ("those", "months"), ("that", "span")}
)
"""Round 11: a period named before ("between January and April … 6,300 in that period"): the
figure is of that period, in its own sentence or the one before."""

# round 11 (lead): a clause fronted to set its speaker against the sentence's own -----------

FRONTED_CONTRAST = (("contrary", "to"), ("unlike",), ("in", "contrast", "to"))
"""Openers of a clause fronted to set its speaker against the main clause's ("Contrary to
what the minister said, the councillor put the toll at 23"): the fronted clause ends at its
first comma, and its speaker is not the source of the figures after it."""

# round 12: a day named by reference to the day named before it (f-when) ----------------------

SAME_DAY = frozenset(
    {("that", "same", "day"), ("the", "same", "day"), ("that", "very", "day"), ("that", "day")}
)
"""Round 12: phrases that name again the day named just before ("The ministry gave 40 on 2
May; a relief agency put the toll of that same day at 55"): the figure is of that day, not of
the day the text came out."""
NEXT_DAY = frozenset(
    {("the", "next", "day"), ("the", "following", "day"), ("a", "day", "later")}
    | {("one", "day", "later"), ("the", "day", "after")}
)
"""Round 12: phrases that name the day after the day named just before."""
DAYS_LATER = frozenset({("days", "later")})
"""Round 12: the words after a count of days that name that many days after the day named just
before ("three days later")."""
DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
"""Round 12: counts of days written as words ("two days later")."""
NOT_THAT_DAY_BEFORE = frozenset({"until", "since", "before", "after", "to", "till", "from"})
"""Round 12: words (one or two before "that day") that make it the bound of a period ("until
that day", "up to that day"), not the day counted."""
NOT_NEXT_DAY_AFTER = frozenset({"of", "after", "that", "when"})
"""Round 12: words after "a day later" / "the day after" that name the day it follows ("the day
after the vote"): then it follows that occasion, not the day named before."""

# round 12: verbs that set or move an event's toll on the day they are told (f-when) -----------

TOLL_REPORT_VERBS = TOLL_REPORT_VERBS | frozenset(
    """
    adjusted brought climbed fixed increased jumped pegged placed reached rose set soared
    """.split()
)
"""Round 12: more verbs with which a toll is set or moves ("the toll climbed to 60 on Monday",
"officials set the count at 12 on Friday"): the day of such a sentence is the day it was told,
and the toll keeps the day of its event."""
LATER_EVENT_NOUNS = frozenset({"aftershock", "aftershocks", "blast", "explosion", "collapse"})
"""Round 12: nouns of a later occasion within a toll's sentence ("the toll rose to 61 after an
aftershock on Wednesday killed 5 more"): the day right after one is that occasion's."""

# round 12: a rival's figure set against the one before it takes its time (f-when) --------------

CONTRAST_ASIDES = frozenset(
    {("however",), ("in", "contrast"), ("by", "contrast"), ("for", "its", "part")}
    | {("for", "their", "part"), ("on", "the", "other", "hand")}
)
"""Round 12: words set between commas after a sentence's subject that set its figure against
the one the sentence before gave ("A rights group, however, counted 2,900 detainees"): with no
time of its own, the figure is of the same time as the one it is set against."""
CONTRAST_OPENERS = frozenset(
    {("in", "contrast"), ("by", "contrast"), ("for", "its", "part"), ("for", "their", "part")}
)
"""Round 12: the same words opening the sentence, before its subject ("For its part, the union
counted 9,000"); "however" there joins any two statements, and is not read."""

# round 12: a day the dead were handled, or a pluperfect of dying, is not the day they died -----

DEAD_BODY_NOUNS = frozenset({"bodies", "corpses", "remains"})
"""Round 12: nouns of the dead as handled after the event ("carried the bodies of 17")."""
BODY_HANDLING_VERBS = frozenset(
    """
    brought buried carried delivered exhumed identified pulled recovered retrieved taken took
    """.split()
)
"""Round 12: verbs of handling the dead ("On Wednesday, villagers carried the bodies of 17 to
the town hall"): the day of the sentence is the day of that act, not of the deaths, and a
count of the dead keeps the day the text gives its event."""
PLUPERFECT_AUXES = frozenset({"had"})
"""Round 12: the auxiliary of a pluperfect ("31 people had been killed")."""
VICTIM_PARTICIPLES = frozenset({"killed", "died", "wounded", "injured", "slain"})
"""Round 12: participles of an event's harm: in the pluperfect ("a trader said 31 people had been
killed") the harm came before the day of the telling, and the count keeps the event's day."""
TOLL_REPORT_VERBS = TOLL_REPORT_VERBS | frozenset({"remained", "stood", "stands", "remains"})
"""Round 12: verbs of a toll told as it stands ("said on Thursday the toll remained 21"): the
day of the sentence is the day of the telling."""
DYING_VERBS = frozenset({"died", "drowned", "killed", "perished", "slain"})
"""Round 12: past verbs of dying: a sentence that handles the dead and holds one ("carried the
bodies of 9 who drowned that morning") may date deaths of its own day, and is not read as a
later day of handling."""

# round 12: the verbs that make a fronted day the day of the telling (f-when) --------------------

TELLING_VERBS = frozenset(
    """
    added announced disclosed explained informed noted posted reported revealed said says
    stated told tells tweeted wrote
    """.split()
)
"""Round 12: verbs of telling only (not of counting or acting: "counted", "arrested"): a day
that opens its clause and is followed by one ("Late on Monday the office's chief told …") is
the day of the telling, not of what is told."""

# round 12: acts that make a level of an event's victims (f-when) -------------------------------

ACT_OF_LEVEL_VERBS = ACT_OF_LEVEL_VERBS | frozenset({"drowned", "disappeared", "vanished"})
"""Round 12: acts that leave people missing ("dozens were feared to have drowned when the boat
sank on Thursday"): the count of those missing is dated by the act, like an abduction's."""
DAY_NOUNS = frozenset({"day", "days"})
"""Round 12: the nouns every phrase of a day named by reference holds (`SAME_DAY`, `NEXT_DAY`,
`DAYS_LATER`): a sentence without one is not read for them."""
# round 12: the place a count is about (f-where) ----------------------------------------------

UNION_NAMES = ("the european union", "european union", "the eu")
"""Round 12: a union of states written by name: where people arrived, crossed or were counted
("entered the EU", "asylum claims in the European Union"), an area wider than a country like
`WORLD_REGIONS` (folded, lower case). Every form is shown as `UNION_SHOWN`."""
UNION_SHOWN = "European Union"
"""Round 12: the one name a union's figures are scoped to, whatever form the text writes."""
ARRIVAL_TIES = ("reached ", "crossed into ", "crossed ", "arrived in ", "got into ")
"""Round 12: verbs of reaching a place, right before it ("reached Greece", "crossed the EU's
external borders"): the place people got to is where they are counted, as after "into"."""
RECEIVE_VERBS = frozenset({"received", "receives", "admitted", "welcomed"})
"""Round 12: verbs whose subject place takes people in ("the EU received 1.8 million"): the
receiving place holds the count, like `PLACE_HOLD_VERBS`."""
NATIONALS_ABROAD = (
    "abroad",
    "outside their country",
    "outside the country",
    "outside their homeland",
    "living overseas",
)
"""Round 12: a count of nationals out of their own country, wherever they live ("4 million
citizens now live abroad"): no place of residence is stated, so no default place either; a
place the clause ties to the figure still scopes it."""
BODY_NAME_NOUNS = frozenset(
    {"department", "ministry", "office", "agency", "service", "bureau", "police", "fire"}
    | {"institute", "council", "commission", "committee", "authority", "university"}
)
"""Round 12: nouns that end a body's name ("the Riverside County Fire Department"): a run of
capitalised words holding one is an organisation's name, never a town's of its own."""
MEDIA_NOUNS = frozenset(
    {"mail", "times", "post", "herald", "guardian", "telegraph", "journal", "tribune"}
    | {"gazette", "newspaper", "tabloid", "broadcaster", "daily", "network", "channel"}
)
"""Round 12: nouns that end an outlet's name or name one ("The Daily Mail", "a tabloid"): the
place after "in" right after them is where the outlet is ("a tabloid in England reported"),
never where the figure it reports counts."""
EMIGRATION_WORDS = frozenset({"emigrants", "emigrated", "emigres", "expatriates", "expats"})
"""Round 12: words of people who left their own country ("2 million had emigrated"), in the
figure's clause: like `NATIONALS_ABROAD`, no place of residence, no default place."""
# round 12: the imperfect of verbs of saying (f-pair) ------------------------------------------

SAY_IMPERFECT: frozenset[str] = frozenset()
"""Round 12: Spanish says "declaraba" / "aseguraba" where English uses the simple past, which
`SAY_VERBS` already holds; the table is kept so both languages name the same tables."""

# round 12: people who speak as a group, unnamed (f-pair) ---------------------------------------

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset(
    {"villagers", "survivors", "eyewitnesses", "locals", "fishermen", "farmers", "neighbours"}
    | {"neighbors", "townspeople", "mourners", "elders"}
)
"""Round 12: the unnamed people of a place who tell a figure ("villagers said the dead were
40", "survivors counted 60") are its source, kept apart from any named body."""

# round 12: the level of an office beside its title (f-pair) ------------------------------------

TITLE_LEVELS = frozenset(
    {"regional", "provincial", "local", "state", "district", "county", "municipal", "federal"}
    | {"deputy", "interim", "acting"}
)
"""Round 12: words that give an office's level or standing beside its title ("the regional
governor", "the acting mayor"): the phrase is still the bare title of one office holder."""

# session 9 (lead): figures named as a part of a group already counted ----------------------

SUBSET_PREDICATES: tuple[tuple[str, ...], ...] = (
    ("were", "among"),
    ("was", "among"),
    ("are", "among"),
    ("is", "among"),
)
"""A predicate that makes the figures of its subject a part of a group already counted
("Eight women and three children were among the injured"): the opener comes after the
figures, where `SUBSET_OPENERS` ("among the dead were …") comes before them."""
SUBSET_OF = frozenset({("of", "the")})
"""Words between a figure and a noun of people that make the figure a part of that group
("Five of the injured are in a critical condition"), when no number follows them ("12 of the
40 passengers" is read apart). Before a figure they name a whole ("of the 25 dead, 12 …"), and
they open a subset only as a sentence's first words (`part_cues._OF_THE`)."""

# round 12 (f-where): where people fled to ----------------------------------------------------

FLIGHT_TIES = (
    "fled to ",
    "fled into ",
    "escaped to ",
    "fled to neighboring ",
    "fled to neighbouring ",
    "fled into neighboring ",
    "fled into neighbouring ",
)
"""Round 12: what stands before the place people fled to ("fled to neighboring Sudan"): their
destination is where they are counted, never the place of the fighting they left."""

# session 9 (lead): who revises a figure gives it -------------------------------------------

SAY_VERBS = SAY_VERBS | frozenset(
    """
    downgraded downgrading lowered lowering raised raising upgraded upgrading
    """.split()
)
"""The subject of a verb that revises a figure gives the figures it revises ("The coroner
lowered the toll from 51 to 24", "with the agency downgrading the number"), as the Spanish
table has "rebajó" and "elevó". Not "corrected", "revised" or "updated": with them a
later sentence's "the health office corrected the toll to 640" lost the body named before
and its revision."""
REVISION_VERBS = REVISION_VERBS | frozenset({"downgrading", "lowering", "raising", "upgrading"})
"""The gerunds of the revising verbs before "from A to B" ("downgrading the number from 51 to
24") make a revision too."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset(
    """
    activist advocate attorney campaigner caretaker coroner councillor councilman councilor
    councilwoman elder elders examiner farmer farmers firefighter fisherman fishermen
    gravedigger headman herder herders imam lawmaker lawmakers legislator legislators medic
    organiser organizer paramedic pastor pathologist physician priest protester ranger rescuer
    sheriff shopkeeper shopkeepers student surgeon trader traders undertaker villagers volunteer
    warden
    """.split()
)
"""Session 9 (lead): people who tell a figure by their role or trade, one or many ("the
coroner said", "a local lawmaker said", "tribal elders said"): the figure's source, unnamed,
as "a witness said" is. Only nouns of people, never of a body (a body's noun is a generic head
that names the body named before)."""
# round 12: a series of reports by its period (f-pair) -----------------------------------------

REPORT_SERIES = frozenset({"daily", "weekly", "monthly", "nightly", "hourly"})
"""Round 12: the period that makes a document a series ("the daily report"): such a series
speaks as a generic label of its own, apart from any body named before it."""
REPORT_SERIES_NOUNS = DOCUMENT_NOUNS | frozenset({"bulletin", "update", "briefing", "tally"})
"""Round 12: the documents that come out as a series ("the daily bulletin")."""
# round 12 (f-count): a figure set against another, and people who left their country ------

SET_AGAINST_CUES = (
    ("against",),
    ("versus",),
    ("vs",),
    ("compared", "with"),
    ("compared", "to"),
    ("than",),
    ("below",),
    ("above",),
    ("short", "of"),
    ("instead", "of"),
    # session 10 (g-metric): a figure's earlier value ("120 cases, up from 95 last week")
    ("up", "from"),
    ("down", "from"),
)
"""Round 12: words that set a figure against one counted before it ("210 dead, compared with
the 245 that the hospital listed", "far short of the figure of 700 that X gave"). A figure after
one of them whose own noun is left out counts what the earlier figure counts."""
SET_AGAINST_NEXT = frozenset(
    """
    according announced by cited claimed counted estimated from given in listed of on put
    recorded registered reported that which
    """.split()
) | frozenset({"and", "last", "earlier", "previously", "before"})  # session 10: "against 15 and"
"""Round 12: words that may follow a figure set against another when its noun is left out: a
preposition, a relative word or a participle of reporting ("against 900 given by the army")."""
EMIGRANT_NOUNS = frozenset({"emigrants", "emigres", "expatriates", "emigrant"})
"""Round 12: people who left their country: a count of people, the migrants of the registry."""
PURPOSE_LINKS = frozenset({"to"})
"""Round 12: the word that opens the purpose of a verb of arriving ("came to protest")."""
PURPOSE_EVENTS = {
    **dict.fromkeys(["protest", "march", "demonstrate", "rally"], "protesters"),
    "vote": "voters",
}
"""Round 12: purposes that say what people who arrived are counted as: those who came to
protest are protesters, not arrivals across a border."""
PERSON_NOUNS = PERSON_NOUNS | EMIGRANT_NOUNS
ABROAD_AFTER = (
    ("living", "abroad"),
    ("live", "abroad"),
    ("lived", "abroad"),
    ("residing", "abroad"),
    ("living", "outside"),
    ("live", "outside"),
    ("who", "live", "abroad"),
    ("who", "live", "outside"),
)
"""Round 12: words after people counted that place them outside their country ("2 million
nationals living abroad"): the count is of emigrants (a stock), whatever the people's noun."""
NOBODY_WORDS = frozenset({"nobody"})
"""Round 12: words that say no person at all; "no one" is read from "no"."""
NO_WORDS = NO_WORDS | NOBODY_WORDS
ZERO_DEATH_NOUNS = frozenset({"death", "fatality"})
"""Round 12: singular nouns of a death after "no" ("no death was recorded"): the figure 0."""
ZERO_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "been", "is", "reportedly"})
"""Round 12: words between "no one" and its verb ("no one had been killed")."""
ZERO_DEATH_VERBS = frozenset({"died", "killed", "perished", "dead", "die"})
"""Round 12: verbs of dying after "no one": "no one had died" is the speaker's figure 0."""
CAUSE_LINKS = frozenset({"from"})
"""Round 12: the word that gives the cause of a count of a list's items ("1,450 from shelling"):
in a list under a counted figure every item counts what the first does."""
PUBLISHED_OBJECTS = PUBLISHED_OBJECTS | frozenset(
    {"study", "survey", "paper", "document", "analysis", "census", "review", "tally"}
)
"""Round 12: documents put out, read also before the participle ("a survey released by the
ministry"): publishing, not a release of people."""

# round 12: one speaker under several names; revisions kept apart from neighbours (f-same) -----

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset(
    {"blogs", "bloggers", "websites", "sites", "commentators", "influencers"}
)
"""Round 12: unnamed voices online ("Some partisan blogs claimed 2 million"). The subject of
its own sentence speaks for the figure, as written: never the source of the sentence before,
so never that source's revision."""
SOURCE_QUANTIFIERS = frozenset({"some", "several", "various", "many"})
"""Round 12: words that open an unnamed plural source and are no part of its name ("some
activist websites" is written "activist websites")."""
PERSON_PRONOUNS = frozenset({"he", "she"})
"""Round 12: pronouns that name one person, never a body spoken of as a group ("officials")."""
MEDIUM_AFTER_SAY = frozenset({"on"})
"""Session 13 (h-who-en): a preposition right after a verb of saying that opens the medium,
never the speaker: "Gov. X said on NBC's 'Meet the Press' that one more died" (NBC only
carried it; English puts the speaker after the verb only as "…, said X")."""
SAID_MEDIUMS: tuple[tuple[str, ...], ...] = (
    ("in", "a", "statement"),
    ("in", "a", "press", "release"),
    ("at", "a", "press", "conference"),
    ("at", "a", "news", "conference"),
)
"""g-who: how a source said it, between an inverted verb of saying and its subject ("said in
a statement the ministry"): never part of who says it."""
BODY_PRONOUNS = frozenset({"it"})
"""g-who: a pronoun that names one body: the last body a sentence gave as its source, named
or not ("The disaster agency said … It added that …")."""
CORRECTING_VERBS = frozenset(
    {"corrects", "corrected", "correcting", "revises", "revised", "revising", "amends"}
    | {"amended", "replaces", "replaced", "updates", "updated", "lowers", "lowered", "raises"}
    | {"raised", "supersedes", "superseded"}
)
"""Round 12: verbs by which a new figure sets aside one published before ("the new tally
amends the number released last spring, when the group counted 450")."""
GIVEN_PARTICIPLES = frozenset(
    {"published", "given", "released", "reported", "announced", "issued", "provided"}
)
"""Round 12: participles after a noun of a figure that make it one given before ("the
figure published in May")."""
EARLIER_RELATIVES = frozenset({"when", "where", "which", "of"})
"""Round 12: words that open the account of a figure published before ("…, when the group
counted 450", "the count given in May of 450"): the figure after one is that older one."""
CUT_OFF_WORDS = frozenset({"at", "by", "until", "till", "as"})
"""Round 12: words before the clock time a day's running figure counts up to ("18 percent at
noon", "by 3 pm", "as of 11 am")."""
NOON_WORDS = frozenset({"noon", "midday"})
"""Round 12: noon, as a cut-off ("turnout at noon")."""
HOUR_WORDS = frozenset({"h", "hrs", "gmt", "utc"})
"""Round 12: words after an hour that make it a clock time ("at 15 h", "by 14 GMT")."""
UP_TO_WORDS = frozenset({"by", "until", "till"})
"""Round 12: cut-off words that name an end, never the time of a saying ("turnout by noon")."""
FINAL_WORDS = frozenset({"final", "definitive", "definite"})
"""Round 12: words that make a figure the day's last word on a count ("the final turnout was
58 percent"): it replaces the same source's figure of the same count given before."""
FINAL_NOUNS = FIGURE_NOUNS | frozenset({"turnout", "result", "results"})
"""Round 12: nouns a final word makes a figure's replacement ("final figure", "final
turnout")."""

# session 9 (lead): a figure a calculation produced is no revision -------------------------

CALCULATION_WORDS = frozenset(
    {"produced", "produces", "yielded", "yields", "multiplied", "multiplying", "resulting"}
)
"""Words of a calculation in a final figure's clause ("they multiplied the base count by 1.5,
which produced a final figure of 5,100"): the final figure is the result of one computation
from the earlier one, never its revision."""

# --- session 10 (lead): people sent to help are not the people a toll counts ---

RESPONDER_NOUNS = frozenset(
    {"rescuers", "firefighters", "firemen", "soldiers", "troops", "volunteers", "paramedics"}
    | {"medics", "policemen", "personnel", "responders", "lifeguards", "divers", "searchers"}
)
"""People sent to help: "hundreds of rescuers searched for the missing" counts rescuers, never
the missing or the dead of their sentence (their own verb still decides: "two firefighters
died")."""
RESPONDER_MODIFIERS = frozenset({"rescue", "relief", "aid", "emergency", "search", "medical"})
"""Words before "workers", "teams" or "staff" that make them responders ("rescue workers")."""
RESPONDER_HEADS = frozenset({"workers", "teams", "staff", "officers", "agents"})
SEAT_HOLDERS = frozenset(
    {"delegates", "seats", "deputies", "councillors", "councilors", "lawmakers", "legislators"}
    | {"senators", "representatives", "mps", "trustees", "electors"}
)
"""Holders of seats in a body ("30 of the 37 delegates", "120 lawmakers"): the events of their
sentence (a strike their union called, a protest) are not what they count (session 13,
`counted_members`); their own verb still is ("12 lawmakers were arrested")."""
PERSON_NOUNS = PERSON_NOUNS | RESPONDER_NOUNS
# session 10 (g-metric): cases of a disease keep the disease's name ------------------------

DISEASE_NAMES: tuple[tuple[str, ...], ...] = tuple(
    tuple(name.split())
    for name in (
        "anthrax", "avian flu", "bird flu", "chickenpox", "chikungunya", "cholera", "covid",
        "coronavirus", "dengue", "diphtheria", "ebola", "flu", "hepatitis", "influenza",
        "lassa fever", "leptospirosis", "malaria", "marburg", "measles", "meningitis", "monkeypox",
        "mpox", "mumps", "plague", "pneumonia", "polio", "rabies", "rubella", "sars",
        "smallpox", "tuberculosis", "typhoid", "whooping cough", "yellow fever", "zika",
        "hantavirus", "legionnaires", "listeria", "salmonella", "scarlet fever", "tetanus",
    )
)  # fmt: skip
"""Diseases a count of cases or deaths may name ("120 cases of measles", "dengue cases"). A
case count keeps its disease in the words it is counted under, so that cases of one disease are
never read as another's ("210 dengue cases against 35 of malaria")."""

DISEASE_METRIC_KEYS: dict[str, str] = {
    "bird flu": "avian flu", "coronavirus": "covid", "flu": "influenza", "monkeypox": "mpox",
}  # fmt: skip
"""Session 10 (g-cases): the one name a disease's cases are counted under when its names differ
(in either language: the Spanish table maps to the same English names), so "casos de
sarampión" and "measles cases" are one metric, `cases:measles`, and cases of two diseases are
never rivals. A name not listed is its own key ("dengue")."""

DISEASE_CASE_HEADS = frozenset({"infections", "infection"})
"""Round 8 left "infections" out of `cases` (a scan false alarm on test): only with its disease
named ("40 measles infections", "40 infections of measles") is it the count of cases."""

_STOCK_TENSES = {"remain": ("remained", "remains"), "remained": ("remain", "remains")}
STOCK_PHRASES = tuple(
    dict.fromkeys(
        STOCK_PHRASES
        + tuple(
            (form, *phrase[1:])
            for phrase in STOCK_PHRASES
            for form in _STOCK_TENSES.get(phrase[0], ())
        )
    )
)
"""Session 10: a level of people held is said in every tense ("60 people remained in prison",
"remains behind bars"), not only in the one tense a phrase was first written in."""

RISE_TO_WORDS: frozenset[str] = frozenset()
"""Session 10: hedges that mean "to" right after a verb of a count rising (none in English:
"rose up to" is rare and "up to" keeps its cap)."""

THIS_TIME_WORDS = frozenset({"this", "last", "past"})
DAY_PART_WORDS = frozenset({"morning", "afternoon", "evening", "night", "weekend"})
"""Session 10: a day named from today right after a figure ("rose to 47 this Tuesday", "47
last week", "this morning"): the figure's noun is left out, not "this" or "last"."""

SUSPECT_WORDS = frozenset({"suspected", "probable", "possible", "presumed", "presumptive"})
LISTED_CONFIRM_WORDS = frozenset({"confirmed"})
"""Session 10: a figure its own words call suspected or probable ("seven suspected cases",
"45 cases were suspected", "cases, confirmed or suspected") is reported, never confirmed by
the status verb of its sentence (`status_own`)."""
OWN_REPORTED_WORDS = frozenset({"reported", "reportedly", "believed", "thought", "feared"})
"""Session 10: a figure's own participle of reporting ("far more than the 31 people reported
dead by the mayor"): it was reported, whatever another clause of the sentence confirmed."""
CONFIRMED_STATES = frozenset({"dead", "killed", "missing", "injured", "infected", "kidnapped"})
"""Session 10: what "confirmed" says of a figure's people right after it ("25 people are
confirmed dead"): their own words confirm the count."""

HAVE_PARTICIPLE: frozenset[str] = frozenset()
"""Session 10: Spanish "tener / llevar" + participle is a perfect (none in English)."""

COPULA_LEVELS = frozenset({"were", "was", "are", "is", "standing", "stood", "stand", "numbered"})
"""Session 10: "to be" and verbs of standing between a figure and its subject far before it
("the total registered voters were 9,712,400", "rejected ballots standing at 160,700"): the
figure counts the subject's head (`counted_subject`)."""
VOTED_RELATIVES = frozenset({"voted"})
"""Session 10: "those who voted were N": the voters."""

AMONG_THE: tuple[tuple[str, ...], ...] = (("among", "the"),)
"""Session 10: "N activists were among the 3,100 convicts freed": the whole's figure does not
end the part's verb phrase; the event after it says what the part counts."""
# session 10 (g-count): places left out of a count; a place's population is no count ----------

OUTSIDE_CUES = (
    ("outside",),
    ("outside", "of"),
    ("beyond",),
    ("apart", "from"),
    ("aside", "from"),
    ("excluding",),
    ("except",),
    ("except", "for"),
    ("except", "in"),
    ("not", "counting"),
    ("not", "including"),
)
"""Words right before a place that leave it out of the count of their clause ("15 deaths
outside Kerr County", "Beyond Pecos County, nine were killed"): the figure is not that
place's toll (folded words)."""
OUTSIDE_FILLERS = frozenset(
    {"the", "county", "city", "town", "state", "province", "district", "region", "of"}
)
"""Words that may stand between a cue of `OUTSIDE_CUES` and its place ("outside the city of
Hanover", "beyond the state of Ohio")."""
NOT_PLACE_NAMES = NOT_PLACE_NAMES | frozenset({"outside", "beyond", "apart", "aside", "except"})
"""Session 10: a cue that leaves a place out, capitalised at a sentence's start ("Beyond Pecos
County, …"), is no part of the place's name."""
SETTLEMENT_NOUNS = frozenset(
    {"town", "city", "village", "hamlet", "municipality", "county", "district", "province"}
    | {"township", "island", "country", "nation", "state", "region", "suburb", "borough"}
    | {"metropolis", "capital", "port", "neighborhood", "neighbourhood", "community", "parish"}
)
"""Nouns of a place whose size in people ("a town of 25,000", "a city of 300,000 people") is
its population, not a count of people something happened to."""
RESIDENT_NOUNS = frozenset({"residents", "inhabitants", "souls", "dwellers", "villagers"})
"""Nouns of the people who live in a place: with a verb of having or after "home to" ("the
town has 25,000 residents"), a population."""
POPULATION_PEOPLE = RESIDENT_NOUNS | frozenset({"people", "persons", "citizens"})
"""Nouns a population may be written with after a settlement noun or "home to" ("a village
of 1,200 people", "home to 40,000 people"); another noun ("home to 1.5 million refugees")
keeps the figure a count."""
POPULATION_HEADS = (("home", "to"), ("population", "of"), ("populations", "of"))
"""Words right before a figure (and its hedge) that make it a population ("home to 40,000",
"a population of about 90,000")."""
HAVING_VERBS = frozenset({"has", "had", "have", "boasts", "with"})
"""Verbs of having before a figure of `RESIDENT_NOUNS` ("the town has 25,000 residents",
"Lorca, with 90,000 inhabitants"): a population."""
CAPACITY_NOUNS = frozenset({"capacity", "capacities", "room", "space", "spaces", "places"})
"""Nouns of room for people: before "for" / "of" and a figure ("a capacity of 5,000", "room
for 300 people"), the size of a place, never a count (session 13, `capacities`)."""
CAPACITY_PLACES = frozenset(
    {"shelter", "shelters", "bed", "beds", "cots", "seats", "tents", "berths", "bunks"}
)
"""Places or beds for people: before "for" and a figure ("shelters for 600 people", "beds for
1,200"), how many they can take, never a count (session 13)."""
HOUSING_VERBS = frozenset(
    {"hold", "house", "accommodate", "shelter", "seat", "host", "fit", "take", "receive"}
)
"""Verbs of taking people in: after a modal or a noun of room ("can hold 5,000", "room to
house 300"), a capacity (session 13)."""
CAPACITY_MODALS = frozenset({"can", "could", "able", "enough"})
"""Words before a verb of `HOUSING_VERBS` that make it what a place could take."""
PLANNING_VERBS = frozenset({"planned", "planning", "prepared", "preparing", "ready", "built"})
"""Verbs of readiness before "for" and a figure ("had been planning for a crowd of 20,000",
"prepared for 5,000 people"): the number expected, never a count (session 13)."""
EXPECTED_SIZES = frozenset({"crowd", "turnout", "attendance"})
"""Nouns between a verb of readiness and its figure ("planning for a crowd of 20,000")."""
ELIDED_EVENTS: dict[str, str] = {"stranded": "stranded", "trapped": "trapped"}
"""Participles that say what a figure with no noun counts ("800 were stranded"), besides the
event words and `GENERIC_EVENTS`."""
NEIGHBOUR_TIES = (
    "in neighbouring ",
    "in neighboring ",
    "in nearby ",
    "in the neighbouring ",
    "in the neighboring ",
    "in the nearby ",
)
"""Ties to a place with an adjective of nearness between ("seven more died in neighbouring
Castile"): the place is still the figure's."""
SUBGROUP_WORDS = frozenset({"foreign", "local", "domestic", "international", "overseas"})
"""Words before a noun of people that name a part of a wider group ("35 foreign hostages",
"12 local staff"): the figure counts what the noun counts, as a part of that group."""
FLED_VERBS = frozenset({"fled", "flee", "flees", "fleeing", "escaped", "escaping"})
"""Verbs of flight: the place of what people fled ("who escaped the clashes in
neighbouring Sudan") is where they came from, never where they are counted."""
FLED_SMALL = frozenset(
    {"the", "in", "from", "neighbouring", "neighboring", "nearby", "heavy", "renewed"}
    | {"violence", "clashes", "attacks", "unrest", "persecution", "their", "homes", "homeland"}
    | {"northern", "southern", "eastern", "western", "central"}
)
"""Words between a verb of flight and the place fled ("fled renewed clashes in")."""
FLED_CAUSES = frozenset({"violence", "clashes", "attacks", "unrest", "persecution", "fighting"})
"""Nouns of what people fled ("fled renewed clashes in"): the place after them is theirs."""
ATTACKER_NOUNS = frozenset(
    {"kidnappers", "hijackers", "gunmen", "attackers", "assailants", "terrorists", "militants"}
    | {"jihadists", "bombers", "abductors", "captors", "raiders"}
)
"""Nouns of those who carried out an attack: their dead ("27 kidnappers were shot during the
rescue") are no part of the toll of its victims, nor its rival: a count of their own,
`attackers_killed`."""
PERSON_NOUNS = PERSON_NOUNS | ATTACKER_NOUNS
"""Session 10: attackers are people counted (their own dead, `attackers_killed`)."""

FORCE_NOUNS = frozenset(
    {"soldiers", "troops", "policemen", "policewomen", "officers", "servicemen", "marines"}
    | {"guards", "gendarmes", "peacekeepers", "paramilitaries", "conscripts", "troopers"}
)
"""Session 11: nouns of the security forces; their dead or wounded are a count of their own
(``deaths:security-forces``, `subgroups.forces_hit`)."""
MEMBER_NOUNS = frozenset({"members", "personnel"})
"""Nouns of membership that name the security forces when "of" and a force follow."""
FORCE_WORDS = frozenset(
    {"army", "police", "guard", "guards", "corps", "forces", "military", "navy", "militia"}
)
"""Words of a force after "members of" ("members of the Revolutionary Guard Corps")."""
PART_OF_WHICH = (("of", "which"),)
"""Words that open a part of the figure before them ("52,000 claims, of which 70% …"): when
that figure counts things, so does the part."""
RESPONSE_WORDS = frozenset({"rescue", "relief", "search", "recovery", "evacuation", "firefighting"})
"""What people "involved in" / "taking part in" do when they respond: they are rescuers."""
FUTURE_AUX = frozenset({"will", "would", "shall"})
"""A crowd figure's own future verb makes it a target (`status_own.future_crowd`)."""
CROWD_NOUNS = {
    **CROWD_NOUNS,
    **{
        plural: CROWD_NOUNS[singular]
        for singular, plural in (
            ("demonstration", "demonstrations"),
            ("march", "marches"),
            ("mobilisation", "mobilisations"),
            ("mobilization", "mobilizations"),
            ("protest", "protests"),
            ("rally", "rallies"),
            ("strike", "strikes"),
            ("vigil", "vigils"),
            ("walkout", "walkouts"),
        )
    },
}
"""Session 10: the plural names the gathering too ("there were protests in Lyon, where
organisers estimated 20,000 people")."""
# session 10 (g-src): who says each figure ------------------------------------------------

SRC_TITLE_RANKS = frozenset(
    {"additional", "assistant", "joint", "senior", "acting", "inspector", "principal"}
)
"""Session 10: words of rank inside a title ("Additional Director General", "Joint Police
Commissioner"): part of the title, never the office it speaks for nor the person's name."""
ROLE_WORDS = ROLE_WORDS | frozenset({"inspector", "superintendent", "marshal", "sheriff"})
"""Session 10: police and rescue ranks that speak for their force ("Inspector Ravi Menon")."""
ROLE_WORDS = ROLE_WORDS | frozenset({"spokespeople", "spokespersons", "representatives"})
"""Session 13 (h-who-es): plurals of roles that speak for their body ("spokespeople for the
union said")."""
SRC_GIVEN_NOUNS = frozenset(
    {"figure", "figures", "toll", "tolls", "number", "numbers", "total", "estimate", "estimates"}
    | {"revelation", "announcement", "information"}
)
"""Session 10: nouns of a figure whose giver a participle names ("the figure provided by the
Red Cross is 45"): that giver is the figure's source (the report nouns of `BY_REPORT` take
any participle; these only one of `SRC_GIVING_PARTICIPLES`)."""
SRC_GIVING_PARTICIPLES = frozenset(
    {"given", "provided", "supplied", "offered", "released", "issued", "published", "reported"}
    | {"announced", "compiled", "cited", "quoted", "presented", "put", "shared", "confirmed"}
    | {"made"}
)
"""Session 10: participles of giving a figure ("the toll released by the ministry")."""
SRC_FIGURE_STANDS = frozenset({"stands", "stood", "reached", "reaches", "totals", "totalled"})
"""Session 10: verbs of a figure's level after its giver ("the figure given by the ministry
stands at 45"): the giver's name ends before them."""
FIGURE_ADJECTIVES = frozenset(
    {"lower", "higher", "smaller", "larger", "bigger", "different", "revised", "updated"}
    | {"separate", "conflicting", "much", "far", "slightly", "considerably"}
)
"""Session 13 (h-who-en): words before the figure noun a body gives ("The authorities gave a
lower figure of 87 deaths", "offered a far higher estimate"): the subject is still its source."""
REPORTED_STATE_WORDS = frozenset(
    {"killed", "dead", "injured", "wounded", "hurt", "missing", "displaced", "detained"}
    | {"earlier", "previously", "initially", "first", "yesterday", "on"}
)
"""Session 13 (h-who-en): words between a participle of saying and its agent ("the 26
people reported killed earlier by the disaster council", "reported dead on Tuesday by X"): the
agent still gave the figure (a weekday may stand among them too)."""
ACT_COUNT_VERBS = frozenset({"made", "makes", "make", "conducted", "carried"})
"""Session 13 (h-who-en): light verbs whose object counts acts done to people ("Police have
made 20 arrests", "carried out 30 rescues"): the subject gives the count."""
ACT_COUNT_NOUNS = frozenset(
    {"arrests", "detentions", "rescues", "evacuations", "deportations", "expulsions"}
)
"""The acts counted after `ACT_COUNT_VERBS` and their number."""
SRC_GIVING_VERBS = frozenset(
    {"gave", "gives", "give", "provided", "provides", "offered", "offers", "supplied"}
    | {"supplies", "issued", "issues"}
)
"""Session 10: verbs that give a figure when a figure noun is their object ("the police gave
a figure of 8,000"): their subject is the figure's source (never a verb of saying alone:
"gave birth", "gave way")."""
SRC_BRACKET_HEADS = frozenset(
    {"organizers", "organisers", "police", "unions", "union", "authorities", "officials"}
    | {"government", "ministry", "council", "prefecture", "agency", "army", "military"}
)
"""Session 10: heads of a source a parenthesis may name bare after a figure ("8,000 people
(organizers)"); not people a figure may count ("300 injured (protesters)")."""
GENERIC_HEADS = {**GENERIC_HEADS, "brigade": ("brigade", "service"), "service": ("service",)}
"""Session 10: "according to the fire brigade", "the ambulance service said"."""
DISPUTE_PHRASES = (
    *DISPUTE_PHRASES,
    ("denies",),
    ("deny",),
    ("denying",),
    ("refuted",),
    ("refutes",),
    ("dismissed",),
)
"""Session 10: more verbs whose object is a figure someone else gave ("the army denies it
killed 150", "dismissed reports of 300 dead")."""
SAY_VERBS = SAY_VERBS | frozenset({"denies", "refuted", "refutes"})
"""Session 10: who denies a figure speaks, as who disputes it does."""
SRC_ALLEGATION_NOUNS = frozenset(
    {"accusations", "accusation", "allegations", "allegation", "claims", "charges", "reports"}
)
"""Session 10: nouns of another party's allegation inside a denial ("denied accusations by a
rights group that soldiers killed 100", "dismissed reports of 300 dead"): its figure is the
accuser's, never the denier's."""
SRC_DENIED_VERBS = frozenset(
    {"kill", "die", "arrest", "detain", "injure", "wound", "shoot", "hold", "release", "free"}
)
"""Session 10: verbs after a negation and before a figure ("did not kill 150 people"): the
figure is one the speaker denies (event words in other forms are read from the lexicon)."""
SRC_THAT_SAY_VERBS = frozenset(
    {"charged", "charge", "charges", "contended", "contends", "complained", "complain"}
    | {"testified", "alleging", "lamented", "recalled"}
)
"""Session 10: verbs of saying only before "that" ("the rights groups charged that troops shot
80"; never "charged with murder", "charged 30 people")."""
SRC_POINTING_WORDS = frozenset({"this", "these", "that", "those"})
"""Session 10: words before a report noun that point back at what was said ("According to a
wire service, these counts were issued by the health office"): such a sentence, with no figure
of its own, names the source of the figures before it, even in the next paragraph."""
# session 10 (g-when): when a figure counts ---------------------------------------------------

PERIOD_OPENING_NOUNS = frozenset({"beginning", "start", "outset"})
"""Session 10: nouns of the opening of a span of the calendar after "since" ("since the start
of the year", "since the beginning of the month"): a count from the first day of that year or
month up to the report, not a count with no start."""
EVENT_WORDS = {**EVENT_WORDS, "dying": "deaths", "succumbed": "deaths", "succumbing": "deaths"}
"""Session 10: "…, with four of the wounded dying in hospital", "after 3 more succumbed to their
wounds": deaths, not the injured their words name after (a toll's increment was read as a
count of the injured and set against one)."""
WITH_PART_WORDS = frozenset({"with"})
"""Session 10: a figure right after ", with" ("the toll has reached 61, with four of them
dying in hospital") is a part of the count before it, when that count is of its
metric and at least as large, never a rival of it."""
TOLL_RISE_VERBS = frozenset(
    {"rose", "risen", "rises", "climbed", "climbs", "jumped", "increased", "grew", "soared"}
    | {"mounted", "swelled"}
)
"""Session 10: verbs that say a count grew to the figure after them ("the toll has risen to 82",
"climbed to 31"): the figure is the toll as it stood when told, after an earlier one."""
CLAUSE_JOIN_WORDS = frozenset({"and", "but"})
"""Session 10: words that open a clause before its cut-off ("…, and by 6 p.m. 48 percent"):
the cut-off still opens the clause."""
SAYING_NOUNS = frozenset(
    {"statement", "statements", "briefing", "conference", "communique", "bulletin", "update"}
    | {"interview", "tweet", "post", "report"}
)
"""Session 10: nouns of a telling right before or after a day ("in a statement on Tuesday, the
hospital said …", "the ministry's Tuesday update put the toll at 55"): that day is the day the
figure was told, not the day of what it counts."""
TELLING_VERBS = TELLING_VERBS | frozenset({"confirmed"})
"""Session 10: a fronted day before "confirmed" ("On Tuesday, the hospital confirmed 55
deaths") is the day of the confirming, not of the deaths."""
RELATIVE_PRONOUNS = frozenset({"that", "which"})
"""Session 10: words that open a relative clause of a disaster noun ("the quake that struck on
Monday"): the day that closes the clause is the disaster's."""
GENERIC_HEADS = {
    **GENERIC_HEADS,
    "hall": ("hall", "council", "municipality"),
    "municipality": ("municipality", "council", "hall"),
}
"""Session 10 (lead): a town's government speaks as "the town hall", "city hall", "the
municipality" ("…, but the town hall reckoned 40,000 had come")."""
OFFICIALS_WORDS = frozenset({"officials", "authorities"})
"""Session 10 (lead): heads that speak for the government unless another body qualifies them
("school officials", "hospital authorities": those bodies' officials)."""
NATIONAL_MODIFIERS = frozenset(
    {"government", "federal", "national", "senior", "top", "high", "ranking", "high-ranking"}
    | {"the", "country", "country's", "state-run"}
)
"""Words beside "officials" that keep them the national government's ("senior government
officials")."""
CARRY_ON_OPENERS: tuple[tuple[str, ...], ...] = (
    ("additionally",),
    ("also",),
    ("furthermore",),
    ("moreover",),
    ("in", "addition"),
)
"""Session 10 (g-carry): words that open a sentence going on with the report of the sentence
before ("The office announced that 5 would be freed on Monday. Additionally, 3 more will be
freed on Friday."): its figures are the previous sentence's source's, when it names none."""
POINTS_BACK: tuple[tuple[str, ...], ...] = (("is", "according"), ("was", "according"))
"""Session 13 (h-who-en): after a demonstrative that opens a sentence, words that make it
speak of the sentence before even when it adds figures of its own ("This is according to X,
which said 300 were evacuated": X gives the figures before too)."""
CARRY_ORIGIN_NOUNS = frozenset(
    {"information", "figures", "data", "numbers", "statistics", "figure", "toll", "tally"}
)
"""Session 10 (g-carry): nouns that, opening the next sentence as "The … comes from / is
contained in", are the figures just given ("The information is contained in the weekly
bulletin of the health office, which also lists 40 cases of measles")."""
CARRY_ORIGIN_NOUNS = CARRY_ORIGIN_NOUNS | frozenset(
    {"estimate", "estimates", "count", "counts", "number", "numbers", "total"}
)
"""Session 13 (h-who-en): "More than 2,000 marched. The estimate came from organizers."
"""
CARRY_ORIGIN_VERBS: tuple[tuple[str, ...], ...] = (
    ("comes", "from"),
    ("come", "from"),
    ("came", "from"),
    ("is", "contained"),
    ("are", "contained"),
    ("was", "contained"),
    ("were", "contained"),
    ("is", "taken"),
    ("are", "taken"),
    ("was", "taken"),
    ("were", "taken"),
    ("is", "drawn"),
    ("are", "drawn"),
    ("was", "drawn"),
    ("were", "drawn"),
    ("was", "given"),
    ("were", "given"),
    ("was", "provided"),
    ("were", "provided"),
    ("was", "released"),
    ("were", "released"),
)
"""Session 10 (g-carry): what follows `CARRY_ORIGIN_NOUNS` to say where the figures before
come from: the source it names gives them, even when its sentence adds figures of its own."""
NOT_CLAIMANTS = NOT_CLAIMANTS | frozenset({"others", "another"})
"""Session 10 (lead): "Others …" opening a sentence is a figure's people, never a source."""

PLACE_NOUNS_PLURAL = frozenset(
    {"towns", "cities", "villages", "localities", "municipalities", "districts", "counties"}
    | {"provinces", "regions", "states", "communities", "capitals"}
)
"""Plural nouns that announce a list of places ("in smaller towns such as …", g-where)."""

LIST_CONJUNCTIONS = frozenset({"and", "or"})
"""Words that join one entry of a list to the next ("Arlo (450) or Benn (300)")."""

PLACE_RELATIVES = frozenset({"where"})
"""Relatives of place: "Chad, where 600,000 have registered" (g-where)."""

FOCUS_AFTER_PLACE: frozenset[str] = frozenset({"alone"})
"""Words after "in X" that single a place out: "In Arlo alone, 94 died" (g-where)."""

FOCUS_BEFORE_PLACE: frozenset[str] = frozenset()
"""Words that single out the place after them: "Solo en Arlo murieron 4" (g-where)."""

PARTITIVE_WHOLE_OPENERS: tuple[str, ...] = ("of the", "of those", "out of the", "of all")
"""Words before a whole that opens a sentence of its parts: "Of the 64 deaths, 29 were in
Veracruz, 13 in Puebla" (the places are the parts', h-where)."""

PART_SINGLED_OUT: tuple[str, ...] = (
    "in particular in",
    "particularly in",
    "especially in",
    "notably in",
    "mostly in",
    "mainly in",
)
"""Words before a place, after a comma past a figure, that single out a part of the
figure's wider place: "11 died in the centre of the country, particularly in Arlo" (the
11 are not Arlo's alone, h-where)."""

PLACE_KIND_WORDS = frozenset(
    {"in", "the", "of", "state", "province", "region", "department", "district", "county"}
)
"""Words between a town's comma and the known place that holds it: "San Telmo, en el
estado de México", "Kolaro, in the state of Jalisco" (g-where)."""

EVENT_CLAUSES = frozenset({"when", "after"})
"""Words opening a clause of time whose own figure's event names the place after it: "the
toll rose to 7 when 3 workers were buried in Arlo" (g-where)."""

GAPPED_ENTRY_JOINS: frozenset[str] = frozenset()
"""Words between a gapped list entry's place and its number, the verb left out: "Colombia
acoge a 2,8 millones y Perú a 1,5 millones" (g-where; none in English: "Lebanon 1.5
million")."""

# g-when: a disaster whose toll grows for days --------------------------------------------

GROWING_DISASTER_NOUNS = frozenset(
    {"earthquake", "earthquakes", "quake", "quakes", "tremor", "tsunami", "aftershock"}
    | {"landslide", "landslides", "mudslide", "mudslides", "avalanche", "eruption"}
    | {"flood", "floods", "flooding", "hurricane", "typhoon", "cyclone", "storm", "tornado"}
    | {"wildfire", "wildfires", "heatwave", "monsoon", "downpour", "downpours"}
)
"""Nouns of a disaster whose dead, injured and missing are counted for days after it struck
("the quake that struck on Saturday", "Monday's floods"): a count dated by its day and told
on a later day is its toll from that day to the day told (`when_toll`). A one-off accident
(a stampede, a shipwreck, a shooting) is counted on its own day: not here."""

SINCE_THEN: frozenset[tuple[str, str]] = frozenset({("since", "then")})
"""A count "since then" runs from the day named just before it (`when_then`)."""

HOURS_COUNTED = frozenset({"hours", "overnight"})
"""A sentence that counts hours ("in the past 24 hours") has a time of its own (`when_carry`)."""

# --- session 12 (lead) --------------------------------------------------------------------

EVENT_WORDS = {
    **EVENT_WORDS,
    "executions": "executions",
    "executed": "executions",
    "commuted": "commutations",
    "commutations": "commutations",
}
PERSON_NOUNS = PERSON_NOUNS - {"executions"}
"""An execution is a count of its own, an event noun like "arrests": "four executions were
carried out" counts executions, not the releases a bare "carried out" is read as; a sentence
commuted ("commuted the death sentences of 38 prisoners") is a commutation, not a release."""

GENERIC_EVENTS = {**GENERIC_EVENTS, "trapping": "trapped", "stranding": "stranded"}
"""A gerund says what the people after it count, as its participle does ("the collapse buried
the canteen, trapping 26 people"): not the deaths of the sentence before."""

GROWING_DISASTER_NOUNS = GROWING_DISASTER_NOUNS | frozenset(
    {"collapse", "explosion", "explosions", "blast", "blasts", "blaze"}
)
"""A building's collapse, an explosion or a fire also leaves people under rubble whose dead are
found for days: "the toll of Friday's blast" told on Sunday runs from Friday to Sunday, and the
nine counted on Friday do not contradict the 16 counted a day later (session 12)."""

POSSESSIVES = frozenset({"their", "his", "her", "its"})
BODY_PART_NOUNS = frozenset({"body", "bodies", "skin"})
"""A share of a body ("burns on 40 percent of their bodies") measures a wound, not people."""

# h-who-en (session 12): who gives each number --------------------------------------------

TOPIC_SHIFTS: tuple[tuple[str, ...], ...] = (
    ("meanwhile",),
    ("separately",),
    ("elsewhere",),
    ("in", "a", "separate"),
    ("in", "another", "incident"),
    ("in", "other", "news"),
)
"""Words that, opening a sentence or set off by commas, turn to another event ("A protest,
meanwhile, left 7 dead"): the source of the sentence before does not speak for its figures."""

POSTMODIFIER_OPENERS = frozenset(
    {"responsible", "in", "for", "tasked", "charged", "overseeing", "running", "managing"}
)
"""Words that open what follows a body's head noun ("the agency responsible for the camps",
"the office in charge of shelters"): the head before them is the body that speaks."""

FINITE_VERBS = frozenset(
    {"held", "took", "went", "met", "made", "gave", "kept", "left", "began", "came", "ran"}
    | {"sent", "set", "put", "led", "brought", "fought", "stood", "threw", "struck", "told"}
    | {"has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does"}
)
"""Finite verbs no "-ed" ending shows, and auxiliaries: where the subject that opens a sentence
ends ("Marchers held a vigil, saying that 40 were missing": the marchers)."""
FINITE_VERBS = FINITE_VERBS | frozenset(
    {"dispute", "disputes", "reject", "rejects", "contest", "contests", "deny", "denies"}
    | {"challenge", "challenges", "question", "questions", "doubt", "doubts"}
)
"""Session 13 (h-who-en): verbs of disputing in the present, which no "-ed" shows: "Rights
groups dispute this, putting the number at 300" (the rights groups give the 300)."""

GROUP_PRONOUNS = frozenset({"they"})
"""A pronoun that names a group of people the sentence before gave as its source ("…,
according to residents and doctors. They said 12 more were missing"): that group speaks."""

TOLL_RAISING_VERBS = frozenset({"increased", "increases", "lifted", "lifts", "pushed", "hiked"})
"""Verbs that move a toll when a figure noun and "to" a number follow ("officials increased the
country's death toll to 228"): their subject gives the figure, as "raised" does."""

# h-who-es: who gives a figure (session 12) -----------------------------------------------

SAY_PERIPHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("went", "on", "to", "say"), ("went", "on", "to", "add")}
)
"""A verb of saying after a light verb and its particles, read as one verb: the subject
stands before the light verb ("The agency went on to say that 31 were hurt")."""

BREAKDOWN_BY: frozenset[str] = frozenset()
"""Words that, right after a report noun, split a figure into categories rather than name its
source: none in English, where "a report by X" names X (Spanish "las cifras por categoría")."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"forces"})
""""Security forces said 60 people were detained": an unnamed source, as "officers" is."""

PLURAL_BACK_OPENERS = frozenset({"the", "these", "those"})
"""Session 13 (h-who-en): determiners of an unnamed plural source that points back ("The
sources said 30 were wounded" after "Security and medical sources said 12 …"): it is the
fuller source of the same head named just before, when one only fits."""
PLURAL_BACK_SAME = frozenset({"same"})
"""A word between the determiner and the head that still points back ("the same sources")."""
POSSESSIVE_RELATIVES = frozenset({"whose"})
"""A possessive relative opening, after a comma, a long aside between a subject and its verb
("X and Y, whose data the UN agency (UNHCR) relies on, put the figure at 53,000")."""

OFFICIALS_DOMAINS: dict[str, tuple[str, ...]] = {
    "health": ("health",),
    "electoral": ("electoral", "election", "elections"),
    "immigration": ("immigration", "migration"),
    "prison": ("prison", "prisons", "corrections", "correctional"),
    "education": ("education",),
}
"""Officials of a field speak for the body of that field named before ("The Health Ministry
confirmed 33 deaths. Health authorities have recorded 15 cases"): the last org whose name
holds one of these words; with none, they stay as written."""

RELAY_PARTICIPLES = frozenset({"cited", "quoted", "relayed", "carried"})
"""Participles of passing on another's figure: in "figures from the health ministry cited by
the X daily" the ministry is the source; the daily relays it."""

SOURCE_KINDS: frozenset[str] = frozenset()
"""Adjectives after "sources" that say whose they are: none in English, which puts them
first ("police sources said"); Spanish "fuentes policiales"."""

TITLE_OFFICE_HEADS = frozenset({"office", "cabinet"})
"""Heads of a body whose name goes on with a title ("the Office of the High Commissioner"):
the title is a word of the name, not a person."""
TITLED_BODY_HEADS: frozenset[str] = frozenset()
"""Session 13 (h-who-es): heads of a body a capitalised title qualifies right after them
(Spanish "el Centro Coordinador de Emergencias"); English puts a title after its body for a
person ("Committee Chairman X"): none."""

# session 12 (h-what): what is counted and where ------------------------------------------

RESPECTIVE_WORDS = frozenset({"respectively"})
"""A sentence that pairs its figures with its places in order: "40 and 25 were held in Lyon
and Marseille, respectively" (`where_respective`)."""
RESPECTIVE_JOINS = frozenset({",", "and", "or"})
"""What may stand between two coordinated figures or places of such a sentence."""
ONE_PRONOUN_BEFORE = frozenset({"the", "that", "this", "each", "every"})
"""Determiners that make "one" a pronoun before a participle: "the one released on Monday"
names a person already counted, it is no count of one (`numbers`)."""
PARTICIPLE_ENDS: tuple[str, ...] = ("ed", "en")
"""Endings of the participle after such a pronoun ("released", "taken")."""
JOIN_RESPONSE_VERBS = frozenset(
    {"joined", "join", "joining", "joins", "participated", "participate", "participating"}
    | {"involved", "helped", "helping", "assisted", "assisting", "deployed", "mobilized"}
)
"""Verbs by which people take part in a search or an operation: "200 volunteers joined the
search", "500 people are participating in the operation" count responders (`counted_responders`)."""
OPERATION_WORDS = frozenset({"operation", "operations", "effort", "efforts", "searches"})
"""What people joined with such a verb respond to, beside `RESPONSE_WORDS` (only after a
verb of taking part: "killed in the operation" counts the dead)."""
NATIONAL_DEMONYM_NOUNS: dict[str, str] = {
    "spaniards": "Spain", "britons": "United Kingdom", "frenchmen": "France",
    "germans": "Germany", "americans": "United States", "filipinos": "Philippines",
    "afghans": "Afghanistan", "greeks": "Greece", "turks": "Turkey", "poles": "Poland",
}  # fmt: skip
"""Plural demonyms that are not a national adjective with "-s" ("Spaniards"): the country
each names (`where_demonyms`)."""
REGIONAL_DEMONYMS: dict[str, str] = {
    "texans": "Texas", "californians": "California", "floridians": "Florida",
    "ohioans": "Ohio", "michiganders": "Michigan", "arizonans": "Arizona", "kansans": "Kansas",
    "missourians": "Missouri", "coloradans": "Colorado", "oregonians": "Oregon",
    "louisianans": "Louisiana", "alaskans": "Alaska", "hawaiians": "Hawaii",
    "minnesotans": "Minnesota", "iowans": "Iowa", "nevadans": "Nevada",
    "tennesseans": "Tennessee", "kentuckians": "Kentucky", "pennsylvanians": "Pennsylvania",
    "oklahomans": "Oklahoma", "nebraskans": "Nebraska", "wisconsinites": "Wisconsin",
    "arkansans": "Arkansas", "alabamians": "Alabama", "mississippians": "Mississippi",
    "scots": "Scotland", "quebecers": "Quebec", "ontarians": "Ontario",
    "catalans": "Catalonia", "andalusians": "Andalucía", "basques": "País Vasco",
    "galicians": "Galicia",
}  # fmt: skip
"""Plural demonyms of regions (folded) and the region each names: "two-thirds of Texans",
"5,000 Californians were evacuated" count people of that region (`where_demonyms`). Names
shared with a country ("Georgians") are left out."""
DEMONYM_SKIP = frozenset({"of", "the", "all", "percent", "per", "cent", "%", "more", "other"})
"""Words between a figure and its demonym ("40 percent of the Texans")."""
GENERIC_EVENT_PHRASES = {
    **GENERIC_EVENT_PHRASES,
    ("right", "to", "vote"): "voters",
    ("cast", "their", "ballots"): "voters",
    ("called", "to", "the", "polls"): "registered_voters",
    ("eligible", "to", "vote"): "registered_voters",
}
"""Session 12 (h-what): "24 million citizens exercised their right to vote" counts voters;
"36 million were eligible to vote" counts the roll."""
PERSON_NOUNS = PERSON_NOUNS | frozenset(REGIONAL_DEMONYMS) | frozenset(NATIONAL_DEMONYM_NOUNS)
"""Session 12: a region's people ("5,000 Texans") and "Spaniards" are people counted."""
EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("laid", "off"): "layoffs",
    ("lays", "off"): "layoffs",
    ("lay", "off"): "layoffs",
    ("laying", "off"): "layoffs",
}
"""Session 12 (h-what): "GM laid off about 2,000 workers" counts layoffs, not the workforce."""
EVENT_WORDS = {**EVENT_WORDS, "dismissing": "layoffs", "layoffs": "layoffs"}
"""Session 12: "dismissing 600 workers", "2,000 layoffs"."""
STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia, United States", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas",
    "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
    "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada",
    "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York",
    "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina",
    "S.D": "South Dakota", "Tenn": "Tennessee", "Tex": "Texas", "Va": "Virginia",
    "Vt": "Vermont", "Wash": "Washington", "Wis": "Wisconsin", "W.Va": "West Virginia",
    "Wyo": "Wyoming",
}  # fmt: skip
"""US states by their news-agency abbreviation, read only after a town's comma ("in
Fairfax, Kan.": Kansas; `where_abbrevs`)."""
ISLAND_TIES: tuple[str, ...] = ("island of ", "islands of ", "isle of ")
"""An island's noun before its name ties the place like "in" does: "arrived on the island of
Lesbos" (`where_cues.TIED`)."""
SHARE_VERBS = SHARE_VERBS | frozenset({"been", "reached", "stood"})
"""Session 12 (h-what): the copula and level verbs in compound tenses ("turnout has been
73%", "abstention had reached 26%")."""
TALLY_PROGRESS_WORDS = frozenset({"counted", "reporting", "tallied", "scrutinised", "scrutinized"})
"""Words that make a share the progress of a vote count ("with 98% of the ballots counted",
"95% of precincts reporting"): no count of people (`nonclaims.tally_progress`)."""
TALLY_PROGRESS_BEFORE: frozenset[str] = frozenset()
"""Words of count progress that may also stand before the share ("se ha escrutado el 98%"):
none in English ("counted 3,000" is a tally of people)."""
TALLIED_NOUNS = frozenset({"ballots", "votes", "precincts", "vote", "ballot", "districts"})
"""What a vote count goes through ("98% of the ballots counted", "el 98% de las papeletas
escrutadas")."""

# h-when (session 12): the time a count is about ---------------------------------------------

YEAR_TARGET_WORDS = frozenset(
    {"will", "would", "shall", "plans", "plan", "planned", "aims", "aim", "target", "targets"}
    | {"expects", "expected", "goal", "pledged", "pledges", "promised", "vowed", "intends"}
    | {"projected", "forecast", "forecasts"}
)
"""Words of a target or a forecast: a sentence holding one keeps the reference date's own year
whole ("plans to resettle 10,000 in 2024"); without them "in 2024" is counted up to the
reference date (`when.Reader.relative`)."""

COMPARE_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("in", "comparison", "with"), ("in", "comparison", "to"), ("as", "against")}
    | {("compares", "with"), ("compare", "with"), ("when", "set", "against")}
)
"""Phrases that open a comparison, besides `when_reach`'s own: a date after one dates the
figure compared, not the one before it ("785, against 877 in comparison with May 2019")."""

YEAR_BEFORE_SO_FAR: frozenset[tuple[str, ...]] = frozenset(
    {("this", "year"), ("for", "the", "year"), ("in", "the", "year"), ("of", "the", "year")}
)
"""Words right before "so far" / "to date" that name the year it counts ("this year so far",
"murders for the year to date"): the count runs from January 1 of the reference year."""

PAST_EVENT_NOUNS = frozenset(
    {"attack", "attacks", "bombing", "bombings", "massacre", "fire", "blaze", "explosion"}
    | {"blast", "crash", "shipwreck", "stampede", "war", "famine", "epidemic", "outbreak"}
    | {"riots", "uprising", "coup", "genocide", "tragedy", "disaster", "collapse"}
)
"""Nouns of a past event that a bare year names ("a 2010 quake that claimed 500 lives", "the
2016 blast"), besides `YEAR_EVENT_NOUNS` and the disaster nouns: a figure of its own clause
is that year's, not the publication's (`when_find`)."""

AGENT_VERBS = AGENT_VERBS | frozenset({"charged", "indicted", "prosecuted"})
EVENT_WORDS = {**EVENT_WORDS, "charged": "charged", "indicted": "charged"}
"""Session 12: who charges people gives their count ("Prosecutors charged 17 people"), and
the people charged are a count of their own, not the arrests before it."""

ABSENT_FROM_WORK = (
    *ABSENT_FROM_WORK,
    ("did", "not", "turn", "up"),
    ("didn", "'", "t", "turn", "up"),
    ("didn", "’", "t", "turn", "up"),
    ("failed", "to", "turn", "up"),
)
"""Session 12: "75 per cent of public sector workers did not turn up for work", "only 79,000
employees didn't turn up" in a strike are its strikers."""

GOVERNMENT_HEADS = GOVERNMENT_HEADS | frozenset({"ministers"})
"""Session 12: "ministers dispute this, putting the number closer to 1.2 million": the
government speaks, as "the minister" does."""

DISCOURSE_OPENERS: frozenset[tuple[str, ...]] = frozenset(
    {("however",), ("meanwhile",), ("still",), ("yet",), ("moreover",), ("but",)}
    | {("in", "turn"), ("for", "their", "part"), ("for", "its", "part")}
)
"""Session 12: connectives that open a sentence before its subject and a comma ("However,
unions accused them …, claiming that 400,000 went on strike"): the subject comes after."""

SOCIAL_PLATFORMS = frozenset(
    {"facebook", "twitter", "x", "telegram", "whatsapp", "youtube", "tiktok", "instagram"}
)
"""Session 13: social networks. A group, page or account on one ("a Facebook group monitored
by activists said") speaks for itself, never for the network."""

PART_PASSIVE_AUXILIARIES = frozenset({"were", "had"})
"""Session 13: the verbs after a bare figure opening its sentence that make it a part of the
count just given ("18 were killed. Nine were shot in the head", "… Nine had gunshot
wounds")."""

CLIPPED_HEDGES = frozenset({"approx"})
"""Session 13: hedges written clipped, with a full stop ("approx. 250"): the stop is the
hedge's, not a sentence's end."""

RATE_NOT_AFTER = frozenset({"earlier", "before", "later", "ago"})
"""Session 13: words after "a day" that make it a point in time, not a rate: "up from 32 a
day earlier", "a day before"."""

FIGURE_TIME_LINKS = frozenset({"the", "a", "on"})
FIGURE_DAY_NOUNS = frozenset({"day"})
FIGURE_DAY_BEFORE = frozenset({"before", "earlier"})
"""Session 13: a time phrase where a figure's noun would be ("up from 32 the day before",
"32 a day earlier"): the words that open it, its day nouns and the words that make it the day
before. The figure counts what its context counts."""

PREVIOUS_DAY = frozenset(
    {("the", "day", "before"), ("a", "day", "earlier"), ("one", "day", "earlier")}
    | {("the", "previous", "day"), ("the", "day", "prior")}
)
NOT_PREVIOUS_DAY_AFTER = frozenset({"the", "a", "an", "yesterday", "this", "to"})
"""Session 13: phrases that name the day before the day named just before ("45 on Tuesday, up
from 32 a day earlier"); not before the occasion they name ("the day before the vote")."""

BARE_EXECUTIVES = frozenset[str]()
REGIONAL_BODY_HEADS = frozenset[str]()
"""Session 13: none in English. Spanish news says "el Ejecutivo" for the regional government
whose department ("Consejería") spoke before; English news names such a government ("the
Northern Ireland Executive" is a name, not a bare head)."""
