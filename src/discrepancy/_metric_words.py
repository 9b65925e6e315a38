"""Words that shape a metric phrase, English and Spanish (data only; the rules are in metrics.py).

* ``CUT``: a preposition that starts a phrase saying where, when or why ("homicides *in* the
  protests", "muertos *durante* la marcha"): the metric is the words before it.
* ``NEUTRAL``: words that do not change what is counted ("the *number of* people", "*total*
  deaths", "*cifra de* muertos").
* ``GENERIC``: nouns for the people an event happened to, which a flow's name already implies
  ("*prisoner* releases", "*presos* excarcelados", "*victims* killed").
* ``EVENT_STEMS``: the beginnings of event nouns and participles; a metric named by one is a
  count of events over a period (a flow): killed, deaths, released, muertos… Words that
  also name a state ("detained migrants", "displaced families") are left out: those
  phrases may count people held, a stock.
* ``CONCEPTS``: stems that name one idea in both languages, so that "huelguistas" and
  "striking workers" are noticed as names that look alike.
"""

from __future__ import annotations

CUT = frozenset(
    {
        # English
        "in", "during", "at", "on", "since", "after", "from", "by", "among", "across",
        "amid", "near", "following", "throughout", "within", "inside", "as", "when",
        # Spanish
        "en", "durante", "desde", "tras", "entre", "hasta", "por", "con", "cerca",
        "luego", "despues", "segun",
    }
)  # fmt: skip

NEUTRAL = frozenset(
    {
        # English
        "the", "a", "an", "of", "number", "total", "overall", "count", "tally", "toll",
        "people", "persons", "individuals", "confirmed", "reported", "registered",
        "documented", "official", "estimated", "recorded", "known", "so", "far", "all",
        "excess", "who", "that", "which", "had", "have", "has", "was", "were", "been",
        "their", "its", "to", "be", "set", "will", "and", "or",
        # a status said as an adjective is no part of what is counted (session 11)
        "pledged", "promised", "verified", "expected", "planned",
        # Spanish
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "numero",
        "cifra", "balance", "conteo", "personas", "individuos", "confirmados", "confirmadas",
        "registrados", "registradas", "reportados", "reportadas", "oficiales", "estimados",
        "documentados", "documentadas", "hasta", "ahora", "todos", "todas", "que", "han",
        "habian", "fueron", "sus", "su", "ser", "seran", "van", "y", "o",
        "prometidos", "prometidas", "verificados", "verificadas", "previstos", "previstas",
        "esperados", "esperadas", "estimadas", "contabilizados", "contabilizadas",
        "notificados", "notificadas",
    }
)  # fmt: skip

GENERIC = frozenset(
    {
        "prisoner", "prisoners", "inmate", "inmates", "detainee", "detainees", "victim",
        "victims", "person", "preso", "presos", "presa", "presas", "reo", "reos",
        "recluso", "reclusos", "victima", "victimas", "persona", "gente",
    }
)  # fmt: skip

EVENT_STEMS = (
    # English
    "kill", "dead", "death", "died", "die", "murder", "homicid", "releas", "freed", "arrest",
    "evacuat", "injur", "wound", "hurt", "rescu", "deport",
    "expel", "expuls", "kidnap", "abduct", "fled", "flee", "evict", "casualt", "fatalit",
    "execut", "shot", "strik",
    # Spanish
    "muert", "muri", "fallec", "asesin", "liber", "excarcel", "arrest", "evacu", "herid",
    "lesion", "rescat", "deport", "secuestr", "huy", "desaloj", "ejecut", "huelg",
)  # fmt: skip

CONCEPTS = (
    ("strike", ("strik", "huelg", "paro", "parad")),
    ("death", ("kill", "dead", "death", "died", "fatalit", "muert", "fallec", "murio")),
    ("murder", ("murder", "homicid", "asesin")),
    ("release", ("releas", "freed", "liber", "excarcel")),
    ("arrest", ("arrest", "detain", "detention", "deten", "captur", "encarcel")),
    ("injury", ("injur", "wound", "hurt", "herid", "lesion")),
    ("displacement", ("displac", "desplaz", "refug", "evacu")),
    ("protest", ("protest", "demonstr", "march", "manifest", "marcha")),
    ("missing", ("missing", "disappear", "desaparec")),
    ("kidnap", ("kidnap", "abduct", "hostage", "secuestr", "rehen")),
    ("migration", ("migra", "border", "frontera")),
    ("worker", ("worker", "trabajador", "employee", "emplead", "obrer")),
    ("teacher", ("teacher", "docente", "maestr", "profesor")),
    ("doctor", ("doctor", "medic", "physician", "nurse", "enfermer")),
    ("student", ("student", "estudiant", "alumn")),
)  # fmt: skip
