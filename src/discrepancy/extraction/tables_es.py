"""Spanish rule tables for the extractor, in the same shape as `tables_en` (folded)."""

from __future__ import annotations

from discrepancy.claim import Status
from discrepancy.extraction import conjugate

SAY_VERBS = frozenset(
    {
        "dijo",
        "dice",
        "dicen",
        "dijeron",
        "informo",
        "informa",
        "informaron",
        "reporto",
        "reporta",
        "reportaron",
        "senalo",
        "senala",
        "indico",
        "indica",
        "afirmo",
        "afirma",
        "aseguro",
        "asegura",
        "aseguran",
        "denuncio",
        "denuncia",
        "denunciaron",
        "explico",
        "declaro",
        "estima",
        "estiman",
        "estimo",
        "calcula",
        "calculan",
        "calculo",
        "contabiliza",
        "contabilizo",
        "contabilizan",
        "registra",
        "registro",
        "registraron",
        "documento",
        "documenta",
        "documentaron",
        "confirmo",
        "confirma",
        "confirmaron",
        "anuncio",
        "anuncia",
        "anunciaron",
        "autorizo",
        "autoriza",
        "prometio",
        "promete",
        "cifro",
        "sostiene",
        "sostuvo",
        "precisa",
        "preciso",
        "detallo",
        "agrego",
        "anadio",
        "advirtio",
        "publico",
        "verifico",
        "contabilizaba",
        "segun",
        "reconocio",
        "admitio",
        "decidio",
        "conto",
        "publicado",
        "publicaron",
        "publica",
        "declaran",
        "declararon",
        "informado",
        "difundio",
        "divulgo",
        "divulgaron",
        "difundieron",
        "elevo",
        "elevaron",
        "eleva",
        "redujo",
        "rebajo",
        "actualizo",
        "habla",
        "hablan",
        "hablo",
        "situo",
        "situa",
        "situan",
        "contaron",
        # plural, present and perfect forms ("han registrado", "aseguraron", "cifran")
        "explicaron",
        "indicaron",
        "senalaron",
        "afirmaron",
        "aseguraron",
        "sostienen",
        "sostuvieron",
        "precisaron",
        "detallaron",
        "agregaron",
        "anadieron",
        "advirtieron",
        "verificaron",
        "reconocieron",
        "admitieron",
        "cifra",
        "cifran",
        "cifraron",
        "constato",
        "constata",
        "constataron",
        "revelo",
        "revelaron",
        "comunico",
        "comunicaron",
        "estimaron",
        "calcularon",
        "contabilizaron",
        "manifesto",
        "apunto",
        "destaco",
        "reportado",
        "registrado",
        "documentado",
        "confirmado",
        "contabilizado",
        "verificado",
        "constatado",
        "senalado",
        "indicado",
        "calculado",
        "cifrado",
        "anunciado",
        "denunciado",
        "reconocido",
    }
)

ACCORDING: tuple[tuple[str, ...], ...] = (
    ("segun",),
    ("de", "acuerdo", "con"),
    ("de", "acuerdo", "a"),
    ("segun", "datos", "de"),
    ("segun", "cifras", "de"),
    ("citando", "a"),  # ronda 2: "citando a la Cruz Roja"
    ("citando",),
    ("conforme", "a"),
    ("conforme", "con"),
)

ORGANIZER_NOUNS = frozenset({"organizadores", "organizadoras", "convocantes"})
"""Sesión 13 (h-who-es): quienes convocan un acto, por su papel ("los organizadores cifraron en
2 millones"): el organismo que el texto dijo que lo convocó u organizó, si es uno solo."""
CONVENE_VERBS = frozenset(
    {"convoco", "convocaron", "organizo", "organizaron", "convoca", "convocan", "organiza"}
)
"""Sesión 13: verbos cuyo sujeto convoca el acto ("la Coordinadora 8M convocó la marcha")."""
CONVENED_BY = frozenset(
    {"convocada", "convocado", "convocadas", "convocados", "organizada", "organizado"}
    | {"organizadas", "organizados"}
)
"""Sesión 13: participios cuyo agente ("por X") convocó el acto ("la marcha, convocada por la
CUT")."""
SUBJECT_RELATIVES = frozenset({"quien", "quienes"})
"""Sesión 13 (h-who-es): relativos de persona tras una coma cuyo antecedente habla ("el
secretario de Gobierno, Juan Ruiz, quien dijo que marcharon 8.000": Juan Ruiz, por su cargo)."""
OWNER_JOINERS = frozenset({"de", "del"})
"""Sesión 13 (h-who-es): lo que une un organismo a su dueño o a su lugar ("la Fiscalía del
estado", "esa entidad del Estado")."""
DAY_OPENERS = frozenset({"este", "el"})
"""Sesión 13: lo que precede a un día de la semana entre un verbo de dar y su objeto ("ofreció
este lunes un nuevo balance")."""
RELEASE_OBJECT_MARKERS = frozenset({"a"})
"""Sesión 13: lo que puede ir entre un acto de liberar y su objeto ("liberó a 300")."""
PERFECT_AUXILIARIES = frozenset({"haber", "ha", "han", "hemos", "habia", "habian", "habria"})
"""Sesión 13: el auxiliar de un acto de liberar hecho ante su objeto ("dijo haber liberado a
300", "ha excarcelado a 80"); el pretérito ("Hamás liberó a 33, según X") queda informado."""
CONTRAST_THAT = frozenset({"que"})
"""Sesión 13: el "que" de "mientras que", entre un contraste y el "para" de una fuente."""
RELATIVE_VERB_SKIP = frozenset({"se", "lo", "le", "ya", "no", "ha", "han", "habia", "habian"})
"""Sesión 13: palabras entre un "que" relativo y su verbo ("que se creía", "que ya han sido")."""
NOT_RELATIVE_BEFORE = frozenset({",", "que"})
"""Sesión 13: ante "que", lo que lo hace no relativo de un sustantivo (una coma, otro "que")."""
RELATIVE_THAT = frozenset({"que"})
"""Sesión 13: el relativo que abre una cláusula sobre un sustantivo ("personas que se creía …")."""
OWNER_PLACE_NOUNS = frozenset(
    {"estado", "pais", "municipio", "departamento", "provincia", "distrito", "region"}
)
"""Sesión 13 (h-who-es): sustantivos en minúscula que cierran el nombre de un organismo tras
"de/del" ("informó la Fiscalía del estado", "la Secretaría de Salud del municipio"): parte del
nombre, no el fin de la frase; sin ellos quedaba "Fiscalía del"."""
FOR_SOURCE_OPENERS = frozenset({";", "mientras", "pero"})
"""Sesión 13 (h-who-es): lo que abre la cláusula de un "para X" fuente además de una coma
("…; para la policía, 12.000", "mientras que para la policía fueron 12.000")."""
AS_SAID_OPENERS = frozenset({"como"})
"""Sesión 13 (h-who-es): "como" ante un verbo de decir con su sujeto detrás ("y no 2.800, como
lo afirmaron varias ONG", "35 detenidos, como informó la Fiscalía"): la fuente es la de la
cifra que precede, como tras "según"."""
AS_SAID_SKIP = frozenset({"lo", "ya"})
"""Palabras entre "como" y su verbo de decir ("como lo afirmaron", "como ya dijo")."""

BY_REPORT = frozenset(
    """
    balance balances censo cifras comunicado conteo datos estadisticas estudio informe informes
    recuento registro reporte reportes
    """.split()
)

FIRST_PERSON = frozenset(
    """
    contabilizamos hemos nosotros nuestra nuestras nuestro nuestros registramos tenemos
    """.split()
)

PRONOUNS = frozenset({"su", "sus", "ella", "ellos", "el", "esta", "este"})

DESCRIPTOR_WORDS = frozenset(
    """
    asociacion civil coalicion colectivo comite coordinador coordinadora de defensa derechos
    director directora el fines fundacion fundador grupo grupos humanitaria humanos
    independiente la las local los lucro miembro miembros observatorio ong ongs organizacion
    organizaciones plataforma portavoz presidenta presidente red sin un una venezolana
    venezolano vocera vocero
    """.split()
)

PLURAL_DESCRIPTORS = frozenset(
    """
    abogados activistas agentes defensores dirigentes estudiantes fuentes grupos lideres
    manifestantes medios miembros ongs organizaciones organizadores policia rescatistas
    sindicatos testigos vecinos
    """.split()
)

GOVERNMENT_HEADS = frozenset(
    """
    administracion autoridades cifras ejecutivo fiscalia gobierno oficialismo regimen
    """.split()
)

PERSON_NOUNS = frozenset(
    {
        "personas",
        "persona",
        "individuos",
        "hombres",
        "mujeres",
        "ninos",
        "ninas",
        "menores",
        "adolescentes",
        "jovenes",
        "estudiantes",
        "periodistas",
        "activistas",
        "civiles",
        "residentes",
        "reclusos",
        "presos",
        "prisioneros",
        "detenidos",
        "detenidas",
        "disidentes",
        "opositores",
        "miembros",
        "trabajadores",
        "soldados",
        "militares",
        "policias",
        "agentes",
        "victimas",
        "ciudadanos",
        "migrantes",
        "refugiados",
        "rehenes",
        "cautivos",
        "manifestantes",
        "marchantes",
        "lideres",
        "politicos",
        "simpatizantes",
        "combatientes",
        "pasajeros",
        "pacientes",
        "familias",
        "venezolanos",
        "cubanos",
        "mexicanos",
        "colombianos",
        "asistentes",
        "participantes",
        "muertos",
        "heridos",
        "desaparecidos",
        "desplazados",
        "fallecidos",
        "cuerpos",
        "cadaveres",
        "excarcelados",
        "liberados",
        "presas",
        "deportados",
        # más nombres de personas contadas (issue 9)
        "casos",
        "docentes",
        "profesores",
        "maestros",
        "delegados",
        "ancianos",
        "inmigrantes",
        "encapuchados",
        "almas",
        "llegadas",
        "habitantes",
        "pobladores",
        "empleados",
        "obreros",
        "mineros",
        "enfermeros",
        "medicos",
        "guerrilleros",
        "insurgentes",
        "ecuatorianos",
        "dominicanos",
        "haitianos",
        "peruanos",
        "chilenos",
        "argentinos",
        "bolivianos",
        "hondurenos",
        "guatemaltecos",
        "salvadorenos",
        "nicaraguenses",
        "panamenos",
        "espanoles",
        "indios",
        "chinos",
        "afganos",
        "sirios",
        "ucranianos",
        "rusos",
        "africanos",
        "israelies",
        "palestinos",
        "marroquies",
        "argelinos",
        "senegaleses",
        "malienses",
        "guineanos",
        "huelguistas",
        "damnificados",
        "albergados",
        "albergadas",
        "evacuados",
        "secuestrados",
        "lesionados",
        "transeuntes",
        "votantes",
        "electores",
        "afectados",
        "heridas",
        "fallecidas",
        "muertas",
    }
)

EVENT_WORDS: dict[str, str] = {
    "liberados": "releases",
    "liberadas": "releases",
    "liberacion": "releases",
    "liberaciones": "releases",
    "libero": "releases",
    "liberaron": "releases",
    "liberar": "releases",
    "excarcelados": "releases",
    "excarceladas": "releases",
    "excarcelacion": "releases",
    "excarcelaciones": "releases",
    "excarcelo": "releases",
    "excarcelaron": "releases",
    "excarcelar": "releases",
    "indultos": "releases",
    "indultados": "releases",
    "libertad": "releases",
    "detenidos": "arrests",
    "detenidas": "arrests",
    "detenciones": "arrests",
    "arrestados": "arrests",
    "arrestos": "arrests",
    "capturados": "arrests",
    "encarcelados": "arrests",
    "apresados": "arrests",
    "detuvo": "arrests",
    "detuvieron": "arrests",
    "arresto": "arrests",
    "muertos": "deaths",
    "muertas": "deaths",
    "murieron": "deaths",
    "fallecidos": "deaths",
    "fallecieron": "deaths",
    "asesinados": "deaths",
    "muertes": "deaths",
    "victimas": "deaths",
    "ahogados": "deaths",
    "heridos": "injured",
    "heridas": "injured",
    "lesionados": "injured",
    "marcharon": "protesters",
    "protestaron": "protesters",
    "manifestaron": "protesters",
    "asistieron": "protesters",
    "congregaron": "protesters",
    "concentraron": "protesters",
    "reunieron": "protesters",
    "participaron": "protesters",
    "marcha": "protesters",
    "huelga": "strikers",
    "defunciones": "deaths",
    "cruzaron": "migrants",
    "rescatados": "migrants",
    "interceptados": "migrants",
    "deportados": "migrants",
    "desplazados": "displaced",
    "huyeron": "displaced",
    "desaparecidos": "missing",
    "rehenes": "hostages",
    "secuestrados": "hostages",
    "cautiverio": "hostages",
}

EVENT_PHRASES: dict[tuple[str, ...], str] = {
    ("puestos", "en", "libertad"): "releases",
    ("puestas", "en", "libertad"): "releases",
    ("salieron", "de", "prision"): "releases",
    ("perdieron", "la", "vida"): "deaths",
    ("salieron", "a", "las", "calles"): "protesters",
    ("tomaron", "las", "calles"): "protesters",
}

STOCK_VERBS = frozenset({"siguen", "permanecen", "continuan", "quedan", "hay"})

STOCK_PHRASES: tuple[tuple[str, ...], ...] = (
    ("siguen", "detenidos"),
    ("siguen", "detenidas"),
    ("siguen", "presos"),
    ("permanecen", "detenidos"),
    ("permanecen", "detenidas"),
    ("permanecen", "presos"),
    ("continuan", "detenidos"),
    ("continuan", "presos"),
    ("tras", "las", "rejas"),
    ("siguen", "tras", "las", "rejas"),
    ("permanecen", "en", "prision"),
    ("siguen", "en", "prision"),
    ("siguen", "arbitrariamente", "detenidas"),
    ("siguen", "arbitrariamente", "detenidos"),
    ("siguen", "desaparecidos"),
    ("permanecen", "secuestrados"),
    ("siguen", "secuestrados"),
    ("en", "cautiverio"),
    ("por", "motivos", "politicos"),
    ("presos", "politicos"),
)

CHANGE_WORDS = frozenset(
    """
    alza aumento caida cifra de del descenso el en incremento la numero reduccion un una
    """.split()
)

STATUS_WORDS: dict[str, Status] = {
    "anuncio": Status.ANNOUNCED,
    "anuncia": Status.ANNOUNCED,
    "anunciaron": Status.ANNOUNCED,
    "anunciadas": Status.ANNOUNCED,
    "anunciados": Status.ANNOUNCED,
    "autorizo": Status.AUTHORIZED,
    "autoriza": Status.AUTHORIZED,
    "autorizaron": Status.AUTHORIZED,
    "decidio": Status.AUTHORIZED,
    "ordeno": Status.AUTHORIZED,
    "aprobo": Status.AUTHORIZED,
    "prometio": Status.PLEDGED,
    "promete": Status.PLEDGED,
    "prometieron": Status.PLEDGED,
    "se comprometio": Status.PLEDGED,
    "aseguro": Status.CLAIMED,
    "confirmo": Status.CONFIRMED,
    "confirmado": Status.CONFIRMED,
    "constato": Status.CONFIRMED,
    "constata": Status.CONFIRMED,
    "constataron": Status.CONFIRMED,
    "constatado": Status.CONFIRMED,
    "verifica": Status.VERIFIED,
    "verificaron": Status.VERIFIED,
    "verificado": Status.VERIFIED,
    "documentaron": Status.DOCUMENTED,
    "registraron": Status.REGISTERED,
    "estimaron": Status.ESTIMATED,
    "creen": Status.ESTIMATED,  # sesión 11: "los observadores creen que votó el 38 %"
    "creia": Status.ESTIMATED,
    "creian": Status.ESTIMATED,
    "calcularon": Status.ESTIMATED,
    "calculo": Status.ESTIMATED,
    "confirma": Status.CONFIRMED,
    "confirmaron": Status.CONFIRMED,
    "confirmadas": Status.CONFIRMED,
    "confirmados": Status.CONFIRMED,
    "verifico": Status.VERIFIED,
    "verificadas": Status.VERIFIED,
    "verificados": Status.VERIFIED,
    "documento": Status.DOCUMENTED,
    "documenta": Status.DOCUMENTED,
    "documentado": Status.DOCUMENTED,
    "documentados": Status.DOCUMENTED,
    "registro": Status.REGISTERED,
    "registra": Status.REGISTERED,
    "registrado": Status.REGISTERED,
    "registrados": Status.REGISTERED,
    "contabiliza": Status.REGISTERED,
    "contabilizo": Status.REGISTERED,
    "contabilizan": Status.REGISTERED,
    "estima": Status.ESTIMATED,
    "estiman": Status.ESTIMATED,
    "estimo": Status.ESTIMATED,
    "calcula": Status.ESTIMATED,
    "calculan": Status.ESTIMATED,
}

STATUS_PHRASES: dict[tuple[str, ...], Status] = {
    ("se", "concretaron"): Status.CARRIED_OUT,
    ("se", "han", "concretado"): Status.CARRIED_OUT,
    ("efectivamente", "excarcelados"): Status.CARRIED_OUT,
    ("se", "han", "materializado"): Status.CARRIED_OUT,
}

DONE_RELEASE = frozenset({"liberados", "liberadas", "excarcelados", "excarceladas"})

BEGIN_WORDS = frozenset(
    """
    arrancaron arranco comenzado comenzaron comenzo empezado empezaron empezo iniciado iniciaron
    inicio
    """.split()
)

AUXILIARIES = frozenset(
    """
    ahora efectivamente estan fue fueron ha habian han hasta sido son ya
    """.split()
)

MONTHS: dict[str, int] = {
    "enero": 1,
    "ene": 1,
    "febrero": 2,
    "feb": 2,
    "marzo": 3,
    "abril": 4,
    "abr": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "ago": 8,
    "septiembre": 9,
    "setiembre": 9,
    "sept": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "dic": 12,
}
WEEKDAYS: dict[str, int] = {
    "lunes": 0,
    "martes": 1,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sabado": 5,
    "domingo": 6,
}
OCCASIONS: dict[tuple[str, ...], tuple[str, int, int]] = {
    ("navidad",): ("christmas", 12, 25),
    ("nochebuena",): ("christmas-eve", 12, 24),
    ("nochevieja",): ("new-years-eve", 12, 31),
    ("fin", "de", "ano"): ("new-years-eve", 12, 31),
    ("ano", "nuevo"): ("new-year", 1, 1),
}

SO_FAR = (
    ("hasta", "ahora"),
    ("hasta", "el", "momento"),
    ("hasta", "la", "fecha"),
    ("por", "ahora"),
    ("a", "la", "fecha"),
    ("en", "lo", "que", "va"),
)
TODAY = frozenset({"hoy", "actualmente", "ahora"})
YESTERDAY = frozenset({"ayer"})
DAY_PREFIX = frozenset(
    """
    al de del desde el entre este hasta la madrugada noche pasado tarde y
    """.split()
)

DURATION_UNITS = frozenset(
    """
    ano anos decada decadas dia dias hora horas mes meses minuto minutos segundo segundos semana
    semanas siglo siglos
    """.split()
)
MONEY_WORDS = frozenset(
    """
    bolivares dolares escanos euros hectareas kilometros kilos km libras litros metros millas
    pesos puntos toneladas veces
    """.split()
)
ID_WORDS = frozenset(
    """
    articulo articulos capitulo caso categoria codigo decreto edad expediente ley nivel numero
    pagina resolucion ruta sala seccion telefono vuelo
    """.split()
)

SKIP_BEFORE_NUMBER = frozenset(
    """
    de esas esos estas estos las los otras otros sus total un unas unos
    """.split()
)

FUNCTION_WORDS = frozenset(
    {
        "de",
        "del",
        "en",
        "a",
        "al",
        "por",
        "para",
        "con",
        "y",
        "o",
        "pero",
        "que",
        "quienes",
        "quien",
        "los",
        "las",
        "el",
        "la",
        "siguen",
        "permanecen",
        "continuan",
        "fueron",
        "han",
        "habian",
        "son",
        "estan",
        "desde",
        "hasta",
        "entre",
        "segun",
        "hoy",
        "ayer",
        "mas",
        "tambien",
        "solo",
        "ya",
        "aun",
        "todavia",
        "se",
        "lo",
        "le",
        "les",
        "su",
        "sus",
        "sin",
        "durante",
        "tras",
        "como",
        "cuando",
        "donde",
        "incluidos",
        "incluidas",
        "en total",
        "fue",
        "ha",
        "no",
        "nuevos",
    }
)

CLAUSE_OPENERS = frozenset(
    """
    aunque con cuando despues donde incluidos luego mientras pero pese que quienes sin tras
    """.split()
)
ALWAYS_OPENERS = frozenset({"pese", "pero", "aunque", "mientras"})

ALSO_WORDS = frozenset({"tambien"})
EXISTENTIAL = frozenset({"hay", "habia"})
NO_WORDS = frozenset({"ningun", "ninguna", "ningunos", "ningunas"})
NO_SKIP = frozenset({"nuevo", "nueva", "nuevos", "nuevas", "mas", "otro", "otra"})

NOT_NAMES = frozenset(
    """
    a actualmente ahora al algunas algunos ano aunque ayer casi cerca con cuando de del desde
    dia durante el en esta estas este estos hemos hoy la las los manana mas menos mientras
    muchas muchos navidad nochebuena nochevieja o para pero por presidenta presidente que segun
    si sin solo tambien tenemos todas todos tras unas unos y ya
    """.split()
)

# --- quién: cargos, oficinas, núcleos genéricos (issue 9) ---------------------------------

TITLE_RANK_OFFICES: dict[str, str] = {
    "primer ministro": "Oficina del Primer Ministro",
    "primera ministra": "Oficina de la Primera Ministra",
}
"""Un cargo cuyo complemento es un rango y no una cartera: habla por su propia oficina
("el Primer Ministro" → "Oficina del Primer Ministro", nunca un "Ministerio Primer")."""

TITLE_OFFICES: dict[str, str] = {
    "ministro": "Ministerio {}",
    "ministra": "Ministerio {}",
    "viceministro": "Ministerio {}",
    "viceministra": "Ministerio {}",
    "subsecretario": "Ministerio {}",
    "subsecretaria": "Ministerio {}",
    "secretario": "Secretaría {}",
    "secretaria": "Secretaría {}",
    "gobernador": "Gobierno {}",
    "gobernadora": "Gobierno {}",
    "alcalde": "Alcaldía {}",
    "alcaldesa": "Alcaldía {}",
    "intendente": "Intendencia {}",
    "prefecto": "Prefectura {}",
    "defensor": "Defensoría {}",
    "defensora": "Defensoría {}",
    "fiscal": "Fiscalía {}",
}
"""Un cargo que habla por una oficina del Estado: la oficina, con el complemento del cargo
tal como se escribe en ``{}`` ("el ministro del Interior" → "Ministerio del Interior")."""

ROLE_WORDS = frozenset(
    """
    comandante comisionada comisionado coordinador coordinadora director directora dirigente
    fundador fundadora jefa jefe lider portavoz presidenta presidente representante responsable
    titular vocera vocero
    """.split()
)
"""Un cargo que habla por la organización nombrada tras él ("el director de la Cruz Roja")."""

NOT_CLAIMANTS = frozenset(
    """
    actualizacion ademas ante aquel aquella asi asimismo ayer con de del desde despues durante
    embargo en entonces esa esas ese esos esta estas este estos familiares familias finalmente
    foto hacia hoy igualmente lo luego mientras multitudes por segun sin sobre tambien tras
    video
    """.split()
)
"""Menciones de una palabra que nunca son fuente: conectores, demostrativos y nombres comunes
con mayúscula al abrir la frase ("Asimismo", "Ese")."""

GENERIC_HEADS: dict[str, tuple[str, ...]] = {
    "sindicato": ("sindicato", "central", "confederacion", "federacion", "union"),
    "sindicatos": ("sindicato", "central", "confederacion", "federacion", "union"),
    "central": ("central", "confederacion"),
    "policia": ("policia", "carabineros", "guardia"),
    "ministerio": ("ministerio",),
    "cartera": ("ministerio",),
    "organismo": ("instituto", "oficina", "agencia", "servicio", "comision", "comite"),
    "instituto": ("instituto",),
    "consejo": ("consejo",),
    "comite": ("comite", "comision"),
    "comision": ("comision", "comite"),
    "fundacion": ("fundacion",),
    "observatorio": ("observatorio",),
    "ong": ("fundacion", "observatorio", "foro", "asociacion", "comite", "red", "coalicion"),
    "organizacion": ("fundacion", "observatorio", "foro", "asociacion", "comite", "red"),
    "asociacion": ("asociacion",),
    "coalicion": ("coalicion", "plataforma", "frente"),
    "plataforma": ("plataforma", "coalicion", "frente"),
    "organizadores": ("plataforma", "coalicion", "frente", "movimiento", "comite", "marcha"),
    "ejercito": ("ejercito", "fuerzas"),
    "escuela": ("escuela", "colegio", "instituto"),
    "hospital": ("hospital",),
    "empresa": ("empresa", "compania"),
    "prefectura": ("prefectura",),
    "delegacion": ("delegacion",),
}
"""Un núcleo genérico ("el sindicato") remite a la última organización nombrada en el texto
cuyo nombre contiene una de estas palabras ("la Central Única de Trabajadores")."""
GENERIC_HEADS = {
    **GENERIC_HEADS,
    **{w: (w,) for w in ("fiscalia", "defensoria", "procuraduria", "contraloria", "cancilleria")},
    **{w: (w,) for w in ("gobernacion", "consejeria", "subsecretaria", "secretaria")},
    "gremio": ("sindicato", "gremio", "central", "confederacion", "federacion", "union"),
    "gremios": ("sindicato", "gremio", "central", "confederacion", "federacion", "union"),
}
"""Sesión 13 (h-who-es): "la fiscalía", "la Defensoría", "la secretaría", "el gremio" remiten al
organismo de ese núcleo nombrado antes ("la Fiscalía General de la República … la fiscalía
informó que hay 7 desaparecidos")."""

NUMBER_VERBS = frozenset(
    """
    acudieron asistieron eran estaban fallecieron fueron marcharon murieron pararon participaron
    permanecen se secundaron siguen son
    """.split()
)
"""Verbos tras un número sin sustantivo ("más de 100.000 marcharon"): cuenta lo que cuenta
su contexto."""

NOT_COUNT_BEFORE = frozenset(
    """
    anos canal capitulo decada edad episodio etapa fase grado hora horas magnitud midio
    multiplica multiplicado multiplico nota pagina ronda ruta sala talla tasa temporada veces
    vuelo
    """.split()
)
"""Palabras justo antes de un número que no cuenta personas: magnitudes ("grado 8",
"magnitud 8,2"), edades, décadas ("los años 80"), horas ("a las 15.00"), factores ("multiplica
por 14")."""

NOT_COUNT_AFTER = frozenset(
    """
    anos grados richter veces
    """.split()
)
"""Palabras justo después de un número que no cuenta personas ("8,2 grados", "tres veces")."""

REVISION_VERBS = frozenset(
    """
    actualizo ascendio aumentaron aumento bajaron bajo cayo corrigio crecio descendio disminuyo
    elevaron elevo pasaron paso redujo salto se subieron subio
    """.split()
)
"""Verbos antes de "de A a B" que hacen de ello una revisión (dos cifras, la segunda reemplaza
a la primera), no un rango: "pasó de nueve a doce"."""

# --- quién: verbos y sujetos añadidos en la ronda 2 (x-claimant) -----------------------------

SAY_VERBS = SAY_VERBS | frozenset(
    {
        "indican",
        "indicaron",
        "senalan",
        "senalaron",
        "actualizo",
        "actualizaron",
        "cifraron",
        "cifrado",
        "conocer",  # "lo dio a conocer la ONU"
        "rescato",
        "rescataron",
        "rescatado",
        "evacuo",
        "evacuaron",
        "contaron",
        "apunto",
        "subrayo",
        "destaco",
        "cuantifico",
        "situo",
        "situaron",
        "revelo",
        "revelaron",
        "expuso",
        "comunico",
        "comunicaron",
        "notifico",
        "refirio",
        "manifesto",
        "insistio",
        "precisaron",
        "detallaron",
        "afirmaron",
        "aseguraron",
        "explicaron",
        "agregaron",
        "anadieron",
        "advirtieron",
        "estimaron",
        "calcularon",
        "destacaron",
        "apuntaron",
    }
)
"""Quien rescata o evacúa a N personas es la fuente de esa cifra ("la guardia costera ha
rescatado a 62 personas"); "dio a conocer" nombra a quien informa."""

SAY_VERBS = SAY_VERBS | frozenset(
    {"recordo", "expreso", "asevero", "reitero", "reiteraron", "cito", "citaron", "citando"}
    | {"creen", "creia", "creian"}
)
"""Sesión 11: más verbos de decir ("recordó que 300 personas siguen desaparecidas")."""
SAY_VERBS = SAY_VERBS | frozenset(
    {"aprobo", "aprobaron", "ordeno", "ordenaron", "decreto", "decretaron", "autorizaron"}
)
"""Sesión 13 (h-who-es): quien aprueba, ordena o decreta una liberación es la fuente de su cifra
("el Ministerio de Justicia aprobó la liberación de 150 detenidos": el ministerio, autorizada)."""
SAY_VERBS = SAY_VERBS | frozenset({"establecio", "establecieron"})
"""Sesión 13 (h-who-es): quien establece que N murieron da la cifra ("la Fiscalía estableció
que 12 personas murieron")."""
IMPERSONAL_SAY = frozenset(
    {"cree", "creen", "creia", "creian", "creyo", "estimaba", "calculaba", "pensaba", "suponia"}
    | {"decia", "dijo", "dice", "sabe", "sabia", "habla", "hablaba"}
)
"""Sesión 13 (h-who-es): verbos de creer o decir que tras un "se" impersonal no tienen sujeto
("de las 2.800 personas que se creía continuaban en cautiverio", "se dijo que 40 murieron"):
nadie habla, ni el sustantivo ni el organismo de antes."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset(
    {"organismos", "autoridades", "socorristas", "rescatistas", "sindicatos"}
)

FUTURE_ACTS: frozenset[tuple[str, ...]] = frozenset(
    {
        ("liberara",),
        ("liberaran",),
        ("liberaria",),
        ("excarcelara",),
        ("excarcelaran",),
        ("indultara",),
        ("va", "a", "liberar"),
        ("van", "a", "liberar"),
        ("iba", "a", "liberar"),
    }
)
"""Un acto que la fuente dice que hará ("liberará a 300 presos"): anunciado."""

EVENT_WORDS = {
    **EVENT_WORDS,
    "liberara": "releases",
    "liberaran": "releases",
    "liberaria": "releases",
    "excarcelara": "releases",
    "excarcelaran": "releases",
}

# --- x-alarms: núcleos que cuentan cosas, no personas -----------------------------------------

NOT_PEOPLE = frozenset(
    """
    albergues barcos botes camiones carreteras casas cayucos colegios comunidades edificios
    embarcaciones escuelas fabricas familias hogares municipios pateras pueblos puentes
    sindicatos vehiculos viviendas
    """.split()
)
"""Núcleos tras un número que cuentan hogares, lugares o cosas, nunca personas: "1.600
familias", "40 embarcaciones", "23 puentes"."""

SUBSET_OPENERS: tuple[tuple[str, ...], ...] = (
    ("entre", "los"),
    ("entre", "las"),
    ("entre", "ellos"),
    ("entre", "ellas"),
    ("incluidos",),
    ("incluidas",),
    ("de", "ellos"),
    ("de", "ellas"),
    ("de", "los", "cuales"),
    ("de", "las", "cuales"),
    ("de", "los"),  # solo al abrir la oración: "De los muertos, 17 eran niños."
    ("de", "las"),
)
"""Palabras que hacen de las cifras que les siguen una parte de una cifra ya dada: "Entre los
fallecidos hay 1.214 menores", "incluidos 12 niños", "De ellos, 30 eran mujeres"."""

COUNT_HEADS = frozenset({"numero", "cifra", "total", "conteo", "balance"})
"""Sustantivos que nombran la cuenta de lo que sigue a "de" ("el número de casos confirmados
llegó a 21.614")."""

# --- quién: ronda 3 (x-claimant) ---------------------------------------------------------------

SAY_VERBS = SAY_VERBS | frozenset(
    {
        "elevado",  # "los sindicatos han elevado al 70% el seguimiento"
        "elevan",
        "situado",
        "situan",
        "estimado",
        "contado",
        "hablado",
        "aportado",
        "ofrecido",
        "facilitado",
        "difundido",
        "precisado",
        "detallado",
        "asegurado",
        "afirmado",
        "explicado",
        "cuantificado",
        "cifrado",
        "reportaron",
        "contabilizan",
        "hablaron",  # "los organizadores hablaron de 100.000"
        "redujeron",
        "rebajaron",
        "reducen",
        "rebajan",
        "identificado",  # "Protección Civil ha identificado a 34 víctimas"
        "identifico",
        "identificaron",
        "cifraba",
        "cifraban",
        "estimaba",
        "calculaba",
    }
)
"""Verbos con que una fuente da una cifra, en perfecto ("han elevado", "ha cifrado")."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"ong"})
""""Las ONG locales": el plural de ONG se escribe igual que el singular."""

SOURCE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("lo", "anterior"),
    ("asi", "lo"),
    ("esta", "informacion"),
    ("la", "informacion"),
    ("esos", "datos"),
    ("estos", "datos"),
    ("los", "datos"),
    ("esas", "cifras"),
    ("estas", "cifras"),
    ("las", "cifras"),
    ("dichas", "cifras"),
    ("dichos", "datos"),
    ("el", "balance"),
    ("este", "balance"),
)
"""Aperturas de una oración que atribuye lo dicho antes ("Lo anterior lo dio a conocer la
ONU", "Estas cifras fueron difundidas por el Ministerio"), también al abrir otro párrafo."""

# --- estatus: ronda 3 (x-claimant) --------------------------------------------------------------

STATUS_WORDS = {
    **STATUS_WORDS,
    "documentadas": Status.DOCUMENTED,
    "documentados": Status.DOCUMENTED,
    "verificadas": Status.VERIFIED,
    "comprobo": Status.CONFIRMED,
    "comprobado": Status.CONFIRMED,
    "comprobaron": Status.CONFIRMED,
    "confirman": Status.CONFIRMED,
    "contabilizaron": Status.REGISTERED,
    "contabilizado": Status.REGISTERED,
    "contabilizados": Status.REGISTERED,
    "prometido": Status.PLEDGED,
    "comprometio": Status.PLEDGED,
    "comprometido": Status.PLEDGED,
    "anunciado": Status.ANNOUNCED,
    "autorizado": Status.AUTHORIZED,
}
"""Verbos de estatus que faltaban."""

DIRECT_STATUS: dict[tuple[str, ...], Status] = {
    ("identifico",): Status.DOCUMENTED,  # "ha identificado a 34 de las víctimas"
    ("identificado",): Status.DOCUMENTED,
    ("identificaron",): Status.DOCUMENTED,
    ("los", "nombres", "de"): Status.DOCUMENTED,  # "publicó los nombres de 67 personas"
    ("nombres", "y", "datos", "de"): Status.DOCUMENTED,
    # sesión 11: una meta declarada es una promesa, cuente lo que cuente ("el objetivo de
    # acoger a 10.000 refugiados", "la meta es reubicar a 2.000")
    **dict.fromkeys(
        (
            ("meta", "de"),
            ("objetivo", "de"),
            ("meta", "es"),
            ("objetivo", "es"),
            ("meta", "era"),
            ("objetivo", "era"),
            ("compromiso", "de"),
            ("se", "comprometio", "a"),
            ("se", "comprometieron", "a"),
            ("se", "compromete", "a"),
        ),
        Status.PLEDGED,
    ),
}
"""Estatus que solo tiene la cifra que sigue a la frase (a lo sumo dos palabras después):
identificar a las víctimas, o dar sus nombres, las documenta; una meta o un compromiso
declarados son una promesa (pledged); no a otra cifra de la frase."""

# --- quién: agentes y núcleos, ronda 3 (x-claimant) ---------------------------------------------

AGENT_VERBS = frozenset(
    {
        "detuvo",  # "La Guardia Civil ha detenido a 12 personas": quien detiene da la cifra
        "detuvieron",
        "detenido",
        "arresto",
        "arrestaron",
        "arrestado",
        "atendio",
        "atendieron",
        "atendido",
        "evacuado",
        "evacuo",
        "evacuaron",
        "rescato",
        "rescataron",
        "rescatado",
        # sesión 11: quien reasienta, reubica, acoge, deporta o vacuna a N personas
        "reasento",
        "reasentado",
        "reubico",
        "reubicado",
        "acogio",
        "acogido",
        "deporto",
        "deportaron",
        "deportado",
        "expulso",
        "expulsaron",
        "vacuno",
        "vacunaron",
        "vacunado",
    }
)
"""Quien detiene, rescata o atiende a N personas da esa cifra, si la cifra es el objeto del
verbo, justo tras él ("ha rescatado a 54 personas")."""

SAY_VERBS = SAY_VERBS | AGENT_VERBS

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"bomberos", "brigadistas", "medicos"})

GENERIC_HEADS = {**GENERIC_HEADS, "guardia": ("guardia",), "embajada": ("embajada",)}

ROLE_WORDS = ROLE_WORDS | frozenset(
    {"gerente", "rector", "rectora", "delegado", "delegada", "secretario", "secretaria"}
)

LEAD_VERBS = frozenset({"dirige", "preside", "encabeza", "lidera", "coordina", "dirigia"})
"""Verbos de una relativa que dan el cargo de una persona: "Ana Ruiz, que dirige el Consejo
de Refugiados, dijo" habla por el Consejo de Refugiados."""

SAY_VERBS = SAY_VERBS | frozenset(
    {"comprometio", "comprometieron", "notifica", "notifico", "notificaron", "notificado"}
    | {"comunica", "comunicado", "reporta", "reportan", "confirman", "eleva", "elevan"}
)

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"servicios", "equipos", "cuerpos"})
""""Los servicios de emergencia", "los equipos de rescate": fuentes sin nombre."""

DONE_RELEASE = DONE_RELEASE | frozenset({"libero", "liberaron", "liberado", "excarcelo"})
"""Una liberación hecha: "ha liberado a 116" (la dice hecha quien la hizo)."""
DONE_RELEASE = DONE_RELEASE | frozenset({"excarcelado", "excarcelaron", "liberada", "excarcelada"})
"""Sesión 13 (h-who-es): las demás formas del acto hecho ("ha excarcelado a 80", "excarcelaron
a 12"), que leídas tras una fuente y justo ante su número lo dan por hecho."""

# --- x-numbers (ronda 3): a quién cuenta una cifra, partes de personas, cosas contadas -------

PERSON_NOUNS = PERSON_NOUNS | frozenset(
    """
    acusados adultos aficionados alcaldes alpinistas alumnos balseros bandidos banistas bebes
    bomberos cadetes camioneros campesinos candidatos carabineros choferes ciudadanas colonos
    compatriotas comuneros condenados conductores connacionales contagiados contagios
    cooperantes coyotes diplomaticos diputados efectivos egresados ejecuciones electorado
    enfermeras escolares espectadores estadounidenses excursionistas extranjeros familiares
    feligreses fieles funcionarios ganaderos gendarmes hermanos huerfanos indigenas infectados
    internos jornaleros jubilados legisladores lugarenos madres maquinistas marineros misioneros
    monjas nacionales narcotraficantes padres padron pandilleros papeletas paramedicos
    paramilitares pastores pensionistas peregrinos pescadores pilotos plantilla poblacion
    polleros reclutas reos rescatados rescatistas retornados sacerdotes sanitarios senadores
    separatistas sicarios sindicalistas sobrevivientes solicitantes sospechosos sufragios
    supervivientes taxistas traficantes transportistas tripulantes turistas uniformados
    universitarios vecinos viajeros visitantes viudas voluntarios votos yihadistas
    """.split()
)
"""Más sustantivos que cuentan personas ("casi la mitad del electorado", "un 12% del padrón
electoral": los inscritos para votar)."""

NOT_PEOPLE = NOT_PEOPLE | frozenset(
    """
    aldeas ataques barrios camas campamentos cargos carpas centros circunscripciones ciudades
    clinicas departamentos distritos dosis escanos estaciones estados eventos hectareas
    hospitales incidentes instituciones localidades manifestaciones marchas mesas organizaciones
    paginas paises protestas provincias puntos regiones replicas sismos terremotos toneladas
    vuelos
    """.split()
)
"""Más núcleos que cuentan lugares, hechos o cosas: "al menos cinco estados", "más de 200
manifestaciones", "cayó cinco puntos", "30 escaños"."""

NOT_PEOPLE = NOT_PEOPLE | frozenset(
    """
    aeropuertos allanamientos almacenes apartamentos armas autobuses aviones caserios coches
    comercios denuncias edificaciones empresas fusiles garajes helicopteros iglesias inmuebles
    kilos kilogramos mezquitas minas negocios oficinas operativos parroquias pistolas plantas
    puertos reclamaciones registros solicitudes sucursales tiendas veredas
    """.split()
)
"""g-what: núcleos de noticias de empresas, sucesos y desastres que cuentan cosas, nunca
personas: "pararon 12 plantas", "incautó 40 armas", "116.000 solicitudes", "320 garajes"."""

SHARE_NOUNS: dict[str, str | None] = {
    "participacion": None,
    "abstencion": None,
    "seguimiento": "strikers",
    "asistencia": None,
    "absentismo": None,
    "ausentismo": None,
}
"""Sustantivos que nombran una parte de personas: "la abstención fue superior al 87%", "el 94%
de seguimiento"."""

CROWD_NOUNS: dict[str, str] = {
    "huelga": "strikers",
    "protesta": "protesters",
    "marcha": "protesters",
    "manifestacion": "protesters",
    "concentracion": "protesters",
    "movilizacion": "protesters",
}
"""Una convocatoria cuyo tamaño da una cifra sin sustantivo en la oración siguiente: "…la
huelga del miércoles. El Gobierno habló de 200.000"."""

EVENT_WORDS = {
    **EVENT_WORDS,
    "murio": "deaths",
    "fallecio": "deaths",
    "muerto": "deaths",
}
"""Muertes en singular: "uno murió", "uno de ellos falleció" (los participios "fallecida",
"muerto" califican a otros: "470 personas, una de ellas fallecida")."""

LEVEL_VERBS = frozenset(
    """
    alcanza alcanzan alcanzaron alcanzo ascendieron asciende ascienden llega llegan llegaron
    llego roza rozan suma suman sumaron totalizan
    """.split()
)
"""Verbos que dan el nivel alcanzado por una cuenta, con su sustantivo antes: "los casos de
dengue llegaron a 1.240", "los contagios suman 300" (con ``REVISION_VERBS``)."""

SURPASSING_HEDGE_VERBS = frozenset({"supera", "superan", "supero", "superaron"})
"""Sesión 10 (g-cases): verbos que la etapa de números lee como matiz de la cifra ("superaron
los 1.200": más de 1.200); su sujeto va antes de ellos, como ante un verbo de nivel ("los
casos superaron los 1.200": la cifra se perdía)."""

EVENT_WORDS = {
    **EVENT_WORDS,
    "mato": "deaths",
    "mataron": "deaths",
    "asesino": "deaths",
    "asesinaron": "deaths",
    "cuerpos": "deaths",
    "cadaveres": "deaths",
    "desaparecidas": "missing",
    "rescatadas": "migrants",
    "hospitalizados": "hospitalized",
    "hospitalizadas": "hospitalized",
    "matando": "deaths",
    "hiriendo": "injured",
}
"""Más palabras de hechos: "mató a 10 personas", "los cuerpos de 12 mineros", "20 siguen
desaparecidas", "40 personas fueron hospitalizadas"."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("cobro", "la", "vida"): "deaths",
    ("costo", "la", "vida"): "deaths",
    ("segado", "la", "vida"): "deaths",
}
"""'La inundación cobró la vida de 40 personas': muertes."""

# --- x-scan: incrementos y revisiones (ronda 3) -----------------------------------------------

INCREMENT_BEFORE = frozenset({"otros", "otras"})
"""Palabras antes de una cifra que la hacen lo añadido a una cuenta ("otros 3 muertos",
"otras 40 personas heridas")."""

INCREMENT_AFTER = frozenset({"mas", "nuevos", "nuevas", "adicionales"})
"""Palabras justo después de una cifra (o de su sustantivo, para "más") que la hacen lo
añadido a una cuenta ("35 nuevos casos", "tres muertos más"); no "más de" ni "más que"."""

REVISE_WORDS = frozenset(
    {"reviso", "revisaron", "corrigio", "corrigieron", "actualizo", "actualizaron", "rebajo"}
)
"""Verbos que dicen que una cifra reemplaza la anterior de la fuente ("corrigió la cifra a
31", "rebajó a 42.000 el número de muertos")."""

GENERIC_PEOPLE = frozenset({"personas", "persona", "individuos", "gente", "otros", "otras"})
"""Métricas que solo dicen "personas": una cifra sin evento ni sustantivo conocido ("40.277
personas") no dice qué cuenta, así que scan no la compara."""

# --- u-break (round 4): desgloses, diferencias y destinos -----------------------------------
DIFFERENCE_AFTER = frozenset({"que"})
"""Tras "más" / "menos" justo después de una cifra, la palabra que la hace una diferencia
con otra cuenta ("40.500 más que el día anterior", "3.000 menos que en junio"), nunca un
nivel de la cantidad."""
DESTINATION_VERBS = frozenset(
    {"entraron", "ingresaron", "llegaron", "cruzaron", "huyeron", "pasaron"}
    | {"entrado", "ingresado", "llegado", "cruzado", "huido", "entrando", "llegando"}
)
"""Verbos tras una cifra que, seguidos de un lugar ("entraron en Polonia", "han llegado a
Hungría"), la hacen la cuenta de un destino: una parte de la cuenta total de la fuente."""
DESTINATION_LINKS = frozenset({"en", "a", "al", "hacia"})
"""Preposiciones entre el verbo de destino y el lugar."""

ON_ROLL = frozenset({"inscritos", "inscritas", "empadronados", "empadronadas", "registrados"})
"""Participios de quien está en un padrón: con una palabra de padrón en la oración ("la
lista nominal cerró en 98 millones de personas inscritas"), la cifra es la del registro."""

ROLL_WORDS = frozenset({"nominal"})
"""La lista nominal (el padrón como cifra oficial): "estaban inscritos en el padrón" dice
solo que votar podían, no da la cifra del registro."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("secundaron", "la", "huelga"): "strikers",
    ("secundo", "la", "huelga"): "strikers",
    ("secundaron", "el", "paro"): "strikers",
    ("secundo", "el", "paro"): "strikers",
    ("en", "huelga"): "strikers",
    ("hicieron", "huelga"): "strikers",
    ("se", "sumaron", "a", "la", "huelga"): "strikers",
    ("se", "sumaron", "al", "paro"): "strikers",
}
"""Secundar una huelga es hacerla: "el 40% de los docentes secundó la huelga"."""

# --- u-metric: la palabra que rige una cifra (ronda 4, auditoría P3/P6) ------------------------

EVENT_WORDS = {
    **EVENT_WORDS,
    "rescatados": "rescued",
    "rescatadas": "rescued",
    "desaparicion": "missing",
    "desapariciones": "missing",
    "huyeron": "displaced",
    "damnificados": "affected",
    "damnificadas": "affected",
}
"""Hechos que dicen qué cuenta su cifra: "fueron rescatados 40" (rescatados, sean quienes
sean), "la desaparición de 419 personas", "huyeron 3.000 personas"."""

EVENT_WORDS = {
    **EVENT_WORDS,
    "localizado": "accounted_for",
    "localizados": "accounted_for",
    "localizada": "accounted_for",
    "localizadas": "accounted_for",
}
"""Sesión 10 (g-cases): "han localizado a 195 personas", "120 fueron localizadas" cuentan a
las personas halladas, nunca a los desaparecidos que la frase nombra al lado."""

DISPLACED_OUTCOME_VERBS: dict[str, str] = {
    "regresaron": "returnees", "retornaron": "returnees", "volvieron": "returnees",
    "regresado": "returnees", "retornado": "returnees", "vuelto": "returnees",
    "repatriados": "returnees", "repatriadas": "returnees", "reasentados": "migrants",
    "reasentadas": "migrants",
}  # fmt: skip
"""Sesión 10 (g-cases): el verbo tras un sustantivo de personas desplazadas que dice que
volvieron ("5.000 refugiados regresaron") o fueron reasentadas ("800 refugiados fueron
reasentados": admitidos, los `migrants` del registro). Ver `counted_returns.py`."""

DISPLACED_OUTCOME_SKIP = frozenset(
    {"han", "habian", "hubieran", "fueron", "sido", "ya", "voluntariamente", "que"}
)
"""Palabras entre ese sustantivo y su verbo ("han regresado ya", "fueron reasentados")."""

FOUND_GOVERNORS: frozenset[tuple[str, ...]] = frozenset(
    {("dado", "con"), ("dieron", "con"), ("dio", "con")}
)
"""Sesión 10 (g-cases): palabras justo antes de una cifra que la hacen las personas halladas
("los equipos han dado con 40 personas"), salvo si es una parte ("dieron con 3 de los 10")."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("perdieron", "sus", "casas"): "homeless",
    ("perdieron", "sus", "viviendas"): "homeless",
    ("perdieron", "sus", "hogares"): "homeless",
    ("sin", "hogar"): "homeless",
    ("abandonar", "sus", "casas"): "displaced",
    ("abandonar", "sus", "hogares"): "displaced",
    # g-what: dejar el hogar por la fuerza ("13.000 personas abandonaron sus hogares")
    ("abandonaron", "sus", "hogares"): "displaced",
    ("abandonaron", "sus", "casas"): "displaced",
    ("abandonaron", "sus", "viviendas"): "displaced",
    ("abandonado", "sus", "hogares"): "displaced",
    ("abandonado", "sus", "casas"): "displaced",
    ("abandonado", "sus", "viviendas"): "displaced",
    ("han", "fallecido"): "deaths",
    ("habian", "fallecido"): "deaths",
    ("han", "muerto"): "deaths",
    ("perdido", "la", "vida"): "deaths",
    ("resultado", "con", "lesiones"): "injured",
    ("resultaron", "con", "lesiones"): "injured",
    ("sufrido", "lesiones"): "injured",
    ("sufrieron", "lesiones"): "injured",
}
"""Frases que nombran el hecho contado: "60.000 perdieron sus casas", "1.151 civiles han
fallecido" (el participio singular solo, "fallecido", califica a otro y no basta)."""

CROWD_VERBS = frozenset(
    {"movilizaron", "movilizo", "reunio", "reunieron", "congrego", "congregaron"}
    | {"acudieron", "acudio", "atrajo"}
)
"""Verbos cuyo objeto es una multitud: "la marcha reunió a 30.000 personas" cuenta
manifestantes (solo con un núcleo genérico: "reunió a 300 delegados" sigue contando delegados)."""

RATE_WORDS: tuple[tuple[str, ...], ...] = (
    ("al", "dia"),
    ("por", "dia"),
    ("cada", "dia"),
    ("diarios",),
    ("diarias",),
    ("al", "mes"),
    ("por", "semana"),
    ("a", "la", "semana"),
)
"""Tras el sustantivo o el verbo de una cifra, una tasa: "llegan 1.200 migrantes al día"."""

TOPIC_HEADS = frozenset({"otros", "otras"})
"""g-what (counted_topic.py): cabezas que solo dicen "personas": sin evento propio, su cifra
cuenta lo que cuenta la cifra anterior ("otras cuatro", "2.000 individuos")."""

PARALLEL_OTHERS = frozenset({"otros", "otras", "mas"})
"""Núcleo que repite el sustantivo de la cifra anterior: "destruyó 800 casas y dañó otras 2.000"."""

AGE_WORDS = frozenset({"anos", "edad", "edades"})
AGE_BOUNDS = frozenset({"menores", "mayores"})
"""g-what (ages.py): "niños menores de cinco", "personas mayores de 60": el número tras "de"
es una edad."""
AGE_COMPARATIVES: frozenset[str] = frozenset()
"""g-what: vacío: "menor / mayor de N" también compara cifras ("una cifra mayor de 300")."""
AGE_HOLDERS = frozenset(
    """
    ninos ninas bebes adultos adolescentes jovenes personas pacientes victimas mujeres
    hombres alumnos estudiantes los las
    """.split()
)
"""g-what: nombres de personas cuya edad acota "menores / mayores de"."""
APPOSITION_HOLDERS = frozenset(
    """
    hombre mujer nino nina esposa esposo marido hijo hija madre padre hermano hermana
    sospechoso victima conductor maestro estudiante alumno enfermera medico agente soldado
    trabajador campesino piloto pasajero acusado detenido tirador sobreviviente vecino joven
    menor
    """.split()
)
"""g-what (ages.py): nombres en singular de una persona tras los que va su edad ("su hijo, de
19,")."""
APPOSITION_NOT_AFTER = frozenset({"en", "de", "desde", "hasta", "hacia", "cerca"})
"""g-what: palabras ante un nombre que lo hacen lugar ("en Nova Lima, 45, murieron")."""
DIRECT_CHANGE_VERBS = frozenset(
    """
    subio subieron cayo cayeron bajo bajaron crecio crecieron aumento aumentaron disminuyo
    disminuyeron descendio descendieron repunto retrocedio sube cae baja crece aumenta
    """.split()
)
"""g-what: verbos justo antes de un porcentaje que lo hacen un cambio ("los precios subieron
5%"; "subió al 60%" es un nivel)."""
RATE_OF_THINGS = frozenset(
    """
    letalidad mortalidad positividad inflacion interes crecimiento natalidad ocupacion
    pobreza
    """.split()
)
"""g-what (noncounts.py): calificativos de una tasa que no cuenta personas ("la tasa de
letalidad del 2%")."""
"""Una edad, no una cuenta: "entre 10 y 18 años", "de 18 años de edad"."""

CLASS_WORDS = frozenset({"grado", "curso"})
"""Un curso, no una cuenta: "alumnos de 3 grado"."""

_SINDICALES = frozenset(
    {"sindicato", "sindicatos", "sindical", "sindicales", "obrera", "obreras", "trabajadores"}
)
COLLECTIVES: dict[str, frozenset[str]] = {
    "sindicatos": _SINDICALES,
    "organizaciones sindicales": _SINDICALES,
    "centrales sindicales": _SINDICALES,
    "centrales": _SINDICALES,
}
"""Una fuente colectiva genérica (sin artículos) → palabras que nombran a uno de sus
miembros ("los sindicatos" y "Comisiones Obreras" en un texto son una fuente)."""
OWN_FINDING: tuple[tuple[str, ...], ...] = (
    ("segun", "el", "registro"),
    ("segun", "los", "registros"),
    ("registro", "muestra"),
    ("registros", "muestran"),
    ("este", "diario"),
    ("este", "periodico"),
    ("nuestro", "corresponsal"),
    ("nuestros", "reporteros"),
    ("ha", "podido", "saber"),
    ("ha", "podido", "constatar"),
    ("pudo", "constatar"),
    ("recuento", "de", "este"),
)
"""Palabras que hacen de una cifra sin fuente el hallazgo del propio medio ("según el
registro del colegio", "ha podido saber este diario"): la cifra es del medio."""
TOTAL_BEFORE: tuple[tuple[str, ...], ...] = (("un", "total", "de"), ("en", "total"))
"""Palabras justo antes de una cifra que la hacen el total de las cifras anteriores de su
frase ("230 alumnos y 14 maestros, en total 244"): esas son sus partes."""
TOTAL_AFTER: tuple[tuple[str, ...], ...] = (("en", "total"), ("en", "conjunto"))
"""Palabras justo después de una cifra (o de su sustantivo) que la hacen tal total."""
SECTORS = frozenset(
    {"agricultura", "industria", "construccion", "transporte", "transportes", "banca"}
    | {"educacion", "ensenanza", "sanidad", "servicios", "comercio", "mineria", "energia"}
    | {"sector", "sectores", "pesca", "ganaderia", "hosteleria", "metal", "textil"}
    | {"minerometalurgica", "alimentaria", "quimica", "limpieza", "administracion"}
)
"""Núcleos de un sintagma de sector tras una cifra ("al 88,5 % en el transporte", "en la
banca"): la cifra es la parte de ese sector de la cifra total de su fuente."""
SECTOR_LINKS = frozenset({"en", "entre", "para"})
"""Palabras que abren un sintagma de sector justo después de una cifra."""


# --- quién: ronda 4 (u-claimant) -------------------------------------------------------------

NEWS_AGENCIES = frozenset(
    {"ani", "pti", "ians", "upi", "dpa", "ansa", "kyodo", "yonhap", "anadolu", "bernama"}
    | {"irna", "isna", "wafa", "interfax", "afp", "efe", "xinhua"}
)
"""h-who-en: agencias de noticias por su nombre corto ("…, informó AFP", "según Xinhua"): la
agencia que cierra la frase transmite la cláusula anterior, cuyo sujeto dio la cifra."""

MEDIA_WORDS = frozenset(
    {"diario", "periodico", "efe", "afp", "radio", "television", "cadena", "emisora", "semanario"}
    | {"noticias", "telediario", "agencias", "rtve", "europa"}
    | NEWS_AGENCIES
)
"""La última palabra del nombre de un medio ("según EFE", "el diario El Norte"): un medio que
cuenta lo que dijo otra fuente solo lo transmite ("según EFE, la policía cifró…")."""

SAY_VERBS = SAY_VERBS | frozenset(
    {"habla", "hablan", "hablo", "hablaba", "hablaban", "cuenta", "cuentan"}
    | {"contaba", "contaban", "contabilizan", "contabilizaron", "contabilizaban"}
)
""""Los convocantes hablaron de 120.000 asistentes", "la Fiscalía cuenta 31 muertos": quien
habla de una cifra o la cuenta la da."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"convocantes", "promotores", "manifestantes"})
""""Los convocantes hablaron de 120.000": fuentes sin nombre."""

FIGURE_WORDS = frozenset(
    {"cifra", "cifras", "balance", "numero", "total", "saldo", "estimacion"}
    | {"seguimiento", "asistentes", "muertos", "heridos", "detenidos", "millones"}
)
"""Palabras de una frase que habla de una cifra: su fuente puede seguir en la frase siguiente;
una fuente que dijo otra cosa no presta su nombre a la voz propia del medio."""

REPORTED_SAY = frozenset({"habla", "hablan", "dice", "dicen", "asegura", "aseguran", "afirma"})
"""Verbo de decir en presente dentro de una cita, con su sujeto al abrirla ("«El ministerio habla
de 58», señaló Ortega"): la cifra es de ese sujeto, no de quien habla."""

ANAPHOR_HEADS = frozenset({"organizacion", "ong", "colectivo", "plataforma", "entidad", "grupo"})
"""Sustantivos que remiten a la organización que el texto presentó con ellos ("la organización
de víctimas Semilla … esta organización registraba"): la más cercana presentada
así, no la última nombrada."""

TARGET_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("se", "espera"), ("se", "esperan"), ("esperaban",), ("esperan",), ("espera",)}
    | {("preve",), ("preven",), ("prevean",), ("aspiran", "a"), ("pretenden",)}
    | {("esperaba",), ("confiaban", "en"), ("confian", "en")}
)
"""Un objetivo, no un recuento de lo ocurrido ("se espera la llegada de 10.000 personas",
"los convocantes esperaban 50.000"): la cifra es una meta."""

SAY_VERBS = SAY_VERBS | frozenset({"esperaban", "esperaba", "esperan"})
"""Quien espera una cifra la da (como meta): "los convocantes esperaban 50.000"."""

SAY_VERBS = SAY_VERBS | frozenset(
    {"destacado", "destaca", "destacan", "subrayaron", "subraya", "mencionado", "menciono"}
    | {"admitido", "recalco", "recalcaron", "puntualizo"}
)
"""Más verbos de decir: "CEOE y CEPYME han destacado que el seguimiento no superó el 15 %",
"mencionó Romero"."""

REPORTED_SAY = REPORTED_SAY | frozenset({"indica", "indican", "sostiene", "reporta", "cifra"})

# --- w-spokes: la fuente nombrada en la propia frase de la cifra (ronda 6, auditoría 3 P1) -----

ASIDE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("sin", "embargo"),
    ("no", "obstante"),
    ("en", "cambio"),
    ("a", "su", "vez"),
    ("por", "su", "parte"),
    ("por", "otra", "parte"),
    ("por", "el", "contrario"),
    ("ademas",),
    ("tambien",),
    ("asimismo",),
)
"""Un inciso entre comas entre el sujeto y su verbo ("Ana Ruiz, portavoz del Ejército, sin
embargo, dijo"): el sujeto de antes sigue hablando."""

DISPUTE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("cuestiona",),
    ("cuestionan",),
    ("cuestionando",),
    ("cuestionaron",),
    ("cuestiono",),
    ("desmintio",),
    ("desmintieron",),
    ("pone", "en", "duda"),
    ("ponen", "en", "duda"),
    ("pusieron", "en", "duda"),
    ("puso", "en", "duda"),
    ("rechaza",),
    ("rechazan",),
    ("rechazando",),
    ("rechazaron",),
    ("rechazo",),
)
"""Verbos cuyo objeto es una cifra que dio otro ("CCOO rechazó la cifra de 8.000 de la
Delegación"): la cifra del objeto no es de quien la rechaza."""

SAY_VERBS = SAY_VERBS | frozenset(p[0] for p in DISPUTE_PHRASES if len(p) == 1)
"""Quien rechaza una cifra habla: "CCOO rechazó la cifra de 8.000 y habló de 30.000" da los
30.000 a CCOO (los 8.000 rechazados son de otro)."""

SAY_VERBS = SAY_VERBS | frozenset({"pronuncio", "pronunciaron", "pronunciado"})
""""X se pronunció al respecto, estimando que más del 70 % …": quien se pronuncia
habla, y la cifra de su frase no es de la fuente de la frase anterior."""

# --- v-clause: las cláusulas de un contraste, cada una con su fuente ---

CLAUSE_WITH_VERBS = frozenset(
    {"calculando", "cifrando", "diciendo", "estimando", "hablando", "situando"}
)
"""Gerundios de una cláusula absoluta con otra fuente: "con los sindicatos cifrando en 80 %"."""
CLAUSE_FIGURE_NOUNS = frozenset(
    {"cifra", "cifras", "dato", "datos", "numero", "porcentaje", "proporcion", "total"}
)
"""Nombres de cifra que abren cláusula tras una coma: "12 %, cifra que los sindicatos elevan"."""
CLITIC_SAY_VERBS = frozenset(
    {"deja", "dejaba", "dejan", "dejaron", "dejo", "pone", "ponen", "puso", "pusieron"}
)
"""Verbos que dan una cifra solo con un pronombre objeto delante: "la patronal lo deja en el
8 %", "la policía la pone en 3.000"."""
SAY_VERBS = SAY_VERBS | frozenset(
    {"apunta", "apuntaban", "apuntan", "apuntaron", "apunto", "aumenta", "aumentan"}
    | {"aumentaron", "rebaja", "rebajaba", "rebajo", "rebajaron", "sube", "suben", "subieron"}
)
"""Verbos de fuente de un contraste: "los sindicatos apuntan un 70 %", "cifra que UGT
aumentó hasta el 84 %", "la Delegación rebaja la cifra a 15.000", "que los sindicatos
subieron al 90 %" (un sujeto que no es una fuente, "los casos suben a 40", no da ninguna)."""
PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"asociaciones", "centrales", "entidades"})
"""Fuentes sin nombre en plural de un contraste: "elevan al 80 % las centrales sindicales",
"las entidades organizadoras calcularon 400.000"."""
GENERIC_HEADS = {**GENERIC_HEADS, "patronal": ("patronal", "confederacion", "ceoe", "cepyme")}
"""La patronal sin nombre remite a la última patronal nombrada ("la CEOE")."""
CLAIMANT_REPORT_NOUNS = frozenset(
    {"balance", "cifras", "conteo", "datos", "informacion", "recuento", "registro", "registros"}
)
"""Nombres de informe ante una fuente que no son parte de su nombre: "información de los
bomberos", "el recuento de la Cruz Roja" → los bomberos, la Cruz Roja."""
NOT_CLAIMANTS = NOT_CLAIMANTS | frozenset({"usted", "ustedes"})
"""Un "usted" hipotético no nombra a nadie."""
BODY_NOUNS = frozenset({"dependencia", "entidad", "institucion", "organismo"})
"""Nombres genéricos de un órgano que dicen de quién es: "la entidad del Gobierno" es el
órgano del Gobierno nombrado antes ("la Delegación del Gobierno")."""
BODY_ANAPHOR_DETERMINERS = frozenset(
    {"dicho", "dicha", "ese", "esa", "este", "esta", "aquel", "aquella", "el", "la"}
)
"""Sesión 13 (h-who-es): determinantes de un nombre genérico de órgano que remite al organismo
nombrado antes ("Dicho organismo señaló", "La dependencia informó", "Esa entidad del Estado
dice"): el último organismo que habló o se nombró en las frases anteriores."""
SAME_WORDS = frozenset({"mismo", "misma", "mismos", "mismas"})
"""Sesión 13: "la misma fuente", "el mismo organismo": la fuente que acaba de hablar."""
SAME_SOURCE_NOUNS = frozenset({"fuente", "fuentes"})
"""Sesión 13: sustantivos de fuente que solo con "mismo" remiten a la anterior."""
BODY_OWNERS = frozenset(
    {"estado", "gobierno", "estatal", "publica", "publico", "oficial", "gubernamental"}
)
"""Sesión 13: lo que sigue a un nombre genérico de órgano sin nombrar a nadie ("esa entidad del
Estado", "la institución pública"): dice qué clase de órgano es, no cuál."""
HEAD_KINDS: dict[str, tuple[str, ...]] = {
    "agencia": ("intergovernmental", "government", "official"),
    "ong": ("ngo",),
    "organizacion": ("ngo", "intergovernmental"),
}
"""Un núcleo genérico sin nombre que lo contenga remite a la última organización nombrada del
tipo que nombra: "la agencia" tras "ACNUR"."""
DOCUMENT_NOUNS = frozenset({"documento", "estudio", "informe", "investigacion"})
"""Un documento que representa al organismo que lo publicó: "El informe señala …", "Según el
documento, …" siguen con el autor nombrado."""
GENERIC_HEADS = {**GENERIC_HEADS, **{w: (w,) for w in DOCUMENT_NOUNS}}
RELEASE_VERBS = frozenset({"presenta", "presentaron", "presento"})
"""Verbos que nombran una fuente solo con un informe por objeto: "X presentó su informe"."""

# --- v-metric: el hecho de la oración dice qué cuenta "personas" (ronda 5, auditoría 2 P2) ------

EVENT_WORDS = {
    **EVENT_WORDS,
    **dict.fromkeys(["desalojados", "desalojaron", "evacuados", "evacuaron"], "evacuated"),
    **dict.fromkeys(["matado", "perecieron", "perecio"], "deaths"),
    **dict.fromkeys(["ahogaron", "ahogo", "ahogado", "ahogadas"], "deaths"),
    **dict.fromkeys(["arrestadas", "arrestaron"], "arrests"),
    **dict.fromkeys(["plagiados", "plagiaron", "raptados", "raptaron", "secuestra"], "hostages"),
    **dict.fromkeys(["secuestran", "secuestraron", "secuestro"], "hostages"),
}
"""Hechos que nombran su cifra sea cual sea su sustantivo: "secuestró a 14 trabajadores", "el
secuestro de 15 personas", "fueron evacuadas 3.000 personas", "ha matado a 298 personas" (los
participios valen en ambos géneros del plural). Sesión 13: ahogarse es morir ("nueve migrantes se
ahogaron", "se habían ahogado 1.240 personas"), como "drowned" en inglés."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("han", "perecido"): "deaths",
    ("habian", "perecido"): "deaths",
    ("sin", "techo"): "homeless",
    ("sin", "vivienda"): "homeless",
}
"""'170 han perecido en el intento': muertes; 'quedaron sin techo': sin hogar."""

GENERIC_EVENTS: dict[str, str] = {
    **dict.fromkeys(["acude", "acuden", "acudian", "acudido", "acudieron", "acudio"], "protesters"),
    **dict.fromkeys(["asiste", "asisten", "asistencia", "asistian", "asistido"], "protesters"),
    **dict.fromkeys(["asistio", "concentradas", "concentrado", "concentrados"], "protesters"),
    **dict.fromkeys(["concentran", "congrega", "congregadas", "congregado"], "protesters"),
    **dict.fromkeys(["congregados", "congregan"], "protesters"),
    **dict.fromkeys(["desfilado", "desfilan", "desfilaron", "manifestaban"], "protesters"),
    **dict.fromkeys(["manifestado", "marchaban", "marchado", "marchan"], "protesters"),
    **dict.fromkeys(["protestaban", "protestado", "protestan"], "protesters"),
    **dict.fromkeys(["arriban", "arribadas", "arribado", "arribados", "arribaron"], "migrants"),
    **dict.fromkeys(["desembarcadas", "desembarcado", "desembarcados", "desembarcan"], "migrants"),
    **dict.fromkeys(["desembarcaron", "llega"], "migrants"),
    **dict.fromkeys(["llegaban", "llegado", "llegados", "llegan", "llegaron", "llego"], "migrants"),
    **dict.fromkeys(["desalojado", "desalojan", "desalojo", "evacuacion", "evacuado"], "evacuated"),
    **dict.fromkeys(["desalojar", "evacuan", "evacuar"], "evacuated"),
    **dict.fromkeys(["votado", "votan", "votaran", "votaron"], "voters"),
    **dict.fromkeys(
        ["afecta", "afectadas", "afectado", "afectan", "afectaron", "afecto"], "affected"
    ),
}
"""Verbos y sustantivos que dicen qué cuenta un núcleo genérico ("personas", "ciudadanos") en
su propia cláusula, sin cambiar un núcleo con nombre ("500 migrantes llegaron" siguen siendo
migrantes): "acudieron a la concentración 35.000 personas", "han llegado irregularmente
17.217 personas", "cifró la asistencia en 5.000 personas", "la evacuación de 800 personas",
"votaron más de 5 millones de ciudadanos"."""

GENERIC_EVENT_PHRASES: dict[tuple[str, ...], str] = {
    ("echaron", "a", "la", "calle"): "protesters",
    ("salido", "a", "la", "calle"): "protesters",
    ("salido", "a", "las", "calles"): "protesters",
    ("salieron", "a", "la", "calle"): "protesters",
    ("se", "han", "concentrado"): "protesters",
    ("se", "han", "congregado"): "protesters",
    ("tirado", "a", "las", "calles"): "protesters",
    ("tomado", "las", "calles"): "protesters",
}
"""Frases de una multitud en la calle: "2,3 millones de ciudadanos han salido a la calle"."""

VOTING_WORDS = frozenset(
    {"comicios", "elecciones", "referendum", "urnas", "votacion", "votaciones"}
)
"""Una votación en la oración: quienes "acudieron" a ella son votantes, no una multitud."""

ATTEND_WORDS = frozenset(
    {"acude", "acuden", "acudian", "acudido", "acudieron", "acudio", "asisten", "asistieron"}
    | {"asistio", "participado", "participaron", "participo"}
)
"""Palabras de acudir o participar (no de protestar): ante una votación, quienes acuden votan."""

GENERIC_EVENT_PHRASES = {
    **GENERIC_EVENT_PHRASES,
    ("se", "habian", "concentrado"): "protesters",
    ("se", "habian", "congregado"): "protesters",
    ("se", "habian", "reunido"): "protesters",
    ("se", "han", "reunido"): "protesters",
    ("en", "la", "calle"): "protesters",
    ("en", "las", "calles"): "protesters",
    ("en", "sus", "calles"): "protesters",
}
"""'Unas 5.000 personas se habían concentrado', 'tuvo en sus calles a 9.000 ciudadanos': una
multitud."""

ID_WORDS = ID_WORDS | frozenset({"autopista", "autovia", "carretera", "linea", "terminal"})
"""Un número que nombra una vía o una línea ("la carretera 40"), no cuenta personas."""

CHAMBER_WORDS = frozenset(
    {"camara", "congreso", "diputados", "legisladores", "parlamento", "pleno", "senado"}
    | {"senadores"}
)
"""Una cámara que vota: sus votos ("176 votos a favor y 170 en contra") no son personas."""

CHAMBER_VOTE_WORDS = frozenset(
    {"abstenciones", "aprobo", "aprobada", "aprobado", "contra", "favor", "rechazo", "voto"}
)
"""Palabras de una votación en una cámara ("a favor", "en contra", "aprobó", "rechazó")."""

VOTE_HEADS = frozenset({"votos", "sufragios"})
"""Núcleos de una cifra de votos."""
# --- v-scope: where a count is (audit2 P3) ----------------------------------------------------

NAME_BEFORE_PLACE = frozenset(
    {"acuerdo", "acuerdos", "tratado", "protocolo", "declaracion", "convencion", "pacto"}
    | {"diario", "radio", "periodico", "heraldo", "noticias", "gaceta", "correo", "voz"}
    | {"universidad", "television", "canal", "cadena"}
)
"""A capitalised word before "de" and a place that makes the place part of a name ("Diario de
Sevilla", "Tratado de Lisboa", "Universidad de Chile"): a name, not where a count is."""

NAME_AFTER_PLACE = frozenset({"hoy", "press", "radio", "tv", "noticias", "diario"})
"""A capitalised word right after a place that makes it part of an outlet's name ("Canarias
Hoy", "Granada Hoy"): a name, not where a count is."""

OTHER_EVENT = frozenset(
    {"propia", "propio", "proxima", "proximo", "planea", "planean", "prepara", "preparan"}
    | {"preve", "preven", "convoca", "convocan", "paralelamente"}
)
"""Words of a later sentence about another event ("El mes próximo Lisboa prepara su propia
marcha"): its place never scopes a figure before it."""

PLACE_NOUNS = frozenset(
    {"municipio", "localidad", "pueblo", "poblado", "aldea", "ciudad", "distrito", "comuna"}
    | {"parroquia", "provincia", "departamento", "caserio", "corregimiento", "canton"}
    | {"barrio", "vereda", "puerto", "comunidad", "paraje", "ejido", "rancheria", "isla"}
)
"""Nouns that, with "de", announce a town's name after them ("el municipio de Juchitán", "el
puerto de Manzanillo", "la comunidad de San Luis": h-where)."""

PLACE_NOUNS_AFTER: frozenset[str] = frozenset()
"""Nouns that make the capitalised name before them a place (none in Spanish: the noun goes
first)."""

PLACE_NAME_INSIDE = frozenset({"de", "del", "la", "las", "los", "el"})
"""Lower-case words that may stand inside a place name ("San José del Cabo")."""

NOT_PLACE_NAMES: frozenset[str] = frozenset()
"""Capitalised words that never start a place name before a place noun (none in Spanish)."""

LOCAL_QUALIFY_JOINS = frozenset(
    {"distrito", "municipio", "en", "de", "del", "el", "la", "estado", "provincia", "norte"}
    | {"sur"}
)
"""Words between a town and the known place written after it ("Pisco, en el sur de Perú")."""

PLACE_QUALIFY_JOINS = LOCAL_QUALIFY_JOINS | frozenset(
    {"este", "oeste", "occidente", "oriente", "centro", "noroeste", "noreste", "sureste"}
    | {"suroeste", "región", "ciudad", "localidad", "pueblo", "un", "una", "municipio"}
)
"""Words between a place and the place that holds it ("Cebú, provincia de Filipinas";
"Colima, estado del occidente de México": h-where)."""

PLACE_LIST_JOINS = frozenset({"con", "el", "la", "los", "las", "un", "una", "tuvo"})
"""Words that may join a place to the number after it in a list entry ("Aragón, con un 65%")."""

PLACE_HEAD_JOINS = PLACE_LIST_JOINS | frozenset(
    {"donde", "mas", "de", "unos", "unas", "cerca", "casi", "alrededor"}
)
"""Words that may stand between a place and the number it heads ("Andalucía, donde más de")."""

PLACE_HOLD_VERBS = frozenset(
    {"es", "fue", "era", "tiene", "tenia", "acoge", "alberga", "suma", "acumula", "registra"}
    | {"concentra"}
)
"""Verbs whose subject country holds the count ("Colombia acoge a 2,8 millones")."""

POPULATION_NOUNS = frozenset(
    {"poblacion", "trabajadores", "asalariados", "ciudadanos", "electorado", "votantes"}
    | {"habitantes", "residentes", "plantilla", "funcionarios", "hogares"}
)
"""Nouns of a whole population: with a national adjective after a figure ("el 16% de la
población española", "de los trabajadores franceses") the figure is the country's."""

NATIONAL_ADJECTIVES: dict[str, str] = {
    "estadounidense": "United States", "britanico": "United Kingdom", "frances": "France",
    "aleman": "Germany", "italiano": "Italy", "portugues": "Portugal", "espanol": "Spain",
    "mexicano": "Mexico", "brasileno": "Brazil", "argentino": "Argentina", "chileno": "Chile",
    "colombiano": "Colombia", "peruano": "Peru", "venezolano": "Venezuela", "cubano": "Cuba",
    "nigeriano": "Nigeria", "keniano": "Kenya", "indio": "India", "pakistani": "Pakistan",
    "irani": "Iran", "iraqui": "Iraq", "turco": "Turkey", "griego": "Greece",
    "ecuatoriano": "Ecuador", "boliviano": "Bolivia", "uruguayo": "Uruguay",
    "paraguayo": "Paraguay", "nicaraguense": "Nicaragua", "hondureno": "Honduras",
    "guatemalteco": "Guatemala", "salvadoreno": "El Salvador", "dominicano": "Dominican Republic",
    "paquistani": "Pakistan", "afgano": "Afghanistan", "ucraniano": "Ukraine", "ruso": "Russia",
    "israeli": "Israel", "sirio": "Syria", "libanes": "Lebanon", "sudanes": "Sudan",
    "etiope": "Ethiopia", "chino": "China", "japones": "Japan", "filipino": "Philippines",
    "haitiano": "Haiti", "indonesio": "Indonesia", "canadiense": "Canada",
}  # fmt: skip
"""National adjectives (folded, masculine singular) and the country each names; feminine and
plural forms ("española", "españoles", "francesas") are read back to them."""

SAME_FIGURE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("cifra", "que"), ("cifras", "que"), ("dato", "que"), ("datos", "que"),
    ("una", "cifra"), ("porcentaje", "que"), ("numero", "que"),
)  # fmt: skip
"""A clause about the figure just named ("…el 16%, cifra que los sindicatos elevan al 84%"):
its number counts the same thing, so it takes that figure's place."""
# --- estatus: ronda 5 (v-status) ----------------------------------------------------------------

NEGATIONS = frozenset({"ni", "no", "nunca", "sin", "tampoco"})
"""Palabras que niegan el verbo de estatus que les sigue ("no ha confirmado las 30 muertes",
"sin poder verificar"): la cifra no es de la clase confirmada (ni anunciada)."""

NEGATION_SKIP = frozenset(
    """
    aun consiguio han ha habia habian haber lo la las le les logrado logro los oficialmente
    podido poder podia pudieron pudo puede pueden se ser sido todavia ya
    """.split()
)
"""Palabras que pueden ir entre la negación y su verbo ("no se ha confirmado", "no ha podido
verificar", "todavía no lo ha confirmado")."""

MODALS = frozenset({"podra", "podran", "podria", "podrian", "pudiera", "pudieran", "cabria"})
"""Una posibilidad, no una promesa ni una comprobación ("confirmaron que la cifra podría
superar los 300"): el verbo de estatus anterior no da su estatus a la cifra."""

PERIPHRASES = frozenset(
    """
    conseguido consiguieron consiguio lograron logrado logro podido pudieron pudo
    """.split()
)
"""Verbos ante un infinitivo que conserva su estatus ("ha podido confirmar 18 muertes", "logró
verificar 64 detenciones")."""

STATUS_INFINITIVES: dict[str, Status] = {
    "comprobar": Status.CONFIRMED,
    "confirmar": Status.CONFIRMED,
    "constatar": Status.CONFIRMED,
    "contabilizar": Status.REGISTERED,
    "documentar": Status.DOCUMENTED,
    "identificar": Status.DOCUMENTED,
    "registrar": Status.REGISTERED,
    "verificar": Status.VERIFIED,
}
"""Infinitivos que son verbos de estatus solo tras una perífrasis ("logró verificar"): "sin
confirmar" o "para verificar" no lo son."""

IMPERSONAL_COUNTS = frozenset(
    """
    contabilizaban contabilizan contabilizaron contabiliza contabilizo contaron cuenta cuentan
    conto registra registran registraron registro
    """.split()
)
"""Tras "se", con la cifra justo después, un recuento de quien habla ("se contaron 691 personas",
"se contabilizan 214 fallecidos", "se registraron 40 heridos"); "se registró una participación
del 61 %" no cuenta a nadie."""

COORDINATORS = frozenset({"aunque", "e", "mientras", "pero", "sino", "y", ";"})
"""Donde empieza otra oración ("confirmó 41 muertes y dijo que 70 seguían desaparecidas"): el
verbo de estatus de una no alcanza a una cifra que tiene verbo propio."""

PLAN_MARKERS: frozenset[tuple[str, ...]] = frozenset(
    {("preve",), ("preven",), ("planea",), ("planean",), ("pretende",), ("pretenden",)}
    | {("va", "a"), ("van", "a"), ("iba", "a"), ("acordo",), ("acordaron",), ("decidio",)}
    | {("prometio",), ("prometieron",), ("se", "comprometio", "a"), ("ofrecio",)}
    | {("promesa", "de"), ("compromiso", "de"), ("plan", "de"), ("objetivo", "de")}
)
"""Lo que precede a un acto que la fuente dice que hará ("prevé evacuar a 1.200 vecinos",
"acordó liberar a 700"): con un verbo de acto detrás, la cifra es anunciada."""

PLEDGE_NOUNS = frozenset({"compromiso", "promesa"})
"""Sustantivos de una promesa ante un plan ("la promesa de liberar a 300"): cifra prometida."""

ACT_VERBS = frozenset(
    """
    deportar evacuar excarcelar expulsar indultar liberar reasentar repatriar reubicar trasladar
    """.split()
)
"""Actos que una fuente anuncia o promete (infinitivo tras un plan: "va a liberar a 300")."""

CONDITIONALS = frozenset({"si"})
"""Un verbo de estatus en una condición ("si se confirman los datos, habría 40 muertos más")
no comprueba nada: su cifra es neutra."""

CONDITIONAL_OPENERS = frozenset[str]()
"""Condiciones invertidas al abrir la oración: el español usa "de" + infinitivo ("de
confirmarse"), que no es un verbo de estatus, así que no hace falta ninguna."""

NOT_CONDITION_AFTER = frozenset({"bien"})
"""Palabras tras "si" que no hacen condición: "si bien el ministerio confirmó 40" es concesiva."""

ACT_NOUNS = frozenset(
    """
    deportacion deportaciones evacuacion evacuaciones excarcelacion excarcelaciones expulsion
    indulto liberacion liberaciones repatriacion traslado
    """.split()
)
"""Actos nombrados con un sustantivo antes de "de" y su cifra ("anunció la liberación de
decenas de opositores"): el anuncio de tal acto es de la clase anunciada, cuente lo que cuente
la cifra."""

HEDGES = frozenset(
    """
    aparentemente cree creen creia creian presumiblemente presuntamente supuestamente
    """.split()
)
"""Palabras que dan la cifra como creencia, no como comprobación ("presuntamente 300 fueron
liberados"): el verbo de estatus anterior no le da su estatus."""

FUTURE_PASSIVES: frozenset[tuple[str, ...]] = frozenset(
    {("seran",), ("sera",), ("serian",), ("seria",), ("van", "a", "ser"), ("va", "a", "ser")}
    | {("iban", "a", "ser"), ("deberan", "ser"), ("habran", "de", "ser")}
)
"""Una pasiva futura tras la cifra ("300 presos serán liberados"): con un participio de acto
detrás, la cifra es anunciada."""

ACT_PARTICIPLES = frozenset(
    """
    deportadas deportados evacuadas evacuados excarceladas excarcelados expulsadas expulsados
    indultadas indultados liberadas liberados repatriadas repatriados reubicadas reubicados
    trasladadas trasladados
    """.split()
)
"""Participios de actos que una fuente anuncia ("serán excarcelados")."""

OBJECT_LEADS = frozenset(
    """
    a al alrededor casi cerca de el hasta las los menos otras otros total un una unas unos
    """.split()
)
"""Palabras que pueden ir entre un verbo y la cifra que rige ("se contabilizan un total de 56",
"liberará a unos 300")."""

STATUS_WORDS = {
    **STATUS_WORDS,
    **dict.fromkeys(("comprobada", "comprobadas", "comprobados"), Status.CONFIRMED),
    **dict.fromkeys(("confirmada", "constatada", "constatadas", "constatados"), Status.CONFIRMED),
    **dict.fromkeys(("documentada",), Status.DOCUMENTED),
    **dict.fromkeys(("verificada",), Status.VERIFIED),
}
"""Participios que faltaban, en singular y femenino ("la cifra verificada", "la muerte
confirmada de 12 personas")."""

WORKER_HEADS = frozenset(
    {"asalariados", "docentes", "empleados", "funcionarios", "profesores", "trabajadores"}
    | {"plantilla", "poblacion"}  # sesión 11: "paró el 16 % de la población"
)
"""Núcleos de una plantilla: en una oración sobre una huelga, quienes la siguieron son
huelguistas."""

STRIKE_VERB_NOUNS = frozenset({"paro"})
"""Sesión 11: "paró" se pliega en "paro": verbo de sumarse a la huelga solo sin determinante
delante ("paró el 16 %"); "el paro" es el sustantivo (una huelga, o el desempleo)."""

STRIKE_JOIN_WORDS = frozenset(
    {"pararon", "participaron", "secundada", "secundado", "secundaron", "secundo", "seguido"}
    | {"siguieron", "sumaron"}
)
"""Palabras de sumarse a una huelga ("730.000 trabajadores siguieron la jornada", "el paro fue
secundado por un 10% de los trabajadores")."""
NATIONAL_BODIES = frozenset(
    {"autoridades", "gobierno", "ministerio", "policia", "ejercito", "funcionarios"}
    | {"fuerzas", "tropas", "presidente", "ministro", "agentes", "militares"}
)
"""Bodies that speak for their country: with a national adjective ("las autoridades
paquistaníes elevaron a 228 los muertos del país") a figure of a sentence naming no place is
that country's."""

# --- v-forms: cuotas sin "%" y revisiones (ronda 5) ------------------------------------------

PERCENT_NOUNS = frozenset({"participacion", "porcentaje"})
"""Nombres cuya cifra es una cuota aun sin "%" ("la participación fue del 26", "el porcentaje
se situó en 31"): un número hasta 100 a pocas palabras de enlace tras uno es un porcentaje."""

PERCENT_LINKS = frozenset(
    {"al", "alcanzo", "de", "del", "el", "en", "era", "es", "fue", "ha", "llego", "quedo"}
    | {"se", "situa", "situo", "sido", "solo"}
)
"""Palabras entre un nombre de cuota y su cifra ("la participación se situó en el 31")."""

PERCENT_SPANS = frozenset({"franja", "horquilla", "rango"})
"""Palabras tras un porcentaje que dicen dónde está, no qué cuenta ("en la horquilla del 25-30
por ciento"): el nombre del porcentaje se omite."""

EARLIER_CUES: frozenset[tuple[str, ...]] = frozenset(
    {("inicialmente",), ("originalmente",), ("anteriormente",), ("previamente",)}
    | {("en", "un", "principio"), ("al", "principio"), ("primero",), ("primer", "dato")}
    | {("primer", "balance"), ("primer", "recuento"), ("primer", "conteo")}
    | {("primer", "informe"), ("primera", "cifra"), ("primera", "estimacion")}
    | {("cifra", "anterior"), ("balance", "anterior"), ("dato", "anterior")}
    | {("estimacion", "anterior")}
)
"""Palabras que marcan la cifra anterior de una fuente, reemplazada por la posterior ("estimó
en un principio 500.000", "el primer dato … 76 fallecidos", "la cifra entregada
anteriormente era de 245")."""

LATER_MARKS = frozenset(
    {"actualizarlo", "ahora", "despues", "elevo", "luego", "pero", "posteriormente", "rebajo"}
)
"""Palabras tras la marca de una cifra anterior que abren la cláusula de la posterior ("calculó
primero 300.000 y luego lo elevó a 600.000"); "luego de" (después de) no."""

REVISION_VERBS = REVISION_VERBS | frozenset(
    {"aumentado", "bajado", "descendido", "elevado", "pasado", "rebajado", "rebajo", "reducido"}
    | {"subido", "rebajaron"}
)
"""Más verbos antes de "de A a B" que hacen de ello una revisión ("han pasado de 137 a 148")."""

REVISED_UP = frozenset({"revisada", "revisado", "reviso"})
"""Verbos tras los que "up to N" (en textos mixtos) es la cifra revisada, no un tope."""

START_NOUNS = frozenset({"arranque", "comienzo", "estallido", "inicio", "principio"})
"""Nombres de un comienzo tras "desde" ("desde el inicio de las protestas"): un total desde
ese comienzo hasta el día del informe, no ese día."""

START_VERBS = frozenset(
    {"arranco", "arrancaron", "comenzaron", "comenzo", "empezaron", "empezo", "estallaron"}
    | {"estallo", "iniciaron", "inicio"}
)
"""Verbos de un comienzo tras "desde" ("desde que comenzaron las protestas")."""

PUBLISHED_WORDS = frozenset(
    {"difundida", "difundido", "divulgada", "divulgado", "publicada", "publicado"}
)
"""Palabras de publicar antes de una fecha ("la nota, difundida este martes"): el día
en que habló la fuente, no el de lo que cuenta."""

REVISE_WORDS = REVISE_WORDS | frozenset({"elevaron", "elevo", "rebajaron"})
"""Más verbos que dicen que una cifra reemplaza la anterior ("elevó la cifra de muertos a 52")."""
ORDINAL_REFS: dict[str, int] = {
    **dict.fromkeys(["primera", "primeras", "primero", "primeros"], 0),
    **dict.fromkeys(["segunda", "segundas", "segundo", "segundos"], 1),
}
"""Un ordinal que remite a una de dos fuentes recién nombradas: "el primero cifró en el 25 %,
los segundos en el 53 %"."""


# --- w-noncount: numbers that count nobody, parts named by "that figure" (round 6) ---------

CALL_WORDS = frozenset(
    """emergencia emergencias llamada llamadas llamar llamaron llame llamen llamo marcar
    marcaron numero servicio telefono""".split()
)
"""Palabras ante un número de emergencias que lo hacen el número marcado ("llamaron al 112")."""
POINT_WORDS = frozenset({"punto", "puntos"})
"""Una diferencia en puntos, no una proporción: "dos puntos más"."""
PERCENTAGE_POINT_WORDS = frozenset({"porcentuales"})
"""La palabra tras ``POINT_WORDS`` o antes: "dos puntos porcentuales"."""
FILE_NOUNS = frozenset(
    "expedientes indagaciones investigaciones llamadas procesos quejas sanciones".split()
)
"""Cosas con las que abre un desglose ("De esas investigaciones, 98 …"): no personas."""
FILE_DEMONSTRATIVES = frozenset({"esas", "esos", "estas", "estos", "las", "los"})
PERSON_AFTER = frozenset({"agentes", "personas", "policias"})
"""Sustantivos de persona tras una cifra de un desglose: la cifra cuenta personas."""
CHANGE_AGENT_VERBS = frozenset({"pasado", "paso", "pasaron", "se"})
"""Verbos de cambio cuyo "en" no mide un cambio."""
FIGURE_OPENERS: frozenset[tuple[str, ...]] = frozenset(
    {("de", w) for w in ("ella", "ellas", "ellos", "esas", "esos", "estas", "estos")}
    | {("del", "total")}
    | {("de", d, n) for d in ("esa", "esta") for n in ("cantidad", "cifra")}
    | {("de", d, n) for d in ("ese", "este") for n in ("numero", "total")}
)
"""Aperturas que nombran la cifra recién dada, seguidas de coma ("De esa cifra, 41 …"): las
cifras que siguen son sus partes."""
CHANGE_VERBS = frozenset({"deja", "dejo", "descendio", "redujo", "reducido", "reducida", "subio"})
"""Verbos de cambio entre "inicialmente" y una cifra: la cifra es la nueva."""


# --- w-places: a city named by what it is the capital of (round 6) ----------------------

CAPITAL_ADJECTIVES: dict[str, str] = {
    "catalana": "city:ES:barcelona",
    "espanola": "city:ES:madrid",
    "andaluza": "city:ES:sevilla",
    "aragonesa": "city:ES:zaragoza",
    "valenciana": "city:ES:valencia",
    "vizcaina": "city:ES:bilbao",
    "mexicana": "city:MX:mexico-city",
    "venezolana": "city:VE:caracas",
    "colombiana": "city:CO:bogota",
    "argentina": "city:AR:buenos-aires",
    "chilena": "city:CL:santiago",
    "peruana": "city:PE:lima",
    "boliviana": "city:BO:la-paz",
    "ecuatoriana": "city:EC:quito",
    "paraguaya": "city:PY:asuncion",
    "uruguaya": "city:UY:montevideo",
    "nicaraguense": "city:NI:managua",
    "hondurena": "city:HN:tegucigalpa",
    "guatemalteca": "city:GT:guatemala-city",
    "salvadorena": "city:SV:san-salvador",
    "costarricense": "city:CR:san-jose",
    "panamena": "city:PA:panama-city",
    "dominicana": "city:DO:santo-domingo",
    "cubana": "city:CU:havana",
    "estadounidense": "city:US:washington",
    "francesa": "city:FR:paris",
    "britanica": "city:GB:london",
    "alemana": "city:DE:berlin",
    "italiana": "city:IT:rome",
    "portuguesa": "city:PT:lisbon",
    "rusa": "city:RU:moscow",
    "ucraniana": "city:UA:kyiv",
}
"""El adjetivo tras "la capital" → el id de la ciudad en el gazetteer incorporado: "la
capital catalana" es Barcelona."""


# --- x-what: la palabra que rige la cifra, en su propia cláusula (ronda 7, auditoría 3 P2) ---

HOSTAGE_WORDS = frozenset(
    """bandidos cautiverio cautivos captores piratas plagiados plagio rehen rehenes
    secuestradas secuestrados secuestradores secuestro secuestros""".split()
)
"""Palabras de un secuestro: en su oración, quienes "siguen retenidos" son rehenes, no los
presos políticos que un nivel de detenidos toma por defecto."""

HOLD_VERBS = frozenset({"retiene", "retienen", "retenia", "retenian"}) | frozenset({"poder"})
"""Verbos cuyo objeto es un nivel de personas retenidas ("todavía retienen a otros 20"); sesión
10: "tener / mantener en su poder a 240" (el sustantivo justo antes de "a" y la cifra)."""

HOLD_SKIP = frozenset({"todavia", "aun", "a", "al", "menos", "unos", "unas"})
"""Palabras entre el verbo de retener y su cifra ("retienen a unos 20")."""

AGENT_LINKS = frozenset({"por"})
"""El agente de un participio que califica al sustantivo ("pescadores secuestrados por
piratas fueron liberados"): cuenta el verbo de la cláusula, no el participio."""

PASSIVE_AUXILIARIES = frozenset({"fue", "fueron", "ha", "han", "habian", "sido", "son"})
"""Auxiliares del participio del verbo propio de la cláusula ("fueron liberados")."""

PUBLISH_EVENTS = frozenset[str]()
"""Palabras de hecho que también significan publicar (ninguna en español: "publicó", "difundió"
no son hechos)."""

PUBLISHED_OBJECTS = frozenset(
    """balance cifra cifras conteo datos estadisticas estimacion informe lista numero
    numeros recuento resultado resultados""".split()
)
"""Objetos de publicar ("difundió sus cifras")."""

PUBLISH_REACH = 3

ABSTAIN_PHRASES: tuple[tuple[str, ...], ...] = (
    ("no", "votaron"),
    ("no", "voto"),
    ("no", "acudieron", "a", "las", "urnas"),
    ("no", "acudio", "a", "las", "urnas"),
    ("no", "fueron", "a", "votar"),
    ("se", "abstuvieron"),
    ("se", "abstuvo"),
)
"""Tras una parte de los electores, palabras de que no votaron ("el 40% de los electores no
votaron"): la cifra es abstención, nunca participación ni votantes."""

CLAUSE_COORDINATORS = frozenset({"e", "mientras", "pero", "y"})
SUBJECT_DETERMINERS = frozenset({"el", "la", "las", "los", "su", "sus"})
"""A coordinator followed by a determiner opens another clause with its own subject ("300 and
the number of missing …"): the figure's verb phrase ended before it."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("trasladados", "al", "hospital"): "hospitalized",
    ("trasladadas", "al", "hospital"): "hospitalized",
    ("ingresados", "en", "el", "hospital"): "hospitalized",
    ("en", "el", "hospital"): "hospitalized",
    ("en", "hospitales"): "hospitalized",
    ("en", "los", "hospitales"): "hospitalized",
}
"""Los trasladados al hospital, hospitalizados. Sesión 13: los que están "en el hospital"
("40 personas siguen en el hospital") son los hospitalizados, una parte de los heridos, nunca
una cifra rival de ellos ("murió en el hospital" guarda su verbo, más cercano)."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("dados", "por", "desaparecidos"): "missing",
    ("se", "teme", "que", "hayan", "muerto"): "missing",
    ("se", "teme", "que", "murieron"): "missing",
}
"""Los que "se teme que hayan muerto" están desaparecidos: aún no se cuenta una muerte."""

EVENT_WORDS = {**EVENT_WORDS, "muerte": "deaths"}
"""'Causó la muerte de unas 30 personas' cuenta muertes: el hecho que rige la cifra gana al
sustantivo del tema ("el desalojo")."""

SHARE_NOUNS = {**SHARE_NOUNS, "abstencion": "abstention", "abstencionismo": "abstention"}
"""La abstención es su propia métrica: nunca la participación con la que se la compararía."""

STOCK_PHRASES = (
    *STOCK_PHRASES,
    ("siguen", "retenidos"),
    ("siguen", "retenidas"),
    ("permanecen", "retenidos"),
    ("permanecen", "retenidas"),
    ("continuan", "secuestrados"),
    ("siguen", "cautivos"),
    ("siguen", "en", "cautiverio"),
    ("siguen", "en", "manos"),
    ("permanecen", "en", "manos"),
)
"""Más palabras de un nivel de personas retenidas: "otros 20 siguen en manos de los
captores"."""

EVENT_WORDS = {**EVENT_WORDS, "secuestrando": "hostages"}
"""Un gerundio de secuestro nombra su cifra: "matando a uno y secuestrando a tres maestros"."""

BOARD_VERBS = frozenset({"llevaba", "llevaban", "transportaba", "transportaban"})
"""Verbos de un vehículo justo antes de una cifra genérica ("una lancha que llevaba a 120
personas"): personas a bordo. Tras la cifra no lo son ("3.000 personas llevaban pancartas")."""

GENERIC_EVENT_PHRASES = {**GENERIC_EVENT_PHRASES, ("a", "bordo"): "people_on_board"}
GENERIC_EVENTS = {
    **GENERIC_EVENTS,
    **dict.fromkeys(["atrapadas", "atrapados", "atrapada", "atrapado"], "trapped"),
    **dict.fromkeys(["varadas", "varados"], "stranded"),
}
"""g-what: "unas 300 personas quedaron atrapadas bajo los escombros"."""
"""'60 personas viajaban a bordo'."""

GENERIC_EVENT_PHRASES = {
    **GENERIC_EVENT_PHRASES,
    **dict.fromkeys(
        [
            ("en", "albergues"),
            ("en", "los", "albergues"),
            ("en", "refugios"),
            ("en", "refugios", "temporales"),
            ("en", "refugios", "provisionales"),
            ("en", "albergues", "temporales"),
        ],
        "sheltered",
    ),
}
"""g-what: 'unas 900 personas siguen en albergues': los albergados, sean quienes sean."""

VOTE_FOR_WORDS = frozenset({"a", "contra", "en", "por"})
"""After a voting verb, whom or what the votes went to ("voted for", "votó por"): a share of
votes, not the share of voters who voted (turnout)."""

VOTE_SHARE_NOUNS = frozenset({"abstencion", "abstencionismo"})
"""Share nouns that are always of a vote (not of a strike or a crowd, as "participación" may be)."""

COMPARE_WORDS = frozenset({"comparado", "frente", "respecto", "versus"})
"""Words just before a percentage that set it against another value of the same share ("up
from a provisional 61.4%"): with no noun of its own, it is a value of that share."""

EVENT_NOT_AFTER = frozenset({"certificado", "certificados"})
"""Nouns right after an event word that make it a modifier of a thing ("death sentences",
"death threats"): no event is counted."""

EVENT_NOT_BEFORE = frozenset(
    {
        "amenaza",
        "amenazas",
        "condena",
        "condenada",
        "condenadas",
        "condenado",
        "condenados",
        "condenas",
        "corredor",
        "escuadrones",
        "pena",
        "penas",
        "sentencia",
        "sentencias",
    }
)
"""Words before an event word (past ``EVENT_NOT_LINKS``) that make it a penalty or a threat
("sentenced to death", "pena de muerte", "amenazas de muerte"), not a count of deaths."""

EVENT_NOT_LINKS = frozenset({"a", "de", "la"})
# --- x-when: el día del hecho, no el de la declaración (ronda 7, auditoría 3 P5) ---------------

NUMBER_COMPARE_CUES = frozenset({"contra"})
"""Palabras que abren una comparación solo si las sigue una cifra ("195 casos contra 537 del año
pasado"): la fecha tras esa cifra la fecha solo a ella ("marchas contra la reforma el martes"
no comparan nada)."""

TOLL_NOUNS = frozenset({"balance", "cifra", "conteo", "numero", "recuento", "saldo"})
"""Nombres de la cuenta de un hecho ("la cifra de muertos", "el balance de víctimas")."""
TOLL_REPORT_VERBS = frozenset(
    """
    actualizo ajusto cifro corrigio elevo rebajo redujo reviso situo
    """.split()
)
"""Verbos con que una fuente fija o cambia la cuenta ("el miércoles el Gobierno rebajó la cifra
de muertos a 10"): el día de la oración es el de esa declaración, no el del hecho."""

ACT_OF_LEVEL_VERBS = frozenset(
    """
    desplazaron desplazo llevaron plagiaron plagio raptaron rapto secuestraron secuestro
    """.split()
)
"""Verbos en pasado del acto que crea un nivel ("secuestraron a 42 personas", "la riada desplazó
a 5.000"): la cifra cuenta ese hecho y lleva su día, no el de la declaración."""
STATE_WORDS = frozenset({"aun", "continuan", "permanecen", "siguen", "todavia"})
"""Palabras de un nivel tal como está ("42 siguen secuestrados"): no cuenta ningún acto."""

SAME_PERIOD = frozenset(
    {("mismo", "periodo"), ("mismo", "lapso"), ("mismos", "meses"), ("mismas", "semanas")}
    | {("igual", "periodo"), ("igual", "lapso"), ("periodo", "equivalente")}  # h-when
)
"""Un periodo que repite el recién nombrado en otro año ("84 en el mismo periodo de 2019"): los
mismos días de ese año, no el año entero."""

STATUS_WORDS = {
    **STATUS_WORDS,
    **dict.fromkeys(
        (
            "acredita",
            "acreditado",
            "acreditaron",
            "acredito",
            "certifica",
            "certificaron",
            "certifico",
        ),
        Status.CONFIRMED,
    ),
    **dict.fromkeys(("corrobora", "corroboraron", "corroborado", "corroboro"), Status.CONFIRMED),
    **dict.fromkeys(("dispuso", "decreto", "decretaron"), Status.AUTHORIZED),
    **dict.fromkeys(("confirmaba", "confirmaban", "confirmando"), Status.CONFIRMED),
    **dict.fromkeys(("constatan", "constataba", "constataban", "constatando"), Status.CONFIRMED),
    **dict.fromkeys(("comproban", "comprobaba", "comprobaban", "comprobando"), Status.CONFIRMED),
    **dict.fromkeys(("verifican", "verificaba", "verificaban", "verificando"), Status.VERIFIED),
    **dict.fromkeys(
        ("documentan", "documentaba", "documentaban", "documentando"), Status.DOCUMENTED
    ),
    **dict.fromkeys(("anuncian", "anunciaba", "anunciaban", "anunciada"), Status.ANNOUNCED),
    **dict.fromkeys(("autorizan", "autorizaba", "autorizaban"), Status.AUTHORIZED),
    **dict.fromkeys(("prometen", "prometia", "prometian"), Status.PLEDGED),
}
"""Verbos de comprobación que faltaban ("los forenses certificaron 14 muertes", "la Fiscalía
ha acreditado 17 víctimas"): clase confirmada. Un decreto o una disposición sobre un acto
("dispuso la excarcelación de 150") lo autoriza; "ofreció" no, que "ofreció una cifra de
2.000" da una cifra. Los de anuncio solo valen para actos (`status.settle`). Y las formas de
los verbos de estatus que faltaban (presente plural, imperfecto, gerundio: "los forenses
confirmaban 40 muertes", "verificando 25 casos"); no las de "registrar", que suelen describir
lo que un lugar ve ("las islas registran 900 llegadas")."""
PLAN_MARKERS = PLAN_MARKERS | frozenset(
    {("ordeno",), ("autorizo",), ("aprobo",), ("se", "dispone", "a"), ("se", "disponen", "a")}
)
"""Una orden o una autorización ante un acto ("ordenó liberar a 60", "autorizó trasladar a 50"),
o su inminencia ("se dispone a excarcelar a 200"): el acto aún no se ha hecho."""
FUTURE_ACT_VERBS: frozenset[tuple[str, ...]] = frozenset(
    {(w,) for w in "deportara deportaran evacuara evacuaran excarcelara excarcelaran".split()}
    | {(w,) for w in "expulsara expulsaran indultara indultaran liberara liberaran".split()}
    | {(w,) for w in "reubicara reubicaran repatriara repatriaran trasladara trasladaran".split()}
    | {("dara", "la", "libertad", "a"), ("daran", "la", "libertad", "a")}
)
"""Un acto en futuro ante su cifra ("indultará a 400 reos", "dará la libertad a 200 presos"):
la cifra es anunciada, cuente lo que cuente."""
# --- x-where: where the reporter or the source stood (round 7) --------------------------------

BRIEFING_NOUNS = frozenset({"comparecencia", "informativa", "prensa"})
"""Palabras de una rueda de prensa: el lugar tras "una conferencia de prensa regular en",
"en rueda de prensa celebrada en", "una sesión informativa en" es donde habló la fuente, nunca
donde cuenta la cifra. Una "conferencia" a secas puede ser el acto contado: no está aquí."""

AGENT_NOUNS = frozenset(
    {"delegacion", "diplomaticos", "embajada", "embajador", "emisarios", "enviado"}
    | {"enviados", "mediadores", "negociadores"}
)
"""Sustantivos de quien actúa por un país: "los enviados de EE. UU." dice quién actúa, nunca
dónde cuenta la cifra (audit3 P4)."""
# --- x-who: the source of a figure's own clause (round 7) -----------------------------------

NAME_HEADS = frozenset(
    """
    conselleria consejeria defensoria departamento direccion fiscalia gobernacion ministerio
    procuraduria secretaria subsecretaria superintendencia viceministerio
    """.split()
)
"""Núcleos de un nombre de organismo que la prensa escribe en minúscula ante "de" y el resto
del nombre: "el ministerio de Salud", "la conselleria de Innovación, Interior y Justicia"."""

GIVE_VERBS = frozenset(
    """
    aporta aportaba aportan aportaron aporto baraja barajan da daba daban dan dieron dio
    maneja manejan ofrece ofrecen ofrecia ofrecian ofrecieron ofrecio
    """.split()
)
"""Verbos de dar una cifra en una relativa que la describe: "la cifra del 75 % que dan los
sindicatos" → los sindicatos."""

ACCORDING = (*ACCORDING, ("en", "opinion", "de"), ("a", "juicio", "de"))
"""Más frases tras las que viene la fuente: "en torno al 80 %, en opinión de los sindicatos"."""

CLAIMANT_REPORT_NOUNS = CLAIMANT_REPORT_NOUNS | frozenset(
    {"estadisticas", "estimaciones", "informe", "informes", "reporte", "reportes"}
)
"""Más nombres de informe ante su fuente: "informes de la Fiscalía" → la Fiscalía."""
ACCORDING = (*ACCORDING, ("cito",), ("cita",))
"""Un verbo de citar nombra la fuente de lo que sigue: "citó el informe de la comisión"."""

PLACE_TALLY_VERBS = frozenset({"contabiliza", "contabilizo", "registro", "reporta", "reporto"})
"""Verbos con que un país cuenta su propio saldo ("India registró 360 muertos"): como
`PLACE_HOLD_VERBS`, su país sujeto es donde cuenta la cifra, no quien habla."""

# --- ronda 8: números que no son el nivel de un conteo (y-numbers) ---------------------------

CHANGE_NOUNS = frozenset(
    """
    alza aumento brecha caida descenso diferencia discrepancia discrepancias disminucion
    incremento reduccion salto subida subregistro
    """.split()
)
"""Sustantivos de un cambio antes de "de" y una cifra ("una diferencia de 120", "un aumento
de 16 mil 747 defunciones"): la cifra es el tamaño de un cambio, no un conteo."""

COMPARATIVES = frozenset({"mas", "menos"})
"""Tras una cifra (o su sustantivo) y antes de "que": "5.200 muertes más que las
registradas"."""

THAN_WORDS = frozenset({"que"})
"""La palabra que cierra la comparación tras `COMPARATIVES`."""

CORRECTION_ADVERBS = frozenset(
    """
    equivocadamente erroneamente incorrectamente indebidamente
    """.split()
)
"""Adverbios que, junto a un verbo de `TALLY_VERBS`, hacen de una cifra el tamaño de una
corrección ("300 muertes atribuidas erróneamente a la fiebre")."""

CORRECTION_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("contados", "dos", "veces"), ("contadas", "dos", "veces"), ("duplicados",)}
    | {("duplicadas",), ("contabilizados", "dos", "veces")}
)
"""Frases tras una cifra que la hacen el tamaño de una corrección ("400 muertes contadas
dos veces")."""

REMOVAL_VERBS = frozenset(
    """
    desconto descontaron descontado elimino eliminaron eliminado excluyo excluyeron quito
    quitaron quitado resto restaron restado retiro retiraron retirado
    """.split()
)
"""Verbos que quitan cifras de un balance ("restó 108 muertes del balance"): con un
sustantivo de balance en la cláusula la cifra es una corrección."""

TALLY_NOUNS = frozenset(
    """
    balance cifra cifras conteo datos lista recuento registro total
    """.split()
)
"""Sustantivos de un balance del que se quita una cifra de `REMOVAL_VERBS`."""

ISSUED_DOCUMENTS = frozenset(
    """
    actas certificados licencias nombres partidas permisos registros
    """.split()
)
"""Documentos emitidos o listados por personas: cuentan personas sólo cuando una palabra de
`DOCUMENT_OF_THE_DEAD` los califica ("140 certificados de defunción")."""

DOCUMENT_OF_THE_DEAD = frozenset(
    {"defuncion", "defunciones", "entierro", "fallecidos", "inhumacion", "muertos", "sepultura"}
)
"""Palabras que hacen de un conteo de `ISSUED_DOCUMENTS` un conteo de muertos."""

ORG_NAME_NOUNS = frozenset({"consejo", "local", "seccion", "sindicato"})
"""Sustantivos de un organismo justo tras un número dentro de un nombre ("la Sección 22 del
sindicato"): el número nombra el organismo."""

# --- sesión 13 (h-what): una capacidad no es un conteo de personas (`capacities`) -------

CAPACITY_HEADS = frozenset({"aforo", "capacidad"})
"""Sustantivos de cabida antes de "para" / "de" y una cifra ("albergues con capacidad para
600", "un aforo de 9.500 personas"): cuántos cabrían, no cuántos hay."""

ROOM_NOUNS = frozenset({"camas", "cupo", "cupos", "espacio", "plazas", "sitio"})
"""Sustantivos de sitio para personas antes de "para" y una cifra ("plazas para 300")."""

CAPACITY_LINKS = frozenset({"para", "de"})
"""Entre un sustantivo de cabida y su cifra: "capacidad para 600", "aforo de 9.500"."""

ROOM_LINKS = frozenset({"para"})
"""Entre un sustantivo de `ROOM_NOUNS` y su cifra: "plazas para 300"."""

ON_ROLL_LINKS = frozenset({"estaban", "estan", "eran", "son", "habian"})
"""Sesión 13: entre las personas y `ON_ROLL` ("19,5 millones de venezolanos estaban inscritos");
con una palabra de `VOTER_ROLL_WORDS` después, son electores inscritos."""

VOTER_ROLL_WORDS = frozenset({"censo", "electoral", "lista", "nominal", "padron", "votar", "voto"})
"""Palabras de un padrón o del voto tras `ON_ROLL`; sin ellas, los inscritos no son
electores ("inscritos en el curso")."""

TURNOUT_CUES = frozenset(
    {"acudieron", "emitidos", "participacion", "sufragaron", "urnas", "votado", "votaron"}
)
"""Sesión 13: palabras de una votación en la que se participó; con ellas, una parte del
electorado ("el 64% del censo") es la participación, nunca una multitud ni el censo."""

KIND_NOUNS = frozenset(
    """
    adolescentes adultos adultas civiles extranjeros extranjeras hombres menores militares
    mujeres ninas ninos varones
    """.split()
)
"""Sesión 13: clases de personas que se dice que es una cifra sin sustantivo ("710 son
adultos", "(617) son hombres"): un desglose del conteo recién dado, con su métrica."""

KIND_COPULAS = frozenset({"son", "eran"})
"""El verbo entre esa cifra y su clase: "617 son hombres"."""

THRESHOLD_NOUNS = frozenset({"liston", "quorum", "umbral"})
"""Sesión 13: sustantivos de un listón, tras una cifra o antes de "de" y ella ("el umbral del
3%", "un quórum del 50%"): una cifra de una regla, no un conteo (`counted_threshold`)."""

MINIMUM_WORDS = frozenset({"minima", "minimo"})
"""Sesión 13: con una palabra de `REQUIREMENT_WORDS` en la oración, un mínimo ante una cifra
("una participación mínima del 40% para que sea válida") es el listón de una regla."""

REQUIREMENT_WORDS = frozenset(
    {"exige", "exigia", "necesaria", "necesario", "requerida", "requerido", "requiere", "valida"}
    | {"valido"}
)
"""Palabras de una regla cuyo listón es un mínimo."""

NAMED_AGAIN_NOUNS = frozenset({"cifra", "estimacion", "numero", "total"})
"""Sesión 13: una cifra nombrada de nuevo como cifra ("la cifra de 120 millones", "esa cifra
de 300"): cuenta lo que contaba la cifra anterior de ese valor."""

CAPACITY_VERBS = frozenset(
    """
    acoger albergar alojar atender hospedar recibir resguardar
    """.split()
)
"""Verbos de cabida que una palabra de `CAPACITY_MODALS` vuelve capacidad ("pueden albergar
a 600", "disponibles para recibir a más de 9.000 personas")."""

ROOM_MODALS = frozenset(
    """
    capacidad capaces capaz disenado disenados disponible disponibles habilitado
    habilitados habilitadas podra podran podria podrian puede pueden
    """.split()
)
"""Palabras que hacen que un verbo de `CAPACITY_VERBS` diga cuántos cabrían ("con capacidad
para albergar a 600"); sin ellas la cifra son personas recibidas ("el albergue recibió a 600
personas")."""

CAPACITY_TO = frozenset({"para", "de"})
"""Entre la palabra de cabida y su verbo: "disponibles para recibir", "capaz de albergar"."""

PERSON_SUFFIXES: tuple[str, ...] = (
    "istas",
    "ores",
    "oras",
    "antes",
    "entes",
    "eros",
    "eras",
    "arios",
)
"""Terminaciones de sustantivos de personas ("defensores", "sindicalistas"): un sustantivo
no listado con una cuenta personas cuando su cláusula tiene un evento de personas."""

FROM_EARLIER: frozenset[tuple[str, ...]] = frozenset({("desde", "los"), ("desde", "las")})
"""Tras una coma que sigue a la cifra nueva, las palabras que abren la cifra anterior de la
que creció o bajó ("llegó a 2.100, desde los 1.750 del lunes")."""

COMPARED_TIMES = frozenset(
    """
    anterior ano anos ayer dia dias durante mes meses pasada pasado semana semanas vez
    """.split()
)
"""Palabras tras "que" que comparan una cifra con el mismo conteo en otro momento ("40.500
más que el día anterior"): la cifra es lo añadido desde entonces, no la brecha entre las
cifras de dos fuentes."""

BALLOT_NOUNS = frozenset({"boletas", "papeletas", "sufragios"})
"""Documentos que cuentan votantes cuando la oración dice que se emitieron (`CAST_WORDS`):
"se emitieron 3 millones de papeletas" → votos."""

CAST_WORDS = frozenset(
    {"emitidas", "emitidos", "emitieron", "depositadas", "depositaron", "votaron"}
)
"""Palabras que hacen de un conteo de `BALLOT_NOUNS` un conteo de votos."""

TALLY_VERBS = frozenset(
    """
    asignadas asignados atribuidas atribuidos atribuyo contabilizadas contabilizados
    contabilizo contadas contados incluidas incluidos incluyo registradas registrados registro
    sumadas sumados sumo sumaron
    """.split()
)
"""Verbos de anotar una cifra en un balance: junto a un adverbio de `CORRECTION_ADVERBS`
hacen de la cifra el tamaño de una corrección ("sumó erróneamente 300 muertes"); "detuvo
indebidamente a 40" cuenta personas."""

LEVEL_NOUNS = frozenset({"rango", "umbral"})
"""Sustantivos justo tras una cifra que nombran un nivel de lo que la oración cuenta, no lo
contado ("superó el umbral de…" no; "en el rango de los 5.000" sí lee la cifra aparte)."""

HOUR_OPENERS: frozenset[tuple[str, ...]] = frozenset(
    {("pasadas",), ("hacia",), ("tras",), ("despues", "de"), ("antes", "de"), ("cerca", "de")}
    | {("alrededor", "de"), ("partir", "de"), ("eso", "de")}
)
"""Palabras antes de "las" y una cifra de 0 a 24 que la hacen una hora ("poco después de las
17", "pasadas las 20", "a eso de las 9"); "más de las 400" sigue siendo un conteo."""


# --- round 8: revision cues — the new figure, the corrected one, the earlier release --------

NEW_FIGURE_WORDS = frozenset(
    {"actualizada", "actualizadas", "actualizado", "actualizados", "corregida", "corregidas"}
    | {"corregido", "corregidos", "nueva", "nuevas", "nuevo", "nuevos", "reciente"}
    | {"revisada", "revisadas", "revisado", "revisados"}
)
"""Palabras que, junto a un nombre de cifra o de su publicación (`FIGURE_NOUNS`), marcan la
cifra de su cláusula como la que reemplaza la última del organismo ("el nuevo balance del
ministerio registra 3.100", "en el comunicado actualizado la junta dijo 61 %")."""

FIGURE_NOUNS = frozenset(
    """
    balance boletin cifra cifras comunicado conteo dato datos estimacion informe lista
    recuento registro reporte
    """.split()
)
"""Nombres de una cifra o de la publicación que la da (`NEW_FIGURE_WORDS`)."""

CORRECTED_BEFORE: frozenset[tuple[str, ...]] = frozenset(
    {("debia", "decir"), ("deberia", "decir"), ("debio", "decir"), ("cifra", "correcta", "es")}
    | {("cifra", "correcta", "era"), ("cifra", "correcta", "de")}
)
"""Palabras justo antes de una cifra que la hacen la corrección de la recién dada ("la cifra
debía decir 170.000"): reemplaza esa cifra, la atribuya el texto a quien la atribuya."""

EARLIER_CUES = EARLIER_CUES | frozenset(
    {("comunicado", "anterior"), ("informe", "anterior"), ("reporte", "anterior")}
    | {("en", "un", "primer", "momento"), ("primer", "comunicado"), ("primer", "reporte")}
)
"""Más marcas de la cifra anterior de un organismo: "el comunicado anterior decía 58 %",
"los 600 contabilizados en un primer momento"."""

REVISE_WORDS = REVISE_WORDS | frozenset({"paso", "pasado", "pasaron"})
"""Más verbos tras los que "a N" es la cifra nueva ("se ha pasado a 2.600", "pasó a 80")."""

REVISION_VERBS = REVISION_VERBS | frozenset({"duplico", "duplicaron", "triplico"})
"""Más verbos antes de "de A a B" que hacen de ello una revisión ("se duplicó de 500 a 980")."""

BY_DAY_WORDS = frozenset({"para"})
"""Palabras ante un día pasado que lo hacen el día en que estaba un total ("para el viernes
pasado, 27 muertos"; `when_totals`)."""
BY_DAY_PAST = frozenset({"anterior", "habia", "habian", "pasada", "pasado"})
"""Palabras tras un día de total que dicen que el total estaba entonces ("para el viernes
pasado", "para el martes de la semana pasada", "había confirmado")."""

DISJOINT_OUTCOMES = frozenset({"arrests", "deaths", "injured", "missing", "rescued"})
"""Ids de métricas de desenlaces de un hecho en que nadie cuenta dos veces: un total de uno
("unos 1.000 heridos en total") no tiene partes de otro ("227 muertos")."""
REVISE_WORDS = REVISE_WORDS | frozenset({"redujeron", "redujo"})
"""Más verbos tras los que "a N" es la cifra nueva ("redujo la cifra a 61")."""
# round 8: what is counted is governed in the number's own clause (audit4 P4, P2's shares)
SHARE_NOUNS = {
    **SHARE_NOUNS,
    "adhesion": "strikers",
    "acatamiento": "strikers",
}
"""La parte de una huelga dicha por quienes la acataron ("la adhesión fue del 95 por ciento",
"el acatamiento llegó al 98 por ciento"): la de los huelguistas."""

SHARE_VERBS = frozenset(
    """
    es fue era fueron llego llega alcanzo alcanza alcanzaron rondo ronda supero supera
    trepo ubico situo
    """.split()
)
"""Cópulas y verbos de nivel por los que un sustantivo de parte, sujeto de la oración, rige el
porcentaje que sigue ("la adhesión de los docentes al paro de ayer fue del 35%", "la huelga
alcanzó el 70 por ciento"), a través de sus complementos."""

SHARE_ASIDE_OPENERS = frozenset({"segun", "according"})
"""Palabras que abren un inciso entre comas ("…, según el gremio, alcanzó el 80 %"): el sujeto
de la oración se lee a través de él."""

STRIKE_JOIN_WORDS = STRIKE_JOIN_WORDS | frozenset(
    {"acatado", "acatada", "acataron", "acato", "adhirieron", "adhirio", "adheridos"}
)
"""Más palabras de sumarse a una huelga ("la huelga fue seguida por el 44 por ciento
de la plantilla")."""

STAYED_AT_WORK = (
    ("siguieron", "trabajando"),
    ("continuaron", "trabajando"),
    ("fueron", "a", "trabajar"),
    ("acudieron", "a", "trabajar"),
    ("asistieron", "a", "trabajar"),
    ("no", "pararon"),
    ("no", "adhirieron"),
    ("trabajaron",),
    ("dieron", "clases"),
    ("siguio", "trabajando"),
    ("continuo", "trabajando"),
    ("fue", "a", "trabajar"),
    ("acudio", "a", "trabajar"),
    ("asistio", "a", "trabajar"),
    ("no", "paro"),
    ("no", "adhirio"),
    ("dio", "clases"),
)
"""Lo que hicieron los trabajadores que no pararon, tras su cifra en una oración sobre una
huelga: una cuenta de no huelguistas, nunca de huelguistas."""

BOARD_VERBS = BOARD_VERBS | frozenset({"abarrotada", "abarrotado", "repleta", "repleto"})
"""Más palabras de la carga de una embarcación ante su cifra ("una lancha repleta de 300
migrantes")."""
BOARD_LINKS = frozenset({"de", "con"})
"""Entre esas palabras y su cifra: "repleta de 300"."""

ABOARD_PHRASES: tuple[tuple[str, ...], ...] = (("a", "bordo"),)
"""Sesión 13: tras una cifra y un verbo de estar ("viajaban a bordo 169", "169 iban a bordo"),
las personas en la embarcación, no migrantes llegados ni rescatados."""

ABOARD_SKIP = frozenset(
    """
    estaban habia habian iban inicialmente originalmente todavia viajaban
    """.split()
)
"""Palabras entre una cifra (o su sustantivo) y `ABOARD_PHRASES`: "169 viajaban a bordo"."""

GENERIC_EVENT_PHRASES = {
    **GENERIC_EVENT_PHRASES,
    ("en", "la", "embarcacion"): "people_on_board",
    ("en", "el", "barco"): "people_on_board",
    ("en", "la", "lancha"): "people_on_board",
    ("en", "el", "bote"): "people_on_board",
    ("en", "el", "autobus"): "people_on_board",
    ("en", "el", "avion"): "people_on_board",
    ("en", "el", "tren"): "people_on_board",
}
"""Tras el verbo de una cifra genérica, el vehículo en que iba ("700 personas iban en la
embarcación"): los ocupantes."""

CASE_OFFENCES = frozenset(
    {"tortura", "torturas", "abuso", "abusos", "violacion", "violaciones", "secuestro"}
    | {"secuestros", "extorsion", "acoso", "violencia", "corrupcion", "trata", "feminicidio"}
    | {"femicidio", "maltrato", "maltratos", "agresion", "fraude", "discriminacion", "censura"}
    | {"negligencia"}
)
"""Delitos y abusos de los que una cifra de "casos" puede ser ("35 casos de tortura", "casos de
maltrato"): casos de eso, nunca de una enfermedad, ni de la única que nombra un boletín
(sesión 13, `counted_cases`)."""
CASE_HEADS = frozenset({"casos"})
CASE_NARROWERS = frozenset(
    {"confirmados", "sospechosos", "probables", "importados", "activos", "nuevos", "laboratorio"}
)
"""Modificadores que hacen de los casos una cuenta más estrecha ("5.000 casos confirmados"):
aparte de todos los casos, como antes."""
"""Núcleo que cuenta casos de una enfermedad: su cifra son casos, nunca las muertes de la
oración."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("huyeron", "a", "traves", "de", "la", "frontera"): "migrants",
    ("huyeron", "por", "la", "frontera"): "migrants",
}
"""Huir por la frontera hacia un lugar es llegar a él: una cantidad con las "llegadas" del lado
que recibe. Los migrantes que "cruzaron la frontera" siguen siendo migrantes."""

OWN_CLAUSE_EVENTS = {"participacion": "protesters"}
"""La participación cifrada en personas es la asistencia ("la policía cifró la participación en 900
personas", "la participación de 3.000 personas"); ante una votación, votantes."""
ATTEND_WORDS = ATTEND_WORDS | frozenset({"participacion"})
"""La participación en una votación es de votantes, no de manifestantes."""

NOT_STRIKE_NEAR = frozenset({"tasa", "tasas", "indice", "registrado", "juvenil", "desempleo"})
"""Palabras junto a "paro" que lo hacen desempleo ("la tasa de paro fue del 14%", "el paro
registrado"): su porcentaje no es de huelguistas."""

EVENT_WORDS = {
    **EVENT_WORDS,
    **dict.fromkeys(["rescato", "rescataron", "rescata", "rescatan", "rescatado"], "rescued"),
}
"""Ronda 8: el verbo de rescatar rige su cifra ("la Armada rescató a 75 migrantes"): rescatados,
sean quienes sean."""

# --- round 8: where the source stands, by the phrase that governs the place (audit4 P5) -----

SPEAKER_PLACE_NOUNS = frozenset(
    {"portavoz", "portavoces", "vocero", "vocera", "voceros", "corresponsal", "corresponsales"}
    | {"periodistas", "representante"}
)
"""Sustantivos de quien habla por una fuente: "el portavoz en Ginebra" es donde está quien
habla, nunca donde cuenta la cifra (folded: sin tildes)."""
SPEAKER_PLACE_HEADS = SPEAKER_PLACE_NOUNS | frozenset(
    {"dijo", "declaro", "afirmo", "aseguro", "senalo", "indico", "explico", "hablo"}
    | {"manifesto", "sostuvo", "anuncio"}
)
"""Verbos de habla y sustantivos de quien habla cuyo lugar con "en"/"desde" es donde habla la
fuente ("dijo este lunes en Temuco")."""
SPEAKER_SKIPPED = frozenset(
    {"este", "esta", "hoy", "ayer", "anoche", "tambien", "el", "por", "la", "manana", "tarde"}
    | {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "noche"}
)
"""Palabras de tiempo entre el verbo y el lugar ("dijo este lunes en")."""
VISIT_OPENERS: tuple[tuple[str, ...], ...] = (
    ("de", "visita", "en"),
    ("en", "visita", "a"),
    ("de", "visita", "a"),
    ("durante", "una", "visita", "a"),
    ("durante", "su", "visita", "a"),
    ("en", "su", "visita", "a"),
    ("de", "gira", "por"),
)
"""Frases que ponen a quien habla de visita en un lugar ("de visita en la ciudad de Temuco")."""
SEAT_NOUNS = frozenset({"oficina", "oficinas"})
"""Sustantivos tras un lugar que lo hacen sede de un organismo (raro en español)."""
COUNTRY_ENTRY_JOINS = frozenset({"(", "con"})
"""Nexos que hacen de un país ante una cifra la cabeza de su entrada de lista ("Perú (19.408)
y Chile (9.533)", "Perú con 120"): el lugar de esa entrada."""
SEA_TIES = ("frente a ", "costa de ", "costas de ", "aguas de ", "litoral de ")
"""Lo que ata un lugar a una cifra en el mar ("rescatados frente a Libia", "en aguas de
Grecia"): donde se contó a la gente, como "en"."""
PLACE_AGENT_NOUNS = frozenset({"costera", "armada", "marina", "policia", "ejercito", "guardia"})
"""Cuerpos que llevan el nombre de un país ("la guardia costera de Chipre", "la Armada de
Chile"): quién actúa, nunca dónde se cuenta."""
WORLD_REGIONS = (
    "europa",
    "europa central",
    "europa del este",
    "europa oriental",
    "europa occidental",
    "el mediterraneo",
    "mar mediterraneo",
    "mar egeo",
    "el canal de la mancha",
    "america latina",
    "latinoamerica",
    "el caribe",
    "centroamerica",
    "america central",
    "sudamerica",
    "suramerica",
    "america del sur",
    "africa",
    "africa occidental",
    "africa oriental",
    "el sahel",
    "el cuerno de africa",
    "oriente medio",
    "oriente proximo",
    "medio oriente",
    "asia",
    "sudeste asiatico",
    "los balcanes",
)
"""Áreas mayores que un país, escritas como nombre propio ("en América Latina", "en el
Mediterráneo"): una cifra cuya oración nombra una cuenta allí (folded: sin tildes)."""
REGION_ORIGINS = (
    "desde ",
    "procedentes de ",
    "originarios de ",
    "provenientes de ",
    "oriundos de ",
    "son de ",
    "eran de ",
    "vienen de ",
    "venian de ",
)
"""Lo que precede al área de origen de las personas contadas ("migrantes procedentes de
África", "la mayoría son de Sudamérica"): su origen, nunca donde se cuentan."""
STREET_NOUNS_BEFORE = frozenset(
    {"calle", "avenida", "av", "avda", "esquina", "interseccion", "bulevar", "pasaje", "paseo"}
    | {"plaza", "plazoleta"}
)
"""Sustantivos ante un nombre que lo hacen una calle ("la esquina de Bolívar y General Roca", "por
la avenida Bolívar"): una calle con nombre de lugar no es donde cuenta una cifra."""
STREET_NOUNS_AFTER = frozenset({"street"})
"""Sustantivos tras el nombre (raro en español: "Bolívar" va tras "calle")."""
STREET_TITLES = frozenset(
    {"general", "gral", "presidente", "pte", "doctor", "dr", "coronel", "almirante", "mariscal"}
    | {"ingeniero", "ing", "avenida", "av", "calle", "bulevar"}
)
"""Títulos que abren el nombre de una calle ("General Roca", "Presidente Perón"): "X y General
Roca" es una esquina."""
TOTAL_WORDS = ("en total",)
"""Palabras de un todo junto a la cifra ("en total, 1.000 heridos"): sin lugar en su cláusula,
la cifra es del país, no del pueblo del que trata el texto ("en total normalidad" no: tras la
frase debe venir un signo, una cifra o el fin)."""
DISTANCE_UNITS = frozenset({"kilometros", "km", "kms", "millas", "kilometro", "milla"})
"""Unidades de una distancia ante un punto de referencia ("a 150 kilómetros al norte de
Lima"): ese lugar sólo dice dónde queda el lugar contado."""
COMPASS_WORDS = frozenset(
    {"al", "norte", "sur", "este", "oeste", "noreste", "noroeste", "sureste", "suroeste"}
    | {"nordeste", "sudeste", "sudoeste"}
)
"""Direcciones entre la distancia y su referencia ("kilómetros al sur de")."""
APPOSITION_WORDS = frozenset(
    {"a", "al", "de", "del", "la", "el", "en", "ciudad", "region", "provincia", "comuna"}
    | {"estado", "kilometros", "km", "norte", "sur", "este", "oeste", "unos", "unas"}
)
"""Palabras de una aposición que sitúa el lugar visitado ("Temuco, a 670 kilómetros al sur de
la capital, en la región de La Araucanía"): sus lugares son también los de la visita."""

# --- round 8: institutions as subjects, and the verbs of a clause that governs a number ---------

INSTITUTION_HEADS = frozenset(
    """
    armada bomberos carabineros ejercito estado gendarmeria guardia marina oposicion
    organizadores policia prefectura
    """.split()
)
"""Núcleos de un sintagma definido que nombra un organismo o un colectivo por su clase ("la
Armada informó", "Carabineros cifró", "la oposición dijo"): el sintagma es el declarante tal
como está escrito (o el organismo de esa clase nombrado antes), nunca la fuente de otra
oración. "La organización" sola no nombra a nadie."""

DATA_NOUNS = frozenset(
    """
    balance cifras conteo datos estadisticas numeros registros recuento
    """.split()
)
"""Sustantivos de las cifras de un organismo como sujeto de un verbo de mostrar ("las cifras
oficiales registran", "los datos del ministerio muestran"): el dueño es el declarante."""

DATA_VERBS = frozenset(
    """
    indica indican muestra muestran mostraron mostro registra registran registraron registro
    reflejan refleja
    """.split()
)
"""Verbos cuyo sujeto son los datos de un organismo y no un hablante."""

SUBJUNCTIVE_SAY = frozenset(
    """
    anunciara anunciaran asegurara aseguraran calculara calcularan cifrara cifraran
    confirmara confirmaran contabilizara contabilizaran dijera dijeran elevara elevaran
    estimara estimaran informara informaran reportara reportaran revelara revelaran
    """.split()
)
"""Formas de subjuntivo de los verbos de decir tras "después de que / antes de que" ("poco
después de que la Oficina cifrara en 298 los fallecidos"): su sujeto es la fuente de esa
cláusula."""

ASIDE_OPENERS = frozenset({"de", "desde", "en", "hablando", "tras"})
"""Palabras que abren un inciso entre comas entre el sujeto y su verbo ("El presidente, de
visita en Talca, elevó"): el inciso dice dónde estaba el hablante, no quién habla."""
SAY_VERBS = SAY_VERBS | SUBJUNCTIVE_SAY

SUBJECT_ADVERBS = frozenset({"ahora", "antes", "finalmente", "hoy", "inicialmente", "primero"})
"""Adverbios de tiempo entre el sujeto y su verbo ("el capitán había antes informado", "la
Policía inicialmente cifró"): habla el sujeto que los precede."""
SUBJECT_ADVERBS = SUBJECT_ADVERBS | frozenset(
    {"solo", "solamente", "unicamente", "apenas", "ademas", "incluso", "todavia", "aun"}
    | {"nuevamente", "recientemente", "posteriormente", "previamente", "asimismo", "tampoco"}
)
"""Sesión 13 (h-who-es): más adverbios entre el sujeto y su verbo ("el Gobierno solo reconoce
199", "la policía apenas contó 3.000", "la ONG además denunció 30"): no son parte del nombre."""


# round 9: the source of a figure's own clause (z-who)
PARTICIPLE_AUXILIARIES = frozenset(
    {"ha", "han", "he", "has", "hemos", "habia", "habian", "hubo", "habra", "habran", "habria"}
    | {"habrian", "haya", "hayan", "hubiera", "hubieran", "haber", "habiendo", "sido", "fue"}
    | {"fueron", "es", "son", "sera", "seran", "era", "eran", "esta", "estan", "estaba"}
    | {"estaban", "quedo", "quedaron"}
)
"""Before a participle of saying, the words that make it a verb ("ha cifrado", "fue
informado"); with none, the participle modifies a noun ("el informe publicado")."""
WEB_DOMAINS = frozenset({"com", "org", "net", "info", "es", "mx", "ar", "co"})
"""Top-level domains after "name." that make it an outlet's web address ("kestrelnews.com")."""
VAGUE_QUANTIFIERS = frozenset(
    {
        "varios",
        "varias",
        "algunos",
        "algunas",
        "diversos",
        "diversas",
        "distintos",
        "otros",
        "muchos",
    }
)
"""Before media words, quantifiers of an uncounted set ("several media reports"): no source."""
LY_NOUNS = frozenset({"rally"})
"""Nouns in -ly that a walk back to a subject must not pass over as adverbs ("the rally")."""
SAY_VERBS = SAY_VERBS | frozenset(
    {"estipulo", "estipularon", "estipula", "estipulan", "rebajado", "rebajo", "rebajaron"}
)
"""Verbs of stating a figure the earlier rounds lacked ("La universidad estipuló que …")."""
GENERIC_HEADS = {**GENERIC_HEADS, "universidad": ("universidad",), "grupo": ("grupo",)}
"""Organismos nombrados por su clase ("la universidad dijo" tras "la Universidad de Orlán")."""
INDEFINITE_ARTICLES = frozenset({"un", "una"})
"""Ante la clase de un organismo ("un instituto universitario estimó"): uno que no se nombra."""


# round 9: listas (z-lists) --------------------------------------------------------------
LIST_TOTALS = (
    "en su conjunto",
    "en conjunto",
    "movilizacion total",
    "participacion total",
    "asistencia total",
    "entre todas",
    "entre todos",
)
"""Palabras del todo de una lista ("la movilización total rondó las 400.000 personas"): la
cifra es de la unión de los lugares de la lista, nunca del lugar de su primera entrada."""
LIST_COUNT_WORDS = frozenset(
    {"dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "varias"}
)
"""Numerales del todo de una lista ("las cinco manifestaciones")."""
LIST_WHOLE_NOUNS = frozenset(
    {
        "ciudades",
        "localidades",
        "manifestaciones",
        "concentraciones",
        "movilizaciones",
        "marchas",
        "protestas",
        "convocatorias",
        "provincias",
        "regiones",
        "capitales",
    }
)
"""Sustantivos del todo de una lista tras un numeral ("en las cinco concentraciones")."""
LIST_NOT_PLACES = frozenset({"congreso", "parlamento", "senado", "total", "hospital"})
"""Palabras con mayúscula tras "en" en una lista que no nombran un lugar ("12 en Congreso")."""
LIST_BODY_NOUNS: frozenset[str] = frozenset()
"""Sustantivos de un organismo tras el nombre de una ciudad en una entrada de lista (ninguno
en español: el sustantivo va antes, "la policía de Reus")."""

# round 9: the shares of a strike and the words that end their clause (audit5 P3)
STRIKE_SHARE_NOUNS = frozenset({"participacion"})
"""Un sustantivo de parte que es la de una huelga cuando la oración nombra una ("la
participación en el paro fue casi total, cercana al 80%")."""

# round 9: shares of a group whose clause says what the share did (audit5 P3)
GROUP_WORKERS = frozenset(
    """
    miembros afiliados afiliadas docentes maestros maestras profesores profesoras trabajadores
    trabajadoras empleados empleadas enfermeros enfermeras medicos educadores conductores
    personal plantilla funcionarios mineros pilotos docente
    """.split()
)
"""Grupos cuya parte que no fue a trabajar durante una huelga son sus huelguistas ("el 30% de
los 4.000 docentes no se presentó a trabajar")."""
GROUP_VOTERS = frozenset({"ciudadania", "electorado", "poblacion", "ciudadanos", "votantes"})
"""Grupos cuya parte que fue a votar es la participación ("apenas un 31 % del electorado
votó")."""
ABSENT_FROM_WORK: tuple[tuple[str, ...], ...] = (
    ("no", "acudio"),
    ("no", "acudieron"),
    ("no", "asistio"),
    ("no", "asistieron"),
    ("no", "se", "presento"),
    ("no", "se", "presentaron"),
    ("no", "fue", "a", "trabajar"),
    ("no", "fueron", "a", "trabajar"),
    ("no", "trabajo"),
    ("no", "trabajaron"),
    ("no", "dio", "clases"),
    ("no", "dieron", "clases"),
    ("falto",),
    ("faltaron",),
    ("paro",),
    ("pararon",),
    ("hizo", "huelga"),
    ("hicieron", "huelga"),
    ("se", "adhirio"),
    ("se", "adhirieron"),
    ("adhirio",),
    ("adhirieron",),
    ("secundo",),
    ("secundaron",),
)
"""Lo que hizo la parte de un grupo de trabajadores que no fue a trabajar en una huelga."""
ABSENT_RIGHT_AFTER = frozenset({"paro"})
"""Verbos de una palabra de `ABSENT_FROM_WORK` que también son sustantivos ("paró" / "paro"):
solo justo después del grupo."""
STRIKE_CONTEXT_WORDS = frozenset({"huelga", "huelgas", "paro", "paros", "huelguistas"})
"""Palabras que nombran una huelga: no ir a trabajar cerca de ellas es hacer huelga."""
GROUP_VOTED: tuple[tuple[str, ...], ...] = (
    ("voto",),
    ("votaron",),
    ("acudio", "a", "votar"),
    ("acudieron", "a", "votar"),
    ("acudio", "a", "las", "urnas"),
    ("acudieron", "a", "las", "urnas"),
    ("fue", "a", "votar"),
    ("fueron", "a", "votar"),
    ("emitio", "su", "voto"),
    ("ejercio", "su", "derecho", "al", "voto"),
)
"""Lo que hizo la parte de la ciudadanía que votó (un verbo de una palabra seguido de por quién
votó, `VOTE_FOR_WORDS`, es un reparto de votos)."""

# round 9: figures that state no count of people (audit5 P3; nonclaims.py)
NO_PROOF_NOUNS = frozenset({"pruebas", "prueba", "evidencia", "evidencias", "indicios"})
"""Sustantivos de prueba que, negados justo antes de una cifra, la hacen la parte no probada
("no hay pruebas de que 12 de las 40 muertes se debieran al dengue")."""
NO_PROOF_NEGATIONS = frozenset({"no", "sin", "ninguna", "ningun", "falta", "not", "without"})
"""Negaciones de un sustantivo de prueba (una o dos palabras antes)."""
SPEAKER_HEADS = frozenset(
    {"funcionarios", "oficiales", "testigos", "fuentes", "diplomaticos", "medicos"}
    | {"portavoces", "vecinos", "residentes", "pobladores", "analistas", "expertos"}
)
"""Sesión 13 (h-who-en): personas que hablan por una cifra ("Dos oficiales dijeron que 15
murieron", "Tres testigos dijeron a AFP"): el número cuenta a quienes hablan, no es un dato."""
SPEAKER_RELATIVES = frozenset({"quienes", "que"})
"""Un relativo tras la coma de quienes hablan ("Dos oficiales, que pidieron no ser
identificados, dijeron")."""
QUESTION_OPENERS = frozenset(
    """
    cuantos cuantas cuanto quien quienes donde cual
    """.split()
)
"""Palabras que abren una pregunta directa (sin "¿" escrito): su cifra se pregunta, no se
afirma."""
VOTE_WIN_VERBS = frozenset(
    """
    obtuvo obtuvieron recibio recibieron gano ganaron logro lograron consiguio consiguieron
    saco sacaron cosecho obtiene recibe gana logra consigue
    """.split()
)
"""Verbos por los que un candidato obtiene una parte de los votos ("obtuvo el 45% de los
votos")."""
VOTE_NOUNS = frozenset({"votos", "voto", "sufragios", "papeletas"})
"""Sustantivos de los votos de un candidato."""
VOTE_RANK_VERBS = frozenset(
    """
    lidera lideraba liderando encabeza encabezaba encabezando seguido seguida seguidos
    seguidas quedo quedaron aventaja aventajaba
    """.split()
)
"""g-what: verbos que ordenan a un partido o candidato en el recuento; un porcentaje tras
"con" en su cláusula es su parte de los votos ("el oficialismo lidera con el 61%, seguido
del bloque opositor con el 15%"), salvo que lo sigan personas ("con el 55% de los
votantes")."""
VOTE_RANK_TURNOUT = frozenset(
    {"participacion", "abstencion", "voto", "votaron", "votantes", "electores", "acudieron"}
)
"""g-what: palabras que hacen de un porcentaje ordenado una parte de los electores ("donde
más se votó fue en el norte, con el 72%, seguido del sur con el 71%")."""
BREAKDOWN_VERBS = frozenset(
    """
    corresponden correspondian correspondieron corresponde pertenecen pertenecian eran son
    fueron
    """.split()
)
"""Verbos justo después de una cifra de un desglose que omiten su sustantivo ("De los 52
fallecidos, 47 corresponden a vecinos"): la cifra cuenta lo que cuenta su contexto."""
NOT_COUNT_AFTER = NOT_COUNT_AFTER | frozenset({"candidatos", "candidatas"})
"""Ronda 9: a los candidatos se los nombra, no se los cuenta ("los dos candidatos obtuvieron")."""
# round 9: revision cues in long sentences (z-revise)

DENIED_BEFORE: frozenset[tuple[str, ...]] = frozenset(
    {("y", "no"), (",", "no"), ("y", "no", "de"), ("y", "no", "los"), ("y", "no", "las")}
)
"""Palabras justo antes de una cifra que la descartan frente a otra dada antes en la frase
("murieron 21 y no 24"): la descartada es la que la posterior reemplazó (una revisión)."""

DENIED_SOURCE_CUES = frozenset({"inicialmente", "originalmente", "anteriormente", "primero"})
"""Adverbios tras una cifra descartada y su fuente ("y no los 15 que la fiscalía informó
inicialmente")."""

EARLIER_CUES = EARLIER_CUES | frozenset(
    {("investigacion", "original"), ("investigacion", "inicial"), ("informe", "original")}
    | {("informe", "inicial"), ("primera", "investigacion"), ("fue", "inicialmente")}
)
"""El primer hallazgo de una investigación, reemplazado por el de un informe posterior."""

NEW_FINDING_NOUNS = frozenset({"investigacion", "informe", "pesquisa", "revision", "reporte"})
"""Sustantivos de un hallazgo que "nuevo" hace reemplazo de uno anterior ("el nuevo informe
concluye que murieron menos de 20")."""

EVENT_NOUNS = frozenset(
    {"ataque", "atentado", "bombardeo", "explosion", "masacre", "operativo", "operacion"}
    | {"incursion", "emboscada", "tiroteo", "marcha", "manifestacion", "protesta"}
)
"""Sustantivos de un suceso de un día que un mes o un día nombran ("el bombardeo del 2 de
junio", "la operación de octubre"): su recuento conserva el día del suceso."""
# --- round 9: metric (z-metric) — una cantidad, un nombre -------------------------------------

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("victimas", "de", "homicidio"): "homicides",
    ("victimas", "de", "homicidios"): "homicides",
    ("victimas", "de", "asesinato"): "homicides",
    ("victimas", "mortales", "de", "homicidio"): "homicides",
}
"""Las víctimas de homicidio son homicidios, no muertes en general: "52 vecinos fueron
víctimas de homicidio" se compara con "más de 130 homicidios"."""

ELECTORATE_NOUNS = frozenset(
    {"votantes", "electores", "ciudadania", "ciudadanos", "electorado", "padron", "poblacion"}
)
"""Sustantivos de quienes pueden votar: el porcentaje de ellos que votó es la participación."""

BALLOT_VERBS = frozenset(
    {"voto", "votaron", "acudio", "acudieron", "sufrago", "sufragaron", "emitio", "emitieron"}
)
"""Verbos de votar tras el sustantivo del electorado ("el 31 % de los electores acudió a
las urnas")."""

TAKE_PART_PHRASES: tuple[tuple[str, ...], ...] = (
    ("participo",),
    ("participaron",),
    ("tomo", "parte"),
    ("tomaron", "parte"),
)
"""Tomar parte, que en una oración sobre una votación es votar."""

TO_VOTE_WORDS = frozenset({"votar", "sufragar", "urnas", "las"})
"""Lo que sigue a "a" tras un verbo de votar cuando dice que se votó ("acudió a votar",
"acudieron a las urnas")."""

PERSON_NOUNS = PERSON_NOUNS | frozenset({"ciudadania"})
"""La ciudadanía cuenta personas ("solo votó el 31 % de la ciudadanía")."""

EVENT_WORDS = {**EVENT_WORDS, "confinados": "confined", "confinadas": "confined"}
"""Las personas confinadas por los combates se cuentan como tales, nunca como desplazadas."""

NOT_VOTING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("decidieron", "no", "participar"),
    ("decidio", "no", "participar"),
    ("no", "participaron"),
    ("no", "participo"),
    ("se", "quedaron", "en", "casa"),
)
"""No tomar parte, que en una oración sobre una votación (o su abstención) es abstenerse."""

RATE_APPOSITION = frozenset({"una", "un", "la", "el", "real", "tasa", "de", "del", "o"})
"""Palabras entre una cifra de votantes y su porcentaje en aposición ("5,5 millones de
votantes, una tasa real del 23 %")."""

INCLUDING_WORDS = frozenset({"incluidos", "incluidas", "entre", "de"})
"""Palabras que abren un inciso con una parte de las personas contadas (", entre ellos 12
menores,"): el verbo tras el inciso sigue rigiendo la cifra."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("protagonizaron", "protestas"): "protesters",
    ("protagonizaron", "una", "protesta"): "protesters",
}
"""Quienes protagonizaron protestas son manifestantes, sean quienes sean."""

VOTE_INTENT_WORDS = frozenset({"dicen", "dijo", "dijeron", "piensan", "planean", "votarian"})
"""Palabras de decir o de intención antes de un verbo de votar ("el 40 % de los votantes dicen
que acudirán a votar"): una intención de encuesta, no la participación de una votación."""

YEAR_EVENT_NOUNS = frozenset(
    {"diada", "marcha", "manifestacion", "protesta", "huelga", "eleccion", "elecciones"}
    | {"cadena", "concentracion", "consulta", "referendum", "desfile", "edicion", "paro"}
)
"""Sustantivos de un suceso anual o fechado que un año nombra ("la Diada de 2016", "la
cadena humana de 2019"): su cifra es de ese año, no del de la publicación."""

# round 9: dates (z-dates) ----------------------------------------------------------------

EVENT_NOUNS = EVENT_NOUNS | frozenset(
    {"protestas", "manifestaciones", "marchas", "ataques", "atentados", "bombardeos"}
    | {"explosiones", "masacres", "operativos", "operaciones", "incursiones", "tiroteos"}
)
"""Plurales: "las protestas del 17 de marzo", "los ataques del 3 de agosto" nombran el día
del suceso cuyos detenidos o muertos se cuentan, como el singular."""

# round 9b: the verb of freeing (q-what) ---------------------------------------------------

EVENT_WORDS = {
    **EVENT_WORDS,
    **dict.fromkeys(("liberado", "excarcelado", "libera", "liberan"), "releases"),
}
"""El participio de un tiempo compuesto y el presente de un titular ("ha liberado a 80
personas detenidas", "Gobierno libera a 40 presos"): el suceso que el verbo cuenta es una
excarcelación, digan lo que digan de las personas las palabras que las describen."""

SKIP_BEFORE_NUMBER = SKIP_BEFORE_NUMBER | frozenset({"ya"})
"""Entre el verbo y su cifra cabe "ya" ("han liberado ya a 80"): el verbo sigue rigiéndola."""
# round 9b: las catástrofes dan el día de sus muertos (q-when) ---------------------------------

DISASTER_NOUNS = frozenset(
    {"terremoto", "terremotos", "sismo", "seismo", "tsunami", "maremoto", "alud", "avalancha"}
    | {"deslave", "deslizamiento", "erupcion", "estampida", "naufragio"}
)
"""Sustantivos de una catástrofe de un día ("el terremoto del 6 de febrero", "el tsunami del
26 de diciembre"): un texto que la fecha en su entrada trata de ella, y cada recuento de sus
muertos es de ese día, dé la cifra una fuente el día que la dé, si tiene más de una semana
(una catástrofe de los últimos días se lee como antes)."""
# round 9b: the source of the figure's own clause (q-who) ------------------------------------

SAY_VERBS = SAY_VERBS | frozenset({"concluyo", "concluyeron", "concluye", "concluyen"})
""""La ONG concluyó que la cifra es de N": quien concluye da la cifra, como quien dice."""

CLAUSE_OPENERS = CLAUSE_OPENERS | frozenset({"si"})
"""", si bien las autoridades aseguran que …" abre una cláusula concesiva con su propio
sujeto: la cifra de la principal no es de ese sujeto (ni al revés)."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"rebeldes", "guerrilleros", "insurgentes"})
""""Los rebeldes cifraron en 60 los muertos": un grupo armado habla como un organismo."""
# round 10: the verb that reports a figure in the figure's own clause (c-who) --------------

HELD_COUNT_VERBS = frozenset(
    {"tiene", "tienen", "tenia", "tenian", "tenemos", "lleva", "llevan", "llevaba", "llevaban"}
)
"""Verbos con que un organismo da un recuento que mantiene: "ACNUR tiene registrados 500.000
refugiados", "la Fiscalía lleva contabilizadas 90 denuncias". Con un participio de
`HELD_COUNTS` detrás valen lo que el tiempo compuesto ("ha registrado")."""

HELD_COUNTS = frozenset(
    {"registrados", "registradas", "contabilizados", "contabilizadas", "documentados"}
    | {"documentadas", "censados", "censadas", "contados", "contadas", "recogidos"}
    | {"recogidas", "verificados", "verificadas", "identificados", "identificadas"}
    | {"inscritos", "inscritas", "atendidos", "atendidas"}
)
"""Participios de contar que, tras `HELD_COUNT_VERBS`, hacen del sujeto la fuente de la cifra."""

SAY_VERBS = SAY_VERBS | frozenset(
    {"reconoce", "reconocen", "reconocio", "reconocieron", "reconocia", "reconocian"}
    | {"admite", "admiten", "admitio", "admitieron", "admitia", "admitian"}
)
""""El Gobierno reconoce 23 muertes", "el Ejecutivo admitió que son 1.400": quien reconoce o
admite una cifra la da, como quien la dice (su clase de estado la leen las señales de estado)."""

BODY_SHORT_HEADS = frozenset(
    {"ministerio", "defensoria", "fiscalia", "procuraduria", "gobernacion", "consejeria"}
    | {"delegacion", "secretaria", "comision", "registraduria", "unidad", "contraloria"}
    | {"alcaldia", "prefectura", "oficina", "agencia", "direccion", "comite", "consejo"}
    | {"instituto", "observatorio", "coordinadora", "plataforma", "federacion", "asociacion"}
    | {"confederacion", "fundacion", "intendencia", "subsecretaria", "superintendencia"}
)
"""El núcleo de un organismo que un texto, tras nombrarlo entero, usa solo: "la Fiscalía
General del Estado … la Fiscalía", "la Unidad para las Víctimas … la Unidad". En un documento,
esa mención de una palabra es el único nombre entero que empieza por ella (si hay dos, queda
como está)."""

OFFICIAL_ADVERBS = frozenset({"oficialmente"})
""""Habían muerto, oficialmente, 25.100": el adverbio dice de quién es la cifra — del recuento
oficial, como "según cifras oficiales" —, cuando la oración no nombra otra fuente."""

# round 10: status verbs by class, every tense (c-status) ------------------------------------

STATUS_VERBS: dict[str, Status] = {
    **dict.fromkeys(
        ("acreditar", "certificar", "comprobar", "confirmar", "constatar", "corroborar"),
        Status.CONFIRMED,
    ),
    "verificar": Status.VERIFIED,
    "documentar": Status.DOCUMENTED,
    **dict.fromkeys(("contabilizar", "registrar"), Status.REGISTERED),
    "anunciar": Status.ANNOUNCED,
    **dict.fromkeys(("aprobar", "autorizar", "decretar", "ordenar"), Status.AUTHORIZED),
    "prometer": Status.PLEDGED,
    **dict.fromkeys(("calcular", "estimar"), Status.ESTIMATED),
}
"""Los verbos de estatus por su sentido: quien comprueba, verifica, documenta o registra una
cifra la da por comprobada; quien la anuncia, autoriza o promete, por anunciada; quien la
calcula, por estimada. Valen todas sus formas de lo hecho o en curso (`conjugate`)."""

STATUS_VERB_NOT_FORMS = frozenset(
    {"acreditados", "acreditadas", "certificados", "certificadas", "ordenado", "ordenada"}
    | {"contabilizando", "registrando"}
)
"""Formas que casi siempre son otra palabra: "periodistas acreditados", "los certificados",
"de forma ordenada"; y el gerundio de registrar, que dice lo que una cosa vio ("…, y la
provincia, registrando tres muertes más"), no quién lleva la cuenta. Las formas que ya están en
la tabla ("registro", "documento", "anuncio", "cálculo", "decreto") conservan la decisión de su
ronda."""

STATUS_WORDS = {
    **{
        form: status
        for form, status in conjugate.es_verbs_done(STATUS_VERBS).items()
        if form not in STATUS_VERB_NOT_FORMS
    },
    **STATUS_WORDS,
}

_TO_COME = frozenset({Status.CONFIRMED, Status.VERIFIED, Status.DOCUMENTED, Status.REGISTERED})
STATUS_WORDS = {
    **{
        form: Status.REPORTED if status in _TO_COME or status is Status.ESTIMATED else status
        for verb, status in STATUS_VERBS.items()
        for form in conjugate.es_future_forms(verb)
    },
    **STATUS_WORDS,
}
"""Lo que se comprobará o se estimaría no está comprobado ni estimado ("la Fiscalía verificará
las 300 denuncias", "confirmaría 40 muertes"): el futuro y el condicional de un verbo de
comprobación dan una cifra dicha, no comprobada; los de anunciar, autorizar o prometer siguen
siendo un anuncio."""

PASSIVE_BE = frozenset({"es", "son", "fue", "fueron", "sido", "era", "eran", "sera", "seran"})
"""El verbo ser de una pasiva ("fueron registrados 40 heridos"): el participio que sigue no dice
quién llevó la cuenta."""

TIME_SUBJECTS = frozenset(MONTHS) | frozenset(
    {"mes", "semana", "jornada", "dia", "ano", "periodo", "trimestre", "fin", "verano", "invierno"}
)
"""Un tiempo como sujeto de registrar ("enero registró 300 homicidios", "la jornada registró 40
detenidos") dice lo que pasó en él, no quién lo contó."""

SUBJECT_PRONOUNS = frozenset({"yo", "nosotros", "nosotras", "ellos", "ellas", "quien", "quienes"})
"""Un pronombre ante registrar no nombra por sí solo a quien lleva la cuenta ("quienes se
registraron al llegar")."""

REGISTER_NOUNS = frozenset({"registro"})
""""Según el registro de la ONU, 300 civiles murieron": un registro es una cuenta que alguien
lleva; su cifra está registrada."""

ADMIN_PLACE_NOUNS = frozenset(
    {"prefectura", "distrito", "condado", "localidad", "pueblo", "canton", "parroquia"}
)
"""Lugares administrativos como sujeto de registrar ("el distrito registró 300 casos"): un lugar
ve la cifra (`status_cues.place_subject`)."""

CHANGE_NOUNS = CHANGE_NOUNS | frozenset({"desfase", "desfases", "desajuste", "disparidad"})
"""El tamaño de una diferencia entre dos recuentos ("un desfase de 150 mil entre ambas cifras"):
no cuenta a nadie."""

WITNESS_SOURCES = frozenset(
    {"supervivientes", "sobrevivientes", "testigos", "testimonios", "relatos", "vecinos"}
    | {"familiares", "familias", "pasajeros", "pobladores"}
)
"""Sesión 13 (h-who-en): personas cuyos relatos cita un organismo para su propia cifra ("la
OIM dijo, citando testimonios de supervivientes": la OIM); un medio que los cita los releva."""

OWN_SOURCE_WORDS = frozenset({"segun", "citando"})
"""Palabras que abren una fuente propia ("cifra que según el gobierno es de 30"): el verbo de
estatus anterior no alcanza la cifra que las sigue."""

PERSON_RELATIVES = frozenset({"quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas"})
"""Sesión 13 (h-who-es): relativos que abren una cláusula sobre las personas ya contadas ("13
de los liberados …, a quienes les prometieron un indulto"): el verbo de estatus que sigue es de
esa cláusula, no el de la cifra; el verbo de antes ("confirmó que …") la alcanza."""

LIST_BREAKS = frozenset(
    {"mientras", "pero", "aunque", "sino", "sin", "embargo", "pese", "frente", "cambio"}
)
"""Palabras que cierran una lista que sigue a una cifra comprobada ("confirmó 300 muertes,
mientras 40 …"): tras ellas, la cifra es de otra cláusula."""

EVENT_VERBS: dict[str, str] = {
    **dict.fromkeys(("asesinar", "matar", "fallecer", "perecer"), "deaths"),
    **dict.fromkeys(("arrestar", "capturar", "apresar", "encarcelar"), "arrests"),
    "desplazar": "displaced",
    **dict.fromkeys(("evacuar", "desalojar"), "evacuated"),
    **dict.fromkeys(("secuestrar", "raptar", "plagiar"), "hostages"),
    "desaparecer": "missing",
    **dict.fromkeys(("liberar", "excarcelar", "indultar", "amnistiar"), "releases"),
    "rescatar": "rescued",
    **dict.fromkeys(("deportar", "interceptar"), "migrants"),
    "hospitalizar": "hospitalized",
}
"""Los verbos de un suceso por lo que cuentan: quien desplaza, libera o secuestra a N personas
cuenta desplazados, excarcelaciones o rehenes, en cualquier tiempo de lo hecho ("la violencia
ha desplazado a 12.000 personas", "liberaba a 40 presos"; `conjugate`)."""

EVENT_WORDS = {
    **{
        form: metric
        for form, metric in conjugate.es_verbs_done(EVENT_VERBS).items()
        if form not in STATUS_VERB_NOT_FORMS
    },
    **dict.fromkeys(("huye", "huyen", "huyo", "huia", "huian", "huido", "huyendo"), "displaced"),
    **dict.fromkeys(("herido", "herida", "hirio", "hirieron"), "injured"),
    **EVENT_WORDS,
}
"""Y las formas de los verbos irregulares de huir y herir ("han huido 3.000 personas")."""

EXCHANGE_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("a", "cambio", "de"), ("en", "canje", "por")}
)
"""El otro lado de un acuerdo por cumplir ("… serán liberados a cambio de 1.900 presos"): su
cifra es anunciada, como la primera."""

PLAN_MARKERS = PLAN_MARKERS | frozenset(
    {
        ("debia",),
        ("debian",),
        ("debera",),
        ("deberan",),
        ("tiene", "previsto"),
        ("tenia", "previsto"),
    }
)
"""Un deber o una previsión ante un acto ("Hamás debía liberar a 33 rehenes", "tiene previsto
excarcelar a 200"): el acto está por venir y su cifra es anunciada."""

OFFICE_SPEAKERS = frozenset(
    {"ministro", "ministra", "ministerio", "gobierno", "presidente", "presidenta", "canciller"}
    | {"vicepresidente", "vicepresidenta", "autoridades", "regimen", "ejecutivo"}
)
"""Cargos de gobierno como sujeto de un informe: las excarcelaciones de las que informan son
actos propios, y su cifra es reclamada ("el ministro del Interior informó que 88 presos han
sido excarcelados")."""
# round 10: an earlier occasion named by its place in a series (c-when) ------------------------

EARLIER_OCCASION_WORDS = frozenset({"anterior", "previa", "previo", "precedente", "pasada"})
"""Palabras que sitúan una ocasión antes que la del texto ("la jornada anterior", "la
anterior huelga", "la pasada movilización"). "Última" queda fuera: puede ser la de hoy."""

EARLIER_OCCASION_NOUNS = frozenset(
    {"jornada", "huelga", "paro", "marcha", "protesta", "manifestacion", "movilizacion"}
    | {"convocatoria", "concentracion"}
)
"""Ocasiones que se repiten en una serie de protestas."""
# round 10: the day figures were released (c-when) -----------------------------------------------

RELEASED_FIGURE_VERBS = frozenset(
    {"presentado", "presentada", "presentados", "presentadas", "actualizado", "actualizada"}
    | {"actualizados", "actualizadas", "entregado", "entregada", "entregados", "entregadas"}
)
"""Participios de dar a conocer cifras: tras un nombre de cifras o de documento ("el informe
presentado el jueves", "los datos actualizados el lunes"), la fecha es el día en que salieron
las cifras, no el de lo que cuentan."""

RELEASED_FIGURE_NOUNS = frozenset(
    {"cifras", "cifra", "datos", "dato", "informe", "balance", "recuento", "listado", "lista"}
    | {"comunicado", "boletin", "parte", "resultados", "estimaciones"}
    | {"estadisticas", "estadistica"}  # h-when: "las estadísticas publicadas ayer"
)
"""Nombres de cifras o documentos a los que pueden seguir esos participios."""
# round 10: a superlative before "desde" compares, it opens no period (c-when) ----------------

SUPERLATIVES_BEFORE_SINCE = frozenset(
    {"mayor", "menor", "peor", "mejor", "maximo", "maxima", "minimo", "minima", "record"}
)
"""Palabras que hacen de un "desde X" posterior la última vez que una cifra fue tan alta o
tan baja ("la peor racha de llegadas desde 2015", "el mayor descenso desde que …"): X no es el
comienzo del recuento. "Más" solo con un adjetivo de nivel detrás ("la cifra más alta desde
mayo"), nunca ante "de" y una cifra ("más de 300 desde enero" cuenta desde enero)."""
# ronda 10: el lugar de cada cifra (c-where) --------------------------------------------------

FIGURE_COMMENT_OPENERS: tuple[tuple[str, ...], ...] = (
    ("cifra", "que"), ("cifras", "que"), ("dato", "que"), ("datos", "que"), ("una", "cifra"),
    ("un", "dato"), ("porcentaje", "que"), ("un", "porcentaje"), ("numero", "que"),
    ("una", "tasa"), ("tasa", "que"), ("una", "proporcion"),
)  # fmt: skip
"""Las palabras que abren una cláusula que comenta la cifra recién dicha ("…el 18%, un dato
que subió en Cádiz"): un lugar de esa cláusula no es el de la cifra."""

BREAKDOWN_PHRASES = (
    "por provincias", "por comunidades", "por regiones", "por departamentos", "por estados",
    "por municipios", "por distritos", "por ciudades", "por territorios", "por zonas",
    "provincia por provincia", "por comunidades autonomas",
)  # fmt: skip
"""Frases que reparten una cifra entre lugares ("Por provincias, el gobierno regional
situó …"): sus lugares son partes de un todo y sólo son el lugar de sus propias entradas."""

DISTRIBUTIVE_WORDS = frozenset({"por", "cada", "para"})
"""Palabras que nunca abren el nombre de un lugar ("Por provincia"): reparten, no nombran."""

SECTOR_NAMES: dict[str, str] = {
    "sanidad": "health", "sanidade": "health", "sanitario": "health", "sanitarios": "health",
    "servicio de salud": "health", "servizo galego de saude": "health", "hospitales": "health",
    "ensenanza": "education", "educacion": "education", "educativo": "education",
    "educativos": "education", "docentes": "education", "profesorado": "education",
    "colegios": "education", "universidades": "universities", "justicia": "justice",
    "juzgados": "justice", "conjunto de la administracion": "whole",
    "conjunto de las administraciones": "whole", "administracion local": "local",
    "ayuntamientos": "local", "transporte": "transport", "transportes": "transport",
    "industria": "industry", "construccion": "construction", "comercio": "commerce",
    "agricultura": "agriculture", "banca": "banking",
}  # fmt: skip
"""Frases (plegadas) que nombran el sector de un seguimiento, y su clave (la misma en ambas
lenguas): dos porcentajes de sectores distintos son dos cantidades."""


# round 10: adverbs of later time between a subject and its verb (c-eswrong)
LATER_ADVERBS = frozenset({"luego", "despues", "entonces"})
"""Adverbios de tiempo posterior entre el sujeto y su verbo ("la policía local luego elevó la
cifra"): no son parte del sujeto; habla el que los precede."""

CLAIMANT_REPORT_NOUNS = CLAIMANT_REPORT_NOUNS | frozenset(
    {"calculo", "calculos", "estimacion", "estimaciones"}
)
"""Round 10: también el cálculo que precede a su autor ("la estimación de la policía cifró",
"según cálculos de los bomberos"): habla el autor, no el documento."""

LISTENER_NAMES = frozenset({"efe", "afp", "reuters", "dpa", "ansa", "xinhua", "telam"})
"""Round 10: agencias a las que se cuenta una cifra ("fuentes de la Policía a EFE"): quien
escucha no es parte del nombre de quien habla."""

# round 10: a one-line paragraph's source carried to the next line of figures (c-miss) -------

INFERENCE_VERBS = frozenset({"implica", "implican", "significa", "significan", "supone"})
"""Verbos con los que el medio deduce una cifra propia de las anteriores ("Eso significa que
120 no acudieron"): la frase es cuenta del medio, no dicho de una fuente."""

# round 10: one unnamed person who speaks (c-miss) -----------------------------------------------

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset(
    {"testigo", "superviviente", "sobreviviente", "familiar", "lugareno", "lugarena"}
)
"""Una persona sin nombre que da una cifra ("un testigo dijo que unos 300 …") es su fuente,
como el plural ("los testigos")."""

# round 10 (lead): quien aclaró una cifra la dio ("el ministro aclaró que los muertos eran
# 900"), como quien la explicó o la precisó
SAY_VERBS = SAY_VERBS | frozenset({"aclaro", "aclararon", "aclara", "aclaran", "aclarado"})

# round 11: donde ocurrió una cifra, no de qué trata (e-where) ---------------------------------

GATHER_VERBS = frozenset(
    {"marcharon", "marchan", "marcho", "marchaban", "marchar", "desfilaron", "desfilan"}
    | {"desfilo", "caminaron", "recorrieron", "recorren", "recorrio", "manifestaron"}
    | {"manifestaban", "protestaron", "salieron", "avanzaron", "avanzo", "inundaron"}
    | {"llenaron", "abarrotaron", "desbordaron", "pasaron"}
)
"""Verbos de una multitud en marcha: el lugar de su recorrido ("marcharon el sábado por Roma")
es donde se contó la multitud."""
ROUTE_WORDS = frozenset({"por", "recorriendo"})
"""Palabras de un recorrido tras un verbo de marcha ("desfilaron por", "avanzaron por")."""
WAR_NOUNS = frozenset(
    {"guerra", "guerras", "conflicto", "ofensiva", "invasion", "ocupacion", "genocidio"}
    | {"asedio", "bloqueo", "bombardeo", "bombardeos", "fuego", "tregua", "masacre"}
)
"""Sustantivos de una guerra o de su fin ("alto el fuego"): el lugar tras ellos ("la guerra
en Ucrania") es aquello de lo que trata una causa cuando una palabra de causa los precede."""
CAUSE_WORDS = frozenset(
    {"contra", "alto", "tregua", "poner", "parar", "detener", "frenar", "acabar"}
    | {"pedir", "piden", "pedian", "pidieron", "pidiendo", "exigir", "exigen", "exigian"}
    | {"exigiendo", "reclamar", "reclaman", "reclamando", "solidaridad", "apoyo"}
)
"""Palabras de una demanda o causa ante un sustantivo de guerra ("para pedir un alto el fuego
en la guerra entre …", "contra la invasión de …"): el lugar de la guerra es lo que la multitud
pide, nunca donde se reunió. Ni "fin" ni "no" solos: "tras el fin de la guerra en …" y "los
combates no cesan y la guerra en …" dicen cuándo o qué pasa, no qué se pide."""
WAR_TIES = frozenset({"en", "de", "del", "entre", "sobre", "contra", "y", "e", "la", "el"})
"""Palabras pequeñas entre un sustantivo de guerra y sus lugares ("la guerra entre A y B")."""
CITY_BACK = ("en la ciudad", "por la ciudad", "en la capital", "en esa ciudad")
"""Una multitud "en la ciudad": la ciudad nombrada justo antes, nunca el país por defecto."""
NATION_PART_BEFORE: tuple[str, ...] = (
    "incluidos",
    "incluidas",
    "entre ellos",
    "entre ellas",
    "de ellos",
    "de ellas",
    "de los cuales",
)
"""Palabras tras una coma justo antes de una parte de la cifra del país: "30 muertos en todo
el país, incluidos 12 en Oaxaca" (los 12 son de Oaxaca, h-where)."""
SPREAD_NOUNS = frozenset(
    {"estados", "provincias", "regiones", "departamentos", "municipios", "distritos"}
)
"""Sustantivos en plural de las partes de un país sobre las que se reparte una cifra
("32 muertos en al menos 11 estados", h-where): la cifra es del país, no de un estado."""
SPREAD_COUNT_WORDS = frozenset(
    {"varios", "varias", "diversos", "diversas", "numerosos", "numerosas"}
)
"""Vague counts before `SPREAD_NOUNS` ("in several states", "en varios estados")."""
REGION_BACK = (
    "en la provincia",
    "de la provincia",
    "en toda la provincia",
    "en esa provincia",
    "en el estado",
    "en todo el estado",
    "en ese estado",
)
"""Una cifra "en la provincia" / "en el estado" (en minúscula, sin nombre después): la
provincia o el estado nombrado justo antes, nunca el país por defecto (h-where)."""
ATTACK_NOUNS = frozenset(
    {"bombardeo", "bombardeos", "ataque", "ataques", "aviones", "avion", "drones", "dron"}
    | {"misiles", "misil", "helicopteros", "soldados", "tropas", "fuerzas", "buques"}
)
"""Sustantivos de un ataque o de sus armas: el nombre de un país tras ellos ("los aviones de
EE. UU.") es el atacante, nunca donde se contaron los muertos (con `AGENT_NOUNS`)."""
TRANSFER_VERBS = frozenset(
    {"evacuados", "evacuadas", "evacuado", "evacuada", "trasladados", "trasladadas"}
    | {"trasladado", "trasladada", "hospitalizados", "hospitalizadas", "ingresados"}
    | {"ingresadas", "llevados", "llevadas", "derivados", "derivadas", "transportados"}
)
"""Verbos de mover a los heridos: el lugar tras ellos ("evacuadas a Yola") es adonde llevaron
a los supervivientes, nunca donde ocurrió el balance."""
ORIGIN_WORDS = frozenset(
    {"procedentes", "provenientes", "originarios", "naturales", "oriundos", "desde"}
)
"""Lo que precede al país de donde vino la gente ("migrantes procedentes de Somalia")."""
ORIGIN_PEOPLE = frozenset(
    {"migrantes", "refugiados", "personas", "pasajeros", "nacionales", "ellos", "llegados"}
    | {"venidos", "llegaron", "vinieron", "viajaron", "tren", "autobus", "autobuses"}
)
"""La gente o su viaje ante la palabra de origen ("llegaron desde", "en autobús desde")."""
SEAT_NAMES = frozenset({"centro", "oficina", "agencia", "instituto", "observatorio", "sede"})
"""Núcleos del nombre en mayúsculas de un organismo ("el Observatorio de Salvamento Marino
en Génova"): el lugar tras su "en" es donde está el organismo, no donde se cuenta."""
SPEAKER_BODIES = frozenset({"gobierno", "cancilleria", "presidencia", "autoridades"})
"""Cuerpos que hablan por un país ("el Gobierno de Mali aseguró"): el país del que da la
cifra, nunca donde se contó (con `AGENT_NOUNS`)."""
# round 11: what is counted is what happened to the people (e-what) ---------------------------

PREDICATE_EVENTS: dict[str, str] = {
    "escaparon": "escaped",
    "escapar": "escaped",
    "escapados": "escaped",
    "escapadas": "escaped",
    "fugados": "escaped",
    "fugadas": "escaped",
    "sobrevivieron": "survivors",
    "sobrevivir": "survivors",
    "ingresados": "hospitalized",
    "ingresadas": "hospitalized",
    "sobrevivido": "survivors",
}
"""Ronda 11: verbos que dicen qué les pasó a las personas de una cifra solo como verbo propio
de esa cifra, tras su nombre o justo antes ("9 alumnos escaparon", "sobrevivieron 19
personas"): los cautivos que huyeron y quienes salieron con vida de un desastre se cuentan
aparte, nunca como rehenes ni como muertos. Nunca se leen desde otra parte de la frase."""

RELATIVE_WORDS = frozenset({"que", "quienes", "cuales"})
"""Ronda 11: palabras que abren una relativa que describe a las personas contadas ("40
alumnos que fueron secuestrados")."""

PREDICATE_MARKS = frozenset(
    {"han", "habian", "fueron", "sido", "son", "estan", "ya", "luego", "despues"}
    | {"finalmente", "tambien", "todos", "lograron", "consiguieron", "pudieron"}
)
"""Ronda 11: palabras justo antes del verbo que dice qué les pasó a las personas contadas,
tras una descripción de ellas ("secuestrados en marzo lograron escapar")."""

ONE_WORDS = frozenset({"uno", "una"})
"""Ronda 11: "una" tras una conjunción abre la cifra siguiente ("140 casos y una muerte")."""

SUBJECT_DETERMINERS = SUBJECT_DETERMINERS | frozenset(
    {"algunos", "algunas", "muchos", "muchas", "otros", "otras"}
)
"""Ronda 11: "y algunos …" abre una cláusula sobre parte de las personas, con su propio verbo
("20 mujeres, y algunas escaparon"): no es el verbo de la cifra anterior."""

EVENT_PHRASES = {
    **EVENT_PHRASES,
    ("ingresados", "en", "prision"): "arrests",
    ("ingresadas", "en", "prision"): "arrests",
    ("ingresados", "en", "la", "carcel"): "arrests",
    ("ingresadas", "en", "la", "carcel"): "arrests",
}
"""Ronda 11: "ingresados" solos son hospitalizados ("heridos ingresados"); en prisión o en la
cárcel, detenidos."""

PART_RELATIVES: tuple[tuple[str, ...], ...] = (
    ("de", "las", "cuales"),
    ("de", "los", "cuales"),
    ("de", "ellos"),
    ("de", "ellas"),
)
"""Ronda 11: tras una coma, una relativa que habla de una parte de las personas recién
contadas ("un total de 494 víctimas, de las cuales 18 murieron"): lo que esa cláusula dice
que pasó es de la parte, nunca del total."""

CARE_VERBS: dict[str, str] = {"atendidos": "treated", "atendidas": "treated"}
"""Ronda 11: la atención que reciben las personas de un núcleo genérico es lo que cuenta su
cifra ("unas 3.000 personas son atendidas"); solo para núcleos que dicen "personas", así
que los heridos atendidos siguen siendo heridos."""
# round 11: a count noun of the dead and wounded of a side (e-count) ----------------------------

CASUALTY_NOUNS: dict[str, str] = {"bajas": "casualties"}
"""Las bajas de un bando son sus muertos y heridos ("los rebeldes tuvieron 64 bajas", "elevó a
80 las bajas del bombardeo"): la cifra cuenta personas, con la métrica del inglés "casualties".
El nombre de la cifra, o el que precede a una cifra sin nombre ("el número de bajas ascendió a
57"); nunca palabra del evento de otras cifras ("las temperaturas más bajas")."""
CASUALTY_DETERMINERS = frozenset({"las", "sus", "de", "nuestras", "estas", "esas"})
"""Antes de "bajas", lo hacen nombre y no adjetivo ("las bajas del ejército", "número de
bajas"; no "temperaturas bajas")."""
FATAL_WORDS = frozenset({"mortales", "fatales"})
"""Con "bajas", cuentan muertos ("57 bajas mortales")."""

# round 11: la medida de un modificador compuesto no es una cuenta (e-count) ---------------------

COMPOUND_PEOPLE_UNITS: frozenset[str] = frozenset()
"""El español no une la cifra a su unidad con un guion ("un parlamento de 40 miembros"); la
tabla existe por el nombre compartido."""
# round 11: la fuente propia de una cifra (e-clause) ----------------------------------------

GENERIC_HEADS = {
    **GENERIC_HEADS,
    "agencia": ("agencia", "oficina", "servicio"),
    "oficina": ("oficina", "agencia"),
    "junta": ("junta", "comision", "consejo"),
    "partido": ("partido",),
    "unidad": ("unidad",),
    "red": ("red", "coalicion", "plataforma"),
    "colectivo": ("colectivo", "coalicion", "grupo"),
}
"""Organismos que dan cifras con un nombre de clase ("la agencia de emergencias cifró en",
"el principal partido de la oposición dijo"), como el sindicato o el ministerio."""

REPORT_SOURCES = frozenset({"informes", "estimaciones", "reportes", "versiones", "recuentos"})
"""Sustantivos de informe en plural que, con una palabra que los distingue ("otras
estimaciones", "algunos informes de prensa", "los primeros reportes"), dan una cifra como
fuente anónima propia; nunca la de la oración anterior."""

OFFICIAL_WORDS = frozenset({"oficial", "oficiales"})
OFFICIAL_FIGURES = frozenset(
    {"cifra", "cifras", "balance", "recuento", "conteo", "numero", "datos", "estimacion", "total"}
)
"""Una cifra nombrada como "la cifra oficial de N" (frente a otra en una comparación: "el doble
del balance oficial de 56") es del gobierno, no de quien habla en la oración."""
# round 11: one period, one date (e-when) ---------------------------------------------------------

PLUPERFECT_AUX = frozenset({"habia", "habian"})
"""Round 11: el auxiliar del pluscuamperfecto ("la agencia había cifrado los muertos en …")."""
SET_FIGURE_VERBS = frozenset({"cifrado", "situado", "fijado", "estimado", "calculado", "puesto"})
"""Round 11: verbos que fijan una cifra en un valor ("había cifrado los muertos en 3.080"). En
pluscuamperfecto, seguidos de "en" o de un nombre de cifra antes del número, dan la cifra
anterior de su fuente: la que anuncia el artículo la sustituye, sea cual sea el día de cada
una."""
SET_FIGURE_AT = frozenset({"en"})
"""Round 11: la palabra ante el valor en que se fija una cifra ("cifró los muertos en 45")."""
EARLIER_TIME_WORDS = frozenset({"anteriormente", "previamente", "principios", "comienzos"})
"""Round 11: palabras que sitúan una cifra en pluscuamperfecto antes de la del artículo ("a
principios de semana la agencia había cifrado …"); sin ellas, "había cifrado la marcha en
5.000, mientras los organizadores hablaron de 20.000" es la cifra de un rival."""
THAT_PERIOD = frozenset(
    {("ese", "periodo"), ("este", "periodo"), ("dicho", "periodo"), ("ese", "lapso")}
    | {("esos", "meses")}
)
"""Round 11: un periodo ya nombrado ("entre enero y abril … 6.300 en ese periodo"): la cifra es
de ese periodo, en su frase o en la anterior."""

# round 11: la terminación "-ianos" de personas, como el inglés "-ians" (e-count) --------------

PERSON_SUFFIXES = (*PERSON_SUFFIXES, "ianos", "ianas")
"""También "-ianos" / "-ianas" ("70 milicianos murieron", como "technicians"): con un evento de
personas en su cláusula, un sustantivo no listado así terminado cuenta personas."""

# ronda 11 (lead): una cláusula antepuesta que opone su hablante al de la frase -------------

FRONTED_CONTRAST = (
    ("a", "diferencia", "de"),
    ("al", "contrario", "de"),
    ("contrariamente", "a"),
    ("en", "contra", "de"),
)
"""Comienzos de una cláusula antepuesta que opone su hablante al de la principal ("A
diferencia de lo que sostuvo el ministro, el alcalde contó 31 muertos"): la cláusula acaba en
su primera coma, y su hablante no es la fuente de las cifras que siguen."""

# round 12: un día nombrado por referencia al día nombrado antes (f-when) ---------------------

SAME_DAY = frozenset(
    {("ese", "mismo", "dia"), ("el", "mismo", "dia"), ("aquel", "mismo", "dia"), ("ese", "dia")}
    | {("aquel", "dia"), ("esa", "misma", "jornada"), ("la", "misma", "jornada")}
)
"""Round 12: frases que vuelven a nombrar el día nombrado justo antes ("el ministerio dio 40 el 2
de mayo; una agencia cifró los muertos de ese mismo día en 55"): la cifra es de ese día, no del
día en que salió el texto."""
NEXT_DAY = frozenset(
    {("al", "dia", "siguiente"), ("el", "dia", "siguiente"), ("un", "dia", "despues")}
    | {("un", "dia", "mas", "tarde")}
)
"""Round 12: frases que nombran el día siguiente al nombrado justo antes."""
DAYS_LATER = frozenset({("dias", "despues"), ("dias", "mas", "tarde")})
"""Round 12: las palabras tras un número de días que nombran tantos días después del día
nombrado justo antes ("tres días después")."""
DAY_COUNTS = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7}
"""Round 12: números de días escritos en letras ("dos días después")."""
NOT_THAT_DAY_BEFORE = frozenset({"hasta", "desde", "antes", "despues"})
"""Round 12: palabras (a una o dos de "ese día") que lo hacen el límite de un periodo ("hasta ese
día", "antes de ese día"), no el día contado."""
NOT_NEXT_DAY_AFTER = frozenset({"de", "del", "que", "a", "al"})
"""Round 12: palabras tras "un día después" que nombran el día al que sigue ("un día después de
la votación"): entonces sigue a esa ocasión, no al día nombrado antes."""

# round 12: verbos que fijan o mueven la cuenta de un hecho el día en que se dice (f-when) -------

TOLL_REPORT_VERBS = TOLL_REPORT_VERBS | frozenset(
    """
    actualizaron ascendio aumento cifraron corrigieron elevaron establecio fijaron fijo
    llego rebajaron revisaron situaron subio
    """.split()
)
"""Round 12: más verbos con que se fija o se mueve una cuenta ("la cifra de muertos subió a 60
el lunes", "fijaron el balance en 12 el viernes"): el día de esa oración es el de la
declaración, y la cuenta conserva el día de su hecho."""
LATER_EVENT_NOUNS = frozenset({"explosion", "derrumbe", "estallido", "deslave"})
"""Round 12: nombres de un hecho posterior dentro de la oración de una cuenta ("la cifra subió a
61 tras un derrumbe el miércoles que mató a 5 más"): el día justo después es el de ese hecho."""

# round 12: la cifra de un rival opuesta a la anterior toma su tiempo (f-when) -------------------

CONTRAST_ASIDES = frozenset(
    {("en", "cambio"), ("por", "el", "contrario"), ("sin", "embargo"), ("no", "obstante")}
    | {("por", "su", "parte")}
)
"""Round 12: palabras entre comas tras el sujeto de una oración que oponen su cifra a la que
dio la oración anterior ("Una red de ayuda, en cambio, contó 2.900 detenidos"): sin un tiempo
propio, la cifra es del mismo tiempo que aquella."""
CONTRAST_OPENERS = frozenset({("en", "cambio"), ("por", "el", "contrario"), ("por", "su", "parte")})
"""Round 12: las mismas palabras al abrir la oración, antes del sujeto ("Por su parte, el
sindicato contó 9.000"); "sin embargo" ahí une dos afirmaciones cualesquiera, y no se lee."""

# round 12: el día en que se trasladan los muertos, o un pluscuamperfecto de morir, no es el día
# en que murieron (f-when) ------------------------------------------------------------------------

DEAD_BODY_NOUNS = frozenset({"cuerpos", "cadaveres", "restos"})
"""Round 12: nombres de los muertos tratados después del hecho ("trasladaron los cuerpos de 17")."""
BODY_HANDLING_VERBS = frozenset(
    """
    enterraron exhumaron identificaron llevaron recuperaron rescataron sacaron sepultaron
    trasladaron
    """.split()
)
"""Round 12: verbos de tratar a los muertos ("el miércoles los vecinos llevaron los cuerpos de 17
al ayuntamiento"): el día de la oración es el de ese acto, no el de las muertes, y la cuenta de
muertos conserva el día que el texto da a su hecho."""
PLUPERFECT_AUXES = frozenset({"habia", "habian"})
"""Round 12: el auxiliar del pluscuamperfecto ("habían muerto 31 personas")."""
VICTIM_PARTICIPLES = frozenset(
    {"muerto", "fallecido", "asesinado", "asesinados", "asesinadas", "herido", "heridos"}
)
"""Round 12: participios del daño de un hecho: en pluscuamperfecto ("un comerciante dijo que
habían muerto 31") el daño fue antes del día en que se dijo, y la cuenta conserva el día del
hecho."""
TOLL_REPORT_VERBS = TOLL_REPORT_VERBS | frozenset({"mantuvo", "mantiene", "seguia", "sigue"})
"""Round 12: verbos de una cuenta dicha tal como está ("dijo el jueves que la cifra seguía en 21"):
el día de la oración es el de la declaración."""
DYING_VERBS = frozenset({"murieron", "fallecieron", "mataron", "perecieron", "ahogaron"})
"""Round 12: verbos pasados de morir: una oración que trata a los muertos y tiene uno
("trasladaron los cuerpos de 9 que murieron esa mañana") puede fechar muertes de su propio día, y
no se lee como un día posterior de traslado."""

# round 12: los verbos que hacen de un día antepuesto el día de la declaración (f-when) ----------

TELLING_VERBS = frozenset(
    """
    afirmo afirmaron anuncio anunciaron aseguro aseguraron comunico declaro declararon detallo
    dijo dijeron explico indico informo informaron preciso publico reporto revelo senalo
    senalaron
    """.split()
)
"""Round 12: verbos de decir solamente (no de contar ni de actuar: "contó", "detuvo"): un día
que abre su cláusula y al que sigue uno ("El martes, el personal de la agencia dijo …") es el
día de la declaración, no el de lo declarado."""

# round 12: actos que crean un nivel de víctimas de un hecho (f-when) ---------------------------

ACT_OF_LEVEL_VERBS = ACT_OF_LEVEL_VERBS | frozenset({"desaparecieron", "ahogaron"})
"""Round 12: actos que dejan personas desaparecidas ("decenas se ahogaron cuando la barca se hundió
el jueves"): la cuenta de desaparecidos se fecha por el acto, como la de un secuestro."""
DAY_NOUNS = frozenset({"dia", "dias", "jornada"})
"""Round 12: los nombres que tiene toda frase de un día nombrado por referencia (`SAME_DAY`,
`NEXT_DAY`, `DAYS_LATER`): una oración sin ninguno no se lee para ellas."""
# ronda 12: el lugar del que trata una cifra (f-where) ----------------------------------------

UNION_NAMES = ("la union europea", "union europea", "la ue")
"""Ronda 12: una unión de Estados por su nombre: donde la gente llegó, cruzó o fue contada
("entraron en la UE", "solicitudes de asilo en la Unión Europea"), un área mayor que un país
como `WORLD_REGIONS` (folded, minúsculas). Toda forma se muestra como `UNION_SHOWN`."""
UNION_SHOWN = "European Union"
"""Ronda 12: el nombre único con que se da el ámbito de una unión (como los países del
nomenclátor, en su forma inglesa)."""
ARRIVAL_TIES = ("llegaron a ", "cruzaron a ", "accedieron a ", "ingresaron a ")
"""Ronda 12: verbos de llegar a un lugar, justo antes de él ("ingresaron a Chile"): el lugar al
que llegó la gente es donde se cuenta."""
RECEIVE_VERBS = frozenset({"recibio", "recibe", "acogio", "admitio"})
"""Ronda 12: verbos cuyo lugar sujeto acoge a la gente ("la UE recibió 1,8 millones"): el lugar
que recibe es donde está la cifra, como `PLACE_HOLD_VERBS`."""
NATIONALS_ABROAD = (
    "fuera de su pais",
    "fuera de su tierra",
    "fuera del pais",
    "en el exterior",
    "en el extranjero",
)
"""Ronda 12: una cifra de nacionales fuera de su país, vivan donde vivan ("3 millones de
ciudadanos residen en el extranjero"): no se dice dónde residen, así que tampoco hay lugar por
defecto; un lugar que la cláusula ata a la cifra sigue siendo su ámbito."""
BODY_NAME_NOUNS = frozenset(
    {"departamento", "ministerio", "oficina", "agencia", "servicio", "instituto", "consejo"}
    | {"comision", "comite", "autoridad", "universidad", "policia", "bomberos", "direccion"}
)
"""Ronda 12: sustantivos que encabezan el nombre de un organismo ("el Instituto Nacional de
Estadística"): escritos con mayúscula en medio de la frase, lo que sigue es su nombre, nunca el
de un pueblo."""
MEDIA_NOUNS = frozenset(
    {"diario", "periodico", "rotativo", "semanario", "cadena", "emisora", "televisora"}
    | {"tabloide"}
)
"""Ronda 12: sustantivos que nombran un medio ("el diario", "una emisora"): el lugar tras "en"
justo después es donde está el medio ("un diario en Londres publicó"), nunca donde cuenta la
cifra que publica."""
EMIGRATION_WORDS = frozenset({"emigrados", "emigrantes", "emigrado", "emigraron", "expatriados"})
"""Ronda 12: palabras de quienes dejaron su país ("habían emigrado 2 millones"), en la cláusula
de la cifra: como `NATIONALS_ABROAD`, sin lugar de residencia ni lugar por defecto."""
# round 12: el imperfecto de los verbos de decir (f-pair) ------------------------------------

SAY_IMPERFECT = frozenset(
    f"{stem}{end}"
    for stem in (
        "inform",
        "report",
        "senal",
        "indic",
        "afirm",
        "asegur",
        "denunci",
        "explic",
        "declar",
        "precis",
        "detall",
        "habl",
    )
    for end in ("aba", "aban")
) | frozenset({"decia", "decian", "sostenia", "sostenian"})
"""Ronda 12: quien "declaraba", "aseguraba" o "decía" que eran tantos da esa cifra como quien
"declaró" o "dice": el imperfecto cuenta como verbo de decir ("Mientras la fiscalía hablaba
de 31, el ayuntamiento declaraba que eran 35"). Solo los verbos de decir: los de registrar o
calcular en imperfecto ("un informe … registraba") describen a menudo un documento."""
SAY_VERBS = SAY_VERBS | SAY_IMPERFECT

# ronda 12: quienes hablan como grupo, sin nombre (f-pair) -------------------------------------

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset(
    {"pobladores", "lugarenos", "aldeanos", "sobrevivientes", "supervivientes", "pescadores"}
    | {"campesinos", "comuneros", "moradores", "lugarenas"}
)
"""Ronda 12: la gente sin nombre de un lugar que da una cifra ("los pobladores dijeron que
eran 40") es su fuente, aparte de todo organismo con nombre."""

# ronda 12: el nivel de un cargo junto a su título (f-pair) -----------------------------------

TITLE_LEVELS = frozenset(
    {"regional", "provincial", "local", "estatal", "municipal", "departamental", "federal"}
    | {"interino", "interina", "adjunto", "adjunta"}
)
"""Ronda 12: palabras que dan el nivel de un cargo junto a su título ("el gobernador
provincial", "la alcaldesa interina"): la frase sigue siendo el título de una sola persona."""

# ronda 12: "de acuerdo al", "conforme al": la contracción de "a el" (f-pair) ----------------

ACCORDING = (*ACCORDING, ("de", "acuerdo", "al"), ("conforme", "al"))
"""Ronda 12: "de acuerdo al ministerio" es "de acuerdo a el ministerio": la contracción abre
la fuente como la forma sin contraer."""
PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"gremios", "gremiales", "sindicales"})
"""Ronda 12: "los gremios estimaron que …": los sindicatos por su otro nombre hablan como
ellos."""

# sesión 9 (lead): cifras que son parte de un grupo ya contado --------------------------------

SUBSET_PREDICATES: tuple[tuple[str, ...], ...] = (
    ("estan", "entre"),
    ("estaban", "entre"),
    ("figuran", "entre"),
    ("figuraban", "entre"),
    ("se", "cuentan", "entre"),
    ("se", "encuentran", "entre"),
)
"""Un predicado que hace de las cifras de su sujeto una parte de un grupo ya contado ("Ocho
mujeres y tres niños figuran entre los heridos"): va después de las cifras, donde
`SUBSET_OPENERS` ("entre los muertos hay …") va antes."""
SUBSET_OF = frozenset({("de", "los"), ("de", "las")})
"""Palabras entre una cifra y un sustantivo de personas que hacen de la cifra una parte de ese
grupo ("Cinco de los heridos siguen graves"), si no les sigue un número ("12 de los 40
pasajeros" se lee aparte). Antes de una cifra nombran un todo ("de los 25 muertos, 12 …"), y
abren un subconjunto solo al comienzo de la frase (`part_cues._OF_THE`)."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset(
    """
    abogado activista agricultor agricultores bombero bomberos brigadista brigadistas campesino
    campesinos comerciante comerciantes concejal concejales conductor diputado diputados edil
    ediles enfermera enfermero enterrador estudiante familiar familiares forense forenses
    legislador legisladores medico medicos parroco pescador pescadores rescatista sacerdote
    senador senadores sepulturero sobreviviente sobrevivientes socorrista superviviente
    supervivientes testigo vecina vecino voluntario voluntarios
    """.split()
)
"""Sesión 9 (lead): quienes dan una cifra por su oficio o su papel, uno o muchos ("un concejal
aseguró", "el forense dijo", "los pescadores contaron"): la fuente de la cifra, sin nombre,
como "un testigo dijo". Solo sustantivos de personas, nunca de un organismo (el sustantivo de
un organismo es un núcleo genérico que nombra al organismo ya citado)."""

# ronda 12 (f-where): adónde huyó la gente ----------------------------------------------------

FLIGHT_TIES = (
    "huyeron a ",
    "huyeron hacia ",
    "han huido a ",
    "escaparon a ",
    "huyeron a la vecina ",
    "huyeron al vecino ",
    "han huido a la vecina ",
    "han huido al vecino ",
)
"""Ronda 12: lo que precede al lugar adonde huyó la gente ("huyeron a la vecina Colombia"): su
destino es donde se la cuenta, nunca el lugar de los combates que dejó."""
# ronda 12: una serie de informes por su periodo (f-pair) -------------------------------------

REPORT_SERIES = frozenset({"diario", "diaria", "semanal", "mensual", "quincenal"})
"""Ronda 12: el periodo que hace de un documento una serie ("el reporte diario"): habla con una
etiqueta genérica propia, aparte de todo organismo nombrado antes."""
REPORT_SERIES_NOUNS = DOCUMENT_NOUNS | frozenset({"reporte", "boletin", "parte", "balance"})
"""Ronda 12: los documentos que salen como serie ("el parte diario", "el boletín semanal")."""
# ronda 12 (f-count): una cifra opuesta a otra, y quienes dejaron su país ---------------------

SET_AGAINST_CUES = (
    ("frente", "a"),
    ("contra",),
    ("comparado", "con"),
    ("comparados", "con"),
    ("en", "comparacion", "con"),
    ("por", "debajo", "de"),
    ("por", "encima", "de"),
    ("lejos", "de"),
    ("en", "lugar", "de"),
    ("en", "vez", "de"),
    ("respecto", "a"),  # sesión 10: "120 casos, respecto a 95 la semana anterior"
    ("respecto", "de"),
)
"""Ronda 12: palabras que oponen una cifra a otra contada antes ("210 fallecidos, frente a los
245 que lista el hospital"). La cifra que sigue sin sustantivo propio cuenta lo mismo que la
anterior."""
SET_AGAINST_NEXT = frozenset(
    """
    anunciada anunciadas anunciado anunciados citados contabilizados de del difundidos dados
    en estimados que registrados reportados segun
    """.split()
) | frozenset({"y", "e", "hace", "antes"})  # sesión 10: "42 de malaria contra 15 y 24 de …"
"""Ronda 12: palabras que pueden seguir a la cifra opuesta cuando se omite su sustantivo: una
preposición, un relativo o un participio de informe ("frente a los 900 del parte diario")."""
EMIGRANT_NOUNS = frozenset({"emigrados", "emigrantes", "emigradas", "expatriados"})
"""Ronda 12: personas que dejaron su país: una cuenta de personas, los migrantes del registro."""
PURPOSE_LINKS = frozenset({"para", "a"})
"""Ronda 12: la palabra que abre el propósito de un verbo de llegada ("llegaron para marchar")."""
PURPOSE_EVENTS = {
    **dict.fromkeys(["manifestarse", "protestar", "marchar", "manifestar"], "protesters"),
    "votar": "voters",
}
"""Ronda 12: propósitos que dicen qué cuenta la gente que llegó: quienes vinieron a protestar
son manifestantes, no llegadas a un país."""
PERSON_NOUNS = PERSON_NOUNS | EMIGRANT_NOUNS
ABROAD_AFTER = (
    ("viviendo", "fuera"),
    ("que", "viven", "fuera"),
    ("residiendo", "fuera"),
    ("fuera", "de", "su", "pais"),
    ("en", "el", "exterior"),
    ("en", "el", "extranjero"),
    ("viviendo", "en", "el", "exterior"),
    ("viviendo", "en", "el", "extranjero"),
    ("que", "viven", "en", "el", "exterior"),
    ("que", "viven", "en", "el", "extranjero"),
    ("residentes", "en", "el", "exterior"),
    ("residentes", "en", "el", "extranjero"),
)
"""Ronda 12: palabras tras las personas contadas que las sitúan fuera de su país ("2 millones
de connacionales viviendo en el exterior"): la cifra cuenta emigrantes (una existencia)."""
NOBODY_WORDS = frozenset({"nadie"})
"""Ronda 12: palabras que dicen que ninguna persona."""
NO_WORDS = NO_WORDS | NOBODY_WORDS
ZERO_DEATH_NOUNS = frozenset({"muerte", "victima", "fallecimiento", "deceso"})
"""Ronda 12: sustantivos singulares de una muerte tras "ningún/ninguna" ("ninguna muerte"):
la cifra 0. "Víctima" cuenta aquí solo tras "ninguna", no sola."""
ZERO_AUXILIARIES = frozenset({"ha", "habia", "hubiera", "haya", "resulto", "fue"})
"""Ronda 12: palabras entre "nadie" y su verbo ("nadie había muerto")."""
ZERO_DEATH_VERBS = frozenset(
    {"murio", "muerto", "muerta", "fallecio", "fallecido", "murieron", "perecio", "muriera"}
)
"""Ronda 12: verbos de morir tras "nadie": "nadie murió" es la cifra 0 de quien lo dice."""
CAUSE_LINKS = frozenset({"por"})
"""Ronda 12: la palabra que da la causa de cada elemento de una lista ("1.450 por bombardeos"):
en una lista bajo una cifra contada, cada elemento cuenta lo mismo que el primero."""

# ronda 12: un hablante con varios nombres; revisiones sin figuras vecinas (f-same) ------------

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset(
    {"blogs", "blogueros", "webs", "portales", "tuiteros", "comentaristas", "influencers"}
)
"""Ronda 12: voces sin nombre en la red ("Algunos blogs afirmaron 2 millones"): el sujeto de
su propia frase habla por la cifra, tal como está escrito; nunca la fuente de la frase de
antes, ni por tanto su revisión."""
SOURCE_QUANTIFIERS = frozenset(
    {"algunos", "algunas", "varios", "varias", "diversos", "diversas", "muchos", "muchas"}
)
"""Ronda 12: palabras que abren una fuente plural sin nombre y no son parte de él ("algunos
blogs" se escribe "blogs")."""
MEDIUM_AFTER_SAY: frozenset[str] = frozenset()
"""Sesión 13 (h-who-en): ninguna en español, donde el sujeto sigue al medio ("dijo en rueda de
prensa el ministro")."""
SAID_MEDIUMS: tuple[tuple[str, ...], ...] = (
    ("en", "rueda", "de", "prensa"),
    ("en", "una", "rueda", "de", "prensa"),
    ("en", "conferencia", "de", "prensa"),
    ("en", "una", "conferencia", "de", "prensa"),
    ("en", "un", "comunicado"),
    ("mediante", "un", "comunicado"),
    ("en", "un", "boletin"),
    ("en", "su", "informe"),
    ("en", "un", "informe"),
    ("en", "sus", "redes", "sociales"),
)
"""g-who: cómo lo dijo la fuente, entre un verbo de decir invertido y su sujeto ("precisó en
rueda de prensa el ministro"): nunca parte de quién lo dice."""
BODY_PRONOUNS: frozenset[str] = frozenset()
"""g-who: el español omite el sujeto; ningún pronombre nombra un cuerpo."""
PERSON_PRONOUNS = frozenset({"él", "ella"})
"""Ronda 12: pronombres que nombran a una persona, nunca a un grupo ("los funcionarios")."""
CORRECTING_VERBS = frozenset(
    {"corrige", "corrigio", "corrigen", "corrigieron", "rectifica", "rectifico", "revisa"}
    | {"reviso", "actualiza", "actualizo", "enmienda", "enmendo", "reemplaza", "reemplazo"}
    | {"sustituye", "sustituyo", "rebaja", "rebajo", "eleva", "elevo", "supera"}
)
"""Ronda 12: verbos con los que una cifra nueva deja atrás otra publicada antes ("el nuevo
recuento enmienda el número difundido en abril, cuando la red contaba 450")."""
GIVEN_PARTICIPLES = frozenset(
    {"publicada", "publicado", "difundida", "difundido", "dada", "dado", "anunciada"}
    | {"anunciado", "ofrecida", "ofrecido", "divulgada", "divulgado", "entregada", "entregado"}
    | {"facilitada", "facilitado", "informada", "informado"}
)
"""Ronda 12: participios tras el sustantivo de una cifra que la hacen una dada antes ("la
cifra publicada en mayo")."""
EARLIER_RELATIVES = frozenset({"cuando", "donde"})
"""Ronda 12: palabras que abren el relato de una cifra publicada antes ("…, cuando la red
contaba 450"): la cifra que sigue es esa anterior."""
CUT_OFF_WORDS = frozenset({"a", "al", "hasta"})
"""Ronda 12: palabras ante la hora hasta la que cuenta una cifra parcial del día ("a las 14
horas", "hasta las 15.00", "al mediodía")."""
NOON_WORDS = frozenset({"mediodia"})
"""Ronda 12: el mediodía como hora de corte."""
HOUR_WORDS = frozenset({"horas", "h", "hs", "hrs"})
"""Ronda 12: palabras tras una hora que la hacen una hora del reloj ("a las 14 horas")."""
UP_TO_WORDS = frozenset({"hasta"})
"""Ronda 12: palabras de corte que nombran un final, nunca la hora de un dicho ("hasta el
mediodía")."""
FINAL_WORDS = frozenset({"final", "finales", "definitiva", "definitivas", "definitivo"})
"""Ronda 12: palabras que hacen de una cifra la última de un recuento ("la participación
definitiva fue del 58 %"): reemplaza la cifra anterior de la misma fuente."""
FINAL_NOUNS = FIGURE_NOUNS | frozenset({"participacion", "resultado", "resultados"})
"""Ronda 12: sustantivos a los que una palabra final hace reemplazo ("cifra definitiva",
"participación final")."""

# sesión 9 (lead): una cifra que resulta de un cálculo no es una revisión -------------------

CALCULATION_WORDS = frozenset(
    {"multiplicado", "multiplicada", "multiplico", "multiplicaron", "multiplicar", "resultante"}
)
"""Palabras de un cálculo en la cláusula de una cifra final ("con el recuento base multiplicado
por 1,5, la cifra final fue de 5.100"): la cifra final es el resultado de un cálculo a partir
de la anterior, nunca su revisión."""

# --- sesión 10 (lead): quienes acuden a ayudar no son a quienes cuenta un balance ---

RESPONDER_NOUNS = frozenset(
    {"rescatistas", "rescatadores", "socorristas", "bomberos", "brigadistas", "voluntarios"}
    | {"militares", "soldados", "efectivos", "uniformados", "buzos", "paramedicos"}
)
"""Quienes acuden a ayudar: "más de 500 rescatistas buscan a los desaparecidos" cuenta
rescatistas, nunca a los desaparecidos de su frase (su propio verbo decide: "murieron dos
bomberos")."""
RESPONDER_MODIFIERS = frozenset({"rescate", "emergencia", "emergencias", "socorro", "auxilio"})
"""Palabras tras "equipos", "agentes" o "personal" que los hacen socorristas ("equipos de
rescate")."""
RESPONDER_HEADS = frozenset({"equipos", "agentes", "personal", "trabajadores", "brigadas"})
SEAT_HOLDERS = frozenset(
    {"delegados", "delegadas", "escanos", "diputados", "diputadas", "concejales", "senadores"}
    | {"representantes", "consejeros", "vocales", "parlamentarios", "legisladores"}
)
"""Quienes ocupan escaños en un órgano ("30 de los 37 delegados", "120 diputados"): los hechos
de su frase (una huelga que convocó su sindicato) no son lo que cuentan (sesión 13,
`counted_members`); su propio verbo sí ("12 diputados fueron detenidos")."""
PERSON_NOUNS = PERSON_NOUNS | RESPONDER_NOUNS
# sesión 10 (g-metric): los casos de una enfermedad conservan su nombre ---------------------

DISEASE_NAMES: tuple[tuple[str, ...], ...] = tuple(
    tuple(name.split())
    for name in (
        "antrax", "carbunco", "gripe aviar", "varicela", "chikungunya", "colera", "covid",
        "coronavirus", "dengue", "difteria", "ebola", "gripe", "hepatitis", "influenza",
        "fiebre de lassa", "leptospirosis", "malaria", "paludismo", "marburgo", "sarampion",
        "meningitis", "viruela del mono", "viruela simica", "mpox", "paperas", "peste",
        "neumonia", "polio", "poliomielitis", "rabia", "rubeola", "viruela", "tuberculosis",
        "tifoidea", "fiebre tifoidea", "tos ferina", "tosferina", "fiebre amarilla", "zika",
        "hantavirus", "legionela", "legionelosis", "listeria", "listeriosis", "salmonela",
        "salmonelosis", "escarlatina", "tetanos", "oropouche", "fiebre del nilo",
    )
)  # fmt: skip
"""Enfermedades que una cifra de casos puede nombrar ("210 casos de dengue"): la cifra conserva
la enfermedad en las palabras con que se cuenta, para que los casos de una no se lean como los de
otra ("210 casos de dengue contra 35 de paludismo")."""

DISEASE_METRIC_KEYS: dict[str, str] = {
    "antrax": "anthrax", "carbunco": "anthrax", "gripe aviar": "avian flu",
    "varicela": "chickenpox", "colera": "cholera", "difteria": "diphtheria", "gripe": "influenza",
    "fiebre de lassa": "lassa fever", "paludismo": "malaria", "marburgo": "marburg",
    "sarampion": "measles", "viruela del mono": "mpox", "viruela simica": "mpox",
    "paperas": "mumps", "peste": "plague", "neumonia": "pneumonia", "poliomielitis": "polio",
    "rabia": "rabies", "rubeola": "rubella", "viruela": "smallpox", "tifoidea": "typhoid",
    "fiebre tifoidea": "typhoid", "tos ferina": "whooping cough", "tosferina": "whooping cough",
    "fiebre amarilla": "yellow fever", "legionela": "legionnaires",
    "legionelosis": "legionnaires", "listeriosis": "listeria", "salmonela": "salmonella",
    "salmonelosis": "salmonella", "escarlatina": "scarlet fever", "tetanos": "tetanus",
    "fiebre del nilo": "west nile fever",
}  # fmt: skip
"""Sesión 10 (g-cases): el nombre (el inglés) con que se cuentan los casos de una enfermedad,
para que "casos de sarampión" y "measles cases" sean una métrica, `cases:measles`, y los casos
de dos enfermedades nunca sean rivales. Un nombre que no está es su propia clave ("dengue")."""

DISEASE_CASE_HEADS = frozenset({"contagios", "contagio"})
"""La ronda 8 dejó "contagios" fuera de `cases` (una falsa alarma de `scan` en test): solo con su
enfermedad nombrada ("40 contagios de sarampión") es la cifra de casos."""

_STOCK_TENSES = {
    "siguen": ("seguian", "siguieron", "sigue", "seguia"),
    "permanecen": ("permanecian", "permanecieron", "permanece", "permanecia"),
    "continuan": ("continuaban", "continuaron", "continua", "continuaba"),
}
STOCK_PHRASES = STOCK_PHRASES + tuple(
    (form, *phrase[1:]) for phrase in STOCK_PHRASES for form in _STOCK_TENSES.get(phrase[0], ())
)
"""Sesión 10: un nivel de personas retenidas se dice en todos los tiempos ("más de 60 personas
seguían detenidas", "permanecían en prisión"), no solo en presente: el verbo de seguir,
permanecer o continuar en pasado o en singular hace de la cifra un nivel, no las detenciones."""

RISE_TO_WORDS = frozenset({"hasta"})
"""Sesión 10: "hasta" justo tras un verbo de subida o de nivel ("el recuento ascendió hasta
2.410", "se elevó hasta 812") dice a qué nivel llegó la cuenta, no un tope: la cifra es exacta."""

THIS_TIME_WORDS = frozenset({"este", "esta", "el", "la"})
DAY_PART_WORDS = frozenset({"manana", "tarde", "noche", "madrugada", "finde"})
"""Sesión 10: un día nombrado desde hoy justo tras una cifra ("subió a 47 este martes", "esta
semana", "el lunes", "la semana pasada"): la cifra no tiene sustantivo propio."""

SUSPECT_WORDS = frozenset(
    {"sospechosos", "sospechosas", "sospechoso", "sospechosa", "probables", "probable"}
    | {"posibles", "presuntos", "presuntas"}
)
LISTED_CONFIRM_WORDS = frozenset({"confirmados", "confirmadas"})
"""Sesión 10: una cifra que sus propias palabras llaman sospechosa o probable ("12
sospechosos", "casos sospechosos o confirmados") es dicha, no confirmada por el verbo de estatus
de su oración (`status_own`)."""
OWN_REPORTED_WORDS = frozenset({"reportados", "reportadas", "presuntamente", "supuestamente"})
"""Sesión 10: el participio de informe propio de una cifra ("los 26 muertos reportados antes
por el consejo"): se informó, confirme lo que confirme otra cláusula."""
CONFIRMED_STATES = frozenset({"muertos", "muertas", "fallecidos", "fallecidas", "heridos"})
"""Sesión 10: lo que "confirmados" dice de las personas de una cifra ("25 personas confirmadas
muertas"): sus propias palabras confirman la cuenta."""

STATUS_INFINITIVES = {
    **STATUS_INFINITIVES,
    **dict.fromkeys(("acreditar", "certificar", "corroborar"), Status.CONFIRMED),
}
"""Sesión 10: los demás verbos de comprobación de `STATUS_VERBS` tras una perífrasis ("logró
corroborar 80 de los casos")."""

HAVE_PARTICIPLE = frozenset(
    """
    tiene tienen tenia tenian tenemos tuvo lleva llevan llevaba llevaban llevamos
    """.split()
)
"""Sesión 10: tener y llevar ante un participio son un perfecto ("el observatorio lleva
registrados 45 asesinatos", "la Fiscalía tiene contabilizadas 120 muertes"): quien lleva la
cuenta la registró, el participio no describe un sustantivo."""

FUNCTION_WORDS = FUNCTION_WORDS | frozenset({"despues", "antes"})
"""Sesión 10: "después de" / "antes de" tras una cifra no son su sustantivo ("ascendió hasta
3.120 después de una noche de disturbios": el sustantivo se omitió)."""

COPULA_LEVELS = frozenset({"eran", "era", "fueron", "fue", "son", "es"})
"""Sesión 10: "ser" entre una cifra y su sujeto lejano ("los evacuados en los albergues eran
3.200", "los votos nulos fueron 160.700"): la cifra cuenta el núcleo del sujeto
(`counted_subject`)."""
VOTED_RELATIVES = frozenset({"votaron"})
"""Sesión 10: "quienes votaron fueron N": los votantes."""

AMONG_THE: tuple[tuple[str, ...], ...] = (("entre", "los"), ("entre", "las"))
"""Sesión 10: "85 activistas estaban entre los 3.100 presos liberados": la cifra del todo no
corta el sintagma verbal de la parte; el suceso de después dice qué cuenta."""
# session 10 (g-count): places left out of a count; a place's population is no count ----------

OUTSIDE_CUES = (
    ("fuera", "de"),
    ("fuera", "del"),
    ("mas", "alla", "de"),
    ("mas", "alla", "del"),
    ("aparte", "de"),
    ("aparte", "del"),
    ("al", "margen", "de"),
    ("excepto",),
    ("excepto", "en"),
    ("salvo",),
    ("salvo", "en"),
    ("sin", "contar"),
    ("sin", "incluir"),
)
"""Words right before a place that leave it out of the count of their clause ("14 muertos
fuera de la provincia de Huelva", "Fuera de Sevilla, las lluvias dejaron seis fallecidos"):
the figure is not that place's toll (folded words)."""
OUTSIDE_FILLERS = frozenset(
    {"la", "el", "los", "las", "provincia", "ciudad", "estado", "municipio", "departamento"}
    | {"region", "comunidad", "condado", "localidad", "de", "del"}
)
"""Words that may stand between a cue of `OUTSIDE_CUES` and its place ("fuera de la provincia
de Huelva")."""
SETTLEMENT_NOUNS = frozenset(
    {"ciudad", "localidad", "pueblo", "poblado", "villa", "aldea", "municipio", "isla", "pais"}
    | {"provincia", "comarca", "region", "capital", "urbe", "comuna", "parroquia", "barrio"}
    | {"distrito", "nacion", "estado", "caserio", "ciudadela", "metropoli"}
)
"""Nouns of a place whose size in people ("una ciudad de 300.000 habitantes") is its
population, not a count of people something happened to."""
RESIDENT_NOUNS = frozenset({"habitantes", "vecinos", "almas", "pobladores", "residentes"})
"""Nouns of the people who live in a place: with a verb of having ("cuenta con 38.000
habitantes") or after "de" in an aside ("El pueblo, de unos 2.000 vecinos,"), a population."""
POPULATION_PEOPLE = RESIDENT_NOUNS | frozenset({"personas", "ciudadanos"})
"""Nouns a population may be written with after a settlement noun ("un pueblo de 1.200
personas"); another noun ("una ciudad de 5.000 desplazados") keeps the figure a count."""
POPULATION_HEADS = (("poblacion", "de"), ("poblaciones", "de"))
"""Words right before a figure (and its hedge) that make it a population ("una población de
unos 90.000")."""
HAVING_VERBS = frozenset(
    {"tiene", "tenia", "cuenta", "contaba", "alberga", "albergaba", "con", "suma", "sumaba"}
)
"""Verbs of having before a figure of `RESIDENT_NOUNS` ("cuenta con 38.000 habitantes",
"Lorca, con 90.000 habitantes"): a population."""
CAPACITY_NOUNS = frozenset({"capacidad", "capacidades", "espacio", "cupo", "aforo", "cabida"})
"""Nouns of room for people: before "para" / "de" and a figure ("con capacidad para 600
personas", "un aforo de 5.000"), the size of a place, never a count (session 13,
`capacities`)."""
CAPACITY_PLACES = frozenset(
    {"albergue", "albergues", "refugio", "refugios", "camas", "plazas", "catres", "carpas"}
    | {"literas", "asientos"}
)
"""Places or beds for people: before "para" and a figure ("albergues para 600 personas",
"camas para 1.200"), how many they can take, never a count (session 13)."""
HOUSING_VERBS = frozenset(
    {"albergar", "resguardar", "acoger", "alojar", "atender", "recibir", "hospedar"}
    | {"cobijar", "ubicar"}
)
"""Verbs of taking people in: after a modal or a noun of room ("capacidad para albergar a
600", "puede acoger a 300"), a capacity (session 13)."""
CAPACITY_MODALS = frozenset({"puede", "pueden", "podra", "podran", "podria", "podrian", "capaz"})
"""Words before a verb of `HOUSING_VERBS` that make it what a place could take."""
PLANNING_VERBS = frozenset({"preparado", "preparados", "preparada", "preparadas", "previsto"})
"""Words of readiness before "para" and a figure ("preparados para 5.000 personas"): the
number expected, never a count (session 13)."""
EXPECTED_SIZES = frozenset({"multitud", "asistencia", "afluencia"})
"""Nouns between a word of readiness and its figure."""
ELIDED_EVENTS: dict[str, str] = {
    **dict.fromkeys(["varados", "varadas"], "stranded"),
    **dict.fromkeys(["atrapados", "atrapadas"], "trapped"),
    "cruzado": "migrants",
    "huido": "displaced",
}
"""Participles that say what a figure with no noun counts ("4.000 habían cruzado", "800
quedaron varados"), besides the event words and `GENERIC_EVENTS`."""
NEIGHBOUR_TIES = (
    "en la vecina ",
    "en el vecino ",
    "en las vecinas ",
    "en los vecinos ",
    "en la cercana ",
    "en el cercano ",
)
"""Ties to a place with an adjective of nearness between ("otras cuatro fallecieron en la
vecina Extremadura"): the place is still the figure's."""
SUBGROUP_WORDS = frozenset(
    {"extranjeros", "extranjeras", "locales", "nacionales", "internacionales", "foraneos"}
)
"""Words after a noun of people that name a part of a wider group ("35 rehenes extranjeros"):
the figure counts what the noun counts, as a part of that group."""
FLED_VERBS = frozenset(
    {"huyeron", "huyen", "huye", "huido", "huyendo", "huian", "escaparon", "escapando"}
    | {"escapado", "escapan"}
)
"""Verbos de huida: el lugar de lo que la gente huyó ("que escaparon de los enfrentamientos en
la vecina Sudán") es de donde viene, nunca donde se la cuenta."""
FLED_SMALL = frozenset(
    {"la", "el", "los", "las", "de", "del", "en", "vecina", "vecino", "cercana", "cercano"}
    | {"violencia", "combates", "enfrentamientos", "ataques", "persecucion", "sus", "hogares"}
    | {"norte", "sur", "este", "oeste", "centro"}
)
"""Palabras entre un verbo de huida y el lugar del que se huyó ("escaparon de los
enfrentamientos en")."""
FLED_CAUSES = frozenset({"violencia", "combates", "enfrentamientos", "ataques", "persecucion"})
"""Sustantivos de lo que se huyó ("escaparon de los enfrentamientos en"): el lugar tras ellos
es suyo."""
ATTACKER_NOUNS = frozenset(
    {"secuestradores", "atacantes", "asaltantes", "terroristas", "pistoleros", "yihadistas"}
    | {"captores", "sicarios", "agresores"}
)
"""Sustantivos de quienes cometieron un ataque: sus muertos ("27 secuestradores cayeron durante
el rescate") no son parte del saldo de sus víctimas ni su rival: una cuenta propia,
`attackers_killed`."""
PERSON_NOUNS = PERSON_NOUNS | ATTACKER_NOUNS
"""Session 10: attackers are people counted (their own dead, `attackers_killed`)."""

FORCE_NOUNS = frozenset(
    {"soldados", "militares", "policias", "agentes", "guardias", "uniformados", "efectivos"}
    | {"carabineros", "gendarmes", "marinos", "reclutas", "escoltas", "paramilitares"}
)
"""Sesión 11: sustantivos de las fuerzas de seguridad; sus muertos o heridos son una cuenta
propia (``deaths:security-forces``, `subgroups.forces_hit`)."""
MEMBER_NOUNS = frozenset({"miembros", "integrantes", "elementos"})
"""Sustantivos de pertenencia que nombran a las fuerzas si siguen "de" y una fuerza."""
FORCE_WORDS = frozenset(
    {"ejercito", "policia", "guardia", "fuerzas", "armada", "marina", "militares"}
    | {"carabineros", "gendarmeria", "milicia"}
)
"""Palabras de una fuerza tras "miembros de" ("miembros de la Guardia Nacional")."""
PART_OF_WHICH = (("de", "las", "cuales"), ("de", "los", "cuales"))
"""Palabras que abren una parte de la cifra anterior ("52.000 solicitudes, de las cuales el
70% …"): si esa cifra cuenta cosas, la parte también."""
RESPONSE_WORDS = frozenset({"rescate", "busqueda", "socorro", "salvamento", "auxilio"})
"""Lo que hacen quienes "participan en" o "trabajan en": son rescatistas."""
FUTURE_AUX = frozenset({"ira", "iran", "irian"})
"""Auxiliares de futuro ("irán a marchar"); el futuro simple se lee por su terminación."""
CROWD_NOUNS = {
    **CROWD_NOUNS,
    **{
        plural: CROWD_NOUNS[singular]
        for singular, plural in (
            ("concentracion", "concentraciones"),
            ("huelga", "huelgas"),
            ("manifestacion", "manifestaciones"),
            ("marcha", "marchas"),
            ("movilizacion", "movilizaciones"),
            ("protesta", "protestas"),
        )
    },
}
"""Sesión 10: el plural también nombra la concentración ("hubo protestas en Lyon …")."""
# sesión 10 (g-src): quién dice cada cifra -----------------------------------------------

SRC_TITLE_RANKS = frozenset({"adjunto", "adjunta", "segundo", "segunda", "interino", "interina"})
"""Sesión 10: palabras de rango dentro de un cargo ("director general adjunto", "comisario
interino"): parte del cargo, nunca el organismo por el que habla ni el nombre de la persona."""
ROLE_WORDS = ROLE_WORDS | frozenset(
    {"comisario", "comisaria", "inspector", "inspectora", "subdirector", "subdirectora"}
    | {"intendente", "subcomisario", "subcomisaria"}
)
"""Sesión 10: rangos de policía y de servicios que hablan por su cuerpo ("el comisario jefe
Luis Pérez", "el subdirector general")."""
ROLE_WORDS = ROLE_WORDS | frozenset(
    {"portavoces", "voceros", "voceras", "representantes", "delegados", "delegadas"}
)
"""Sesión 13 (h-who-es): los plurales de los cargos que hablan por su organismo ("Voceros del
sindicato aseguraron", "portavoces de la Cruz Roja informaron"): el organismo habla."""
SRC_GIVEN_NOUNS = frozenset(
    {"cifra", "numero", "total", "saldo", "estimacion", "estimaciones", "revelacion", "anuncio"}
    | {"informacion"}
)
"""Sesión 10: nombres de una cifra cuyo autor nombra un participio ("la cifra aportada por la
Cruz Roja es de 45"): ese autor es la fuente de la cifra."""
SRC_GIVING_PARTICIPLES = frozenset(
    w + end
    for w in (
        "aportad facilitad proporcionad ofrecid dad difundid publicad entregad suministrad"
        " divulgad comunicad anunciad presentad manejad reportad confirmad hech"
    ).split()
    for end in ("a", "as", "o", "os")
)
"""Sesión 10: participios de dar una cifra ("la cifra facilitada por la Policía")."""
SRC_FIGURE_STANDS = frozenset({"alcanzo", "alcanza", "llego", "llega", "asciende", "situa"})
"""Sesión 10: verbos del nivel de una cifra tras quien la da ("la cifra dada por el ministerio
asciende a 45"): el nombre de quien la da termina antes."""
FIGURE_ADJECTIVES = frozenset(
    {"menor", "mayor", "distinta", "distinto", "diferente", "revisada", "actualizada"}
    | {"muy", "mucho", "bastante"}
)
"""Sesión 13 (h-who-en): palabras ante el sustantivo de cifra que da un organismo ("las
autoridades dieron una cifra menor"): el sujeto sigue siendo la fuente."""
REPORTED_STATE_WORDS = frozenset(
    {"muertos", "muertas", "fallecidos", "heridos", "heridas", "desaparecidos", "detenidos"}
    | {"antes", "previamente", "inicialmente", "ayer", "el"}
)
"""Sesión 13 (h-who-en): palabras entre el participio de decir y su agente ("los 26
reportados muertos ayer por el consejo"): el agente sigue dando la cifra."""
ACT_COUNT_VERBS = frozenset({"realizo", "realizaron", "practico", "practicaron", "efectuo"})
"""Sesión 13 (h-who-en): verbos ligeros cuyo objeto cuenta actos sobre personas ("la policía
realizó 20 detenciones"): el sujeto da la cifra."""
ACT_COUNT_NOUNS = frozenset(
    {"detenciones", "arrestos", "rescates", "evacuaciones", "deportaciones", "expulsiones"}
)
"""Los actos contados tras `ACT_COUNT_VERBS` y su número."""
SRC_GIVING_VERBS = frozenset(
    {"aporto", "aportaron", "aporta", "aportan", "facilito", "facilitaron", "facilita"}
    | {"facilitan", "ofrecio", "ofrecieron", "ofrece", "ofrecen", "dio", "dieron", "da", "dan"}
    | {"proporciono", "proporcionaron", "proporciona", "proporcionan", "maneja", "manejan"}
    | {"manejaba", "manejaban"}
)
"""Sesión 10: verbos que dan una cifra cuando su objeto es un nombre de cifra ("la Policía
Municipal facilitó una cifra de 25.000"): su sujeto es la fuente (nunca solos: "dio
positivo")."""
SRC_BRACKET_HEADS = frozenset(
    {"organizadores", "convocantes", "organizacion", "policia", "sindicatos", "sindicato"}
    | {"autoridades", "gobierno", "ministerio", "delegacion", "ayuntamiento", "prefectura"}
    | {"ejercito", "fiscalia", "consejeria", "generalitat", "junta", "patronal"}
)
"""Sesión 10: núcleos de una fuente que un paréntesis nombra sin verbo tras una cifra
("8.000 personas (organizadores)"); no gente que una cifra cuente ("300 heridos
(policías)")."""
GENERIC_HEADS = {**GENERIC_HEADS, "brigada": ("brigada",), "servicio": ("servicio",)}
"""Sesión 10: "según la brigada de rescate", "el servicio de emergencias informó"."""
DISPUTE_PHRASES = (
    *DISPUTE_PHRASES,
    ("nego",),
    ("negaron",),
    ("niega",),
    ("niegan",),
    ("negando",),
    ("desmiente",),
    ("desmienten",),
    ("refuto",),
    ("refutaron",),
)
"""Sesión 10: más verbos cuyo objeto es una cifra que dio otro ("el Ejército negó que hubiera
40 muertos")."""
SAY_VERBS = SAY_VERBS | frozenset({"nego", "negaron", "niega", "niegan", "desmiente"})
"""Sesión 10: quien niega una cifra habla, como quien la rechaza."""
SRC_ALLEGATION_NOUNS = frozenset(
    {"acusaciones", "acusacion", "denuncias", "denuncia", "versiones", "informaciones"}
)
"""Sesión 10: nombres de la acusación de otro dentro de un desmentido ("negó las denuncias de
una ONG de que hubo 40 muertos"): la cifra es de quien acusa, nunca de quien niega."""
SRC_DENIED_VERBS = frozenset({"hubo", "hubiera", "haya", "hay", "habia", "habido"})
"""Sesión 10: verbos tras una negación y antes de una cifra ("no hubo 40 muertos")."""
SRC_THAT_SAY_VERBS = frozenset(
    {"alego", "alegaron", "argumento", "argumentaron", "reclamaron", "reclamo", "lamento"}
    | {"lamentaron", "recordo", "recordaron", "acusaron", "acuso"}
)
"""Sesión 10: verbos de decir solo ante "que" ("las ONG alegaron que murieron 100"; nunca
"acusó a tres agentes", "lamentó la muerte")."""
SRC_POINTING_WORDS = frozenset({"esta", "este", "estas", "estos", "dicha", "dicho", "dichas"})
"""Sesión 10: palabras ante un nombre de informe que remiten a lo dicho ("Según EFE, este
anuncio fue hecho por la OMS"): la frase, sin cifra propia, nombra la fuente de las cifras
de antes, aun en el párrafo siguiente."""
# sesión 10 (g-when): cuándo cuenta una cifra ---------------------------------------------------

PERIOD_OPENING_NOUNS = frozenset({"principios", "comienzos", "inicios"})
"""Sesión 10: nombres del comienzo de un tramo del calendario tras "desde" ("desde principios
de año", "desde comienzos de mes"): una cuenta desde el primer día de ese año o mes hasta el
informe, no una cuenta sin comienzo."""
EVENT_WORDS = {**EVENT_WORDS, "muriendo": "deaths", "sucumbio": "deaths", "sucumbieron": "deaths"}
"""Sesión 10: "sucumbieron a sus heridas", "siete personas muriendo en el hospital": muertes, no
los heridos que nombran sus palabras después."""
WITH_PART_WORDS = frozenset({"con"})
"""Sesión 10: una cifra justo tras ", con" ("la cifra de muertos subió a 82, con siete
fallecidos en el hospital") es parte de la cifra anterior, si es de su métrica y no menor;
nunca su rival."""
TOLL_RISE_VERBS = frozenset(
    {"subio", "subido", "sube", "ascendio", "ascendido", "asciende", "aumento", "aumentado"}
    | {"crecio", "elevo", "elevado", "eleva"}
)
"""Sesión 10: verbos que dicen que una cifra creció hasta la que sigue ("la cifra de muertos
subió a 82", "se elevó a 31"): es la cifra tal como estaba al darse, tras otra anterior."""
CLAUSE_JOIN_WORDS = frozenset({"y", "e", "pero"})
"""Sesión 10: palabras que abren una cláusula antes de su hora de corte ("…, y a las 18 horas
había subido al 48 %"): la hora sigue abriendo la cláusula."""
SAYING_NOUNS = frozenset(
    {"comunicado", "comunicados", "rueda", "conferencia", "boletin", "parte", "balance"}
    | {"entrevista", "tuit", "mensaje", "informe", "reporte", "actualizacion"}
)
"""Sesión 10: nombres de un decir justo antes o después de un día ("en un comunicado el
martes, el hospital dijo …", "según el balance del martes"): ese día es el día en que se dio
la cifra, no el de lo que cuenta."""
TELLING_VERBS = TELLING_VERBS | frozenset({"confirmo", "confirmaron"})
"""Sesión 10: un día antepuesto a "confirmó" ("El martes, el hospital confirmó 55 muertes") es
el día de la confirmación, no el de las muertes."""
RELATIVE_PRONOUNS = frozenset({"que", "cual"})
"""Sesión 10: palabras que abren una relativa de un nombre de desastre ("el terremoto … que
azotó la noche del jueves"): el día que cierra la relativa es el del desastre."""
GENERIC_HEADS = {
    **GENERIC_HEADS,
    "ayuntamiento": ("ayuntamiento", "consistorio"),
    "consistorio": ("consistorio", "ayuntamiento"),
    "alcaldia": ("alcaldia",),
    "municipalidad": ("municipalidad", "municipio"),
    "intendencia": ("intendencia",),
}
"""Sesión 10 (lead): el gobierno de una ciudad habla como "el ayuntamiento", "la alcaldía",
"la municipalidad", "la intendencia" ("…, mientras que según el ayuntamiento fueron 90.000")."""
OFFICIALS_WORDS = frozenset({"autoridades"})
"""Sesión 10 (lead): "las autoridades" hablan por el gobierno salvo que otro organismo las
califique ("las autoridades escolares", "las autoridades del hospital")."""
NATIONAL_MODIFIERS = frozenset(
    {"gobierno", "federales", "nacionales", "gubernamentales", "altas", "del", "pais"}
)
"""Palabras junto a "autoridades" que las dejan en el gobierno nacional ("las autoridades
federales", "altas autoridades del gobierno")."""
CARRY_ON_OPENERS: tuple[tuple[str, ...], ...] = (
    ("asimismo",),
    ("ademas",),
    ("igualmente",),
    ("tambien",),
    ("de", "igual", "forma"),
    ("de", "igual", "manera"),
)
"""Sesión 10 (g-carry): palabras que abren una oración que sigue el informe de la anterior
("El sindicato cifró en 70% el paro en Murcia. Asimismo, Cádiz registró un 64%."): sus cifras
son de la fuente de la oración anterior, si no nombra otra."""
POINTS_BACK: tuple[tuple[str, ...], ...] = (
    ("lo", "informo"),
    ("lo", "informaron"),
    ("lo", "indico"),
    ("lo", "dio"),
)
"""Sesión 13 (h-who-en): tras un demostrativo que abre la oración, palabras que la hacen
hablar de la anterior aunque añada cifras propias ("Así lo informó X, que cifró en 300 …")."""
CARRY_ORIGIN_NOUNS = frozenset(
    {"informacion", "cifras", "datos", "numeros", "estadisticas", "cifra", "balance", "recuento"}
)
"""Sesión 10 (g-carry): sustantivos que, al abrir la oración siguiente como "La … está
contenida en / procede de", son las cifras recién dadas ("Los datos proceden del parte
quincenal de la oficina de salud, que también da 40 casos de sarampión")."""
CARRY_ORIGIN_NOUNS = CARRY_ORIGIN_NOUNS | frozenset(
    {"estimacion", "estimaciones", "calculo", "calculos", "conteo", "total"}
)
"""Sesión 13 (h-who-en): "Más de 2.000 marcharon. La estimación procede de los organizadores."
"""
CARRY_ORIGIN_VERBS: tuple[tuple[str, ...], ...] = (
    ("esta", "contenida"),
    ("esta", "contenido"),
    ("estan", "contenidas"),
    ("estan", "contenidos"),
    ("proviene",),
    ("provienen",),
    ("viene",),
    ("vienen",),
    ("procede",),
    ("proceden",),
    ("fue", "tomada"),
    ("fueron", "tomados"),
    ("fueron", "tomadas"),
    ("se", "extrae"),
    ("se", "extraen"),
    ("fue", "facilitada"),
    ("fueron", "facilitadas"),
    ("fueron", "facilitados"),
    ("fue", "proporcionada"),
    ("fueron", "proporcionadas"),
    ("fueron", "proporcionados"),
    ("fue", "difundida"),
    ("fueron", "difundidas"),
    ("fueron", "difundidos"),
)
"""Sesión 10 (g-carry): lo que sigue a `CARRY_ORIGIN_NOUNS` para decir de dónde vienen las
cifras anteriores: la fuente que nombra las da, aunque su oración añada cifras propias."""
CARRY_ORIGIN_NOUNS = CARRY_ORIGIN_NOUNS | frozenset({"reporte", "informe", "parte", "saldo"})
CARRY_ORIGIN_VERBS = (
    *CARRY_ORIGIN_VERBS,
    *(
        (aux, stem + end)
        for stem in ("difundid", "publicad", "ofrecid", "confirmad", "entregad", "facilitad")
        for aux, end in (("fue", "a"), ("fue", "o"), ("fueron", "as"), ("fueron", "os"))
    ),
)
"""Sesión 13 (h-who-es): las demás formas de decir de dónde vienen las cifras recién dadas ("El
reporte fue difundido por la Cruz Roja", "La información fue confirmada por el Ministerio"), con
"reporte", "informe", "parte" y "saldo" como nombres de esas cifras."""
NOT_CLAIMANTS = NOT_CLAIMANTS | frozenset({"otros", "otras", "otro", "otra"})
"""Sesión 10 (lead): "Otros …" al abrir la oración son personas de una cifra, nunca una fuente
("Otros 150.000 damnificados se registraron en Veracruz")."""

PLACE_NOUNS_PLURAL = frozenset(
    {"localidades", "ciudades", "municipios", "pueblos", "poblaciones", "provincias"}
    | {"regiones", "estados", "comunidades", "capitales", "departamentos", "comunas"}
)
"""Plural nouns that announce a list of places ("en localidades como …", g-where)."""

LIST_CONJUNCTIONS = frozenset({"y", "e", "o", "u"})
"""Words that join one entry of a list to the next ("Arlo (450) y Benn (300)")."""

PLACE_RELATIVES = frozenset({"donde"})
"""Relatives of place: "Chad, donde se han registrado 600.000" (g-where)."""

FOCUS_AFTER_PLACE: frozenset[str] = frozenset()
"""Words after "in X" that single a place out: "In Arlo alone, 94 died" (g-where)."""

FOCUS_BEFORE_PLACE: frozenset[str] = frozenset(
    {"solo en", "sólo en", "solamente en", "únicamente en"}
)
"""Words that single out the place after them: "Solo en Arlo murieron 4" (g-where)."""

PARTITIVE_WHOLE_OPENERS: tuple[str, ...] = ("de los", "de las", "del total de", "de un total de")
"""Palabras antes de un todo que abre una frase de sus partes: "De los 64 muertos, 29 fueron
en Veracruz, 13 en Puebla" (los lugares son de las partes, h-where)."""

PART_SINGLED_OUT: tuple[str, ...] = (
    "en particular en",
    "particularmente en",
    "especialmente en",
    "sobre todo en",
    "principalmente en",
    "mayormente en",
)
"""Words before a place, after a comma past a figure, that single out a part of the
figure's wider place: "11 died in the centre of the country, particularly in Arlo" (the
11 are not Arlo's alone, h-where)."""

PLACE_KIND_WORDS = frozenset(
    {"en", "el", "la", "de", "del", "estado", "provincia", "region", "departamento", "municipio"}
)
"""Words between a town's comma and the known place that holds it: "San Telmo, en el
estado de México", "Kolaro, in the state of Jalisco" (g-where)."""

EVENT_CLAUSES = frozenset({"cuando", "tras", "luego"})
"""Words opening a clause of time whose own figure's event names the place after it: "the
toll rose to 7 when 3 workers were buried in Arlo" (g-where)."""

GAPPED_ENTRY_JOINS: frozenset[str] = frozenset({"a"})
"""Words between a gapped list entry's place and its number, the verb left out: "Colombia
acoge a 2,8 millones y Perú a 1,5 millones" (g-where; none in English: "Lebanon 1.5
million")."""

# g-when: a disaster whose toll grows for days --------------------------------------------

GROWING_DISASTER_NOUNS = frozenset(
    {"terremoto", "terremotos", "sismo", "sismos", "seismo", "temblor", "tsunami", "maremoto"}
    | {"alud", "avalancha", "deslave", "deslizamiento", "deslizamientos", "erupcion"}
    | {"inundacion", "inundaciones", "riada", "huracan", "tifon", "ciclon", "tormenta"}
    | {"tornado", "aguacero", "temporal", "lluvias"}
)
"""Sustantivos de una catástrofe cuyos muertos, heridos y desaparecidos se cuentan durante
días ("el terremoto del jueves", "las inundaciones del lunes"): un recuento fechado por su día
y dado un día después es su balance desde ese día hasta el día en que se dio (`when_toll`).
Un accidente de un momento (estampida, naufragio, tiroteo) se cuenta en su día: no está."""

SINCE_THEN: frozenset[tuple[str, str]] = frozenset({("desde", "entonces")})
"""Un recuento "desde entonces" va desde el día nombrado justo antes (`when_then`)."""

HOURS_COUNTED = frozenset({"horas", "madrugada"})
"""Una oración que cuenta horas ("en las últimas horas") tiene tiempo propio (`when_carry`)."""

# --- sesión 12 (lead) ---------------------------------------------------------------------

EVENT_WORDS = {
    **EVENT_WORDS,
    "ejecuciones": "executions",
    "ejecutados": "executions",
    "ejecutadas": "executions",
    "fusilados": "executions",
    "conmuto": "commutations",
    "conmutaron": "commutations",
    "conmutaciones": "commutations",
}
"""Una ejecución es un recuento propio: "se llevaron a cabo cuatro ejecuciones"; conmutar una
pena ("conmutó la pena de muerte de 38 reos") no es excarcelar."""

GENERIC_EVENTS = {**GENERIC_EVENTS, "atrapando": "trapped", "sepultando": "trapped"}
"""Un gerundio dice qué cuentan las personas tras él ("se derrumbó, atrapando a 26 personas")."""

GROWING_DISASTER_NOUNS = GROWING_DISASTER_NOUNS | frozenset(
    {"derrumbe", "derrumbes", "desplome", "colapso", "explosion", "explosiones", "incendio"}
)
"""Un derrumbe, una explosión o un incendio también dejan personas bajo los escombros cuyos
muertos se hallan durante días: el balance del viernes dado el domingo va del viernes al
domingo (sesión 12)."""

TELLING_VERBS = TELLING_VERBS | frozenset({"cifro", "cifraron", "elevo", "elevaron"})
"""Poner una cifra es decirla: "El domingo, el alcalde cifró los muertos en 12" da la cifra de
ese día, no la del balance que creció hasta la publicación (sesión 12)."""

POSSESSIVES = frozenset({"su", "sus"})
BODY_PART_NOUNS = frozenset({"cuerpo", "cuerpos", "piel"})
"""Una parte del cuerpo ("quemaduras en el 40 % de su cuerpo") mide una herida, no personas."""

GOVERNMENT_HEADS = GOVERNMENT_HEADS | frozenset({"oficial", "oficiales"})
"""Como "official": "según el reporte oficial", "las estimaciones oficiales calculan …" son
cifras del Gobierno; "fuentes no oficiales" no lo son (la negación se lee en
`claimant_phrases`)."""

# h-who-en (sesión 12): quién da cada cifra ------------------------------------------------

TOPIC_SHIFTS: tuple[tuple[str, ...], ...] = (
    ("mientras", "tanto"),
    ("paralelamente",),
    ("por", "otra", "parte"),
    ("por", "otro", "lado"),
    ("en", "otro", "orden"),
    ("en", "otro", "incidente"),
)
"""Palabras que, al abrir la oración o entre comas, pasan a otro suceso ("Una protesta, por otra
parte, dejó 7 muertos"): la fuente de la oración anterior no habla por sus cifras."""

POSTMODIFIER_OPENERS = frozenset(
    {"responsable", "encargado", "encargada", "encargados", "encargadas", "a", "para"}
)
"""Palabras que abren lo que sigue al núcleo de un organismo ("la agencia encargada de los
campamentos", "la oficina a cargo de los albergues"): el núcleo es el organismo que habla."""

FINITE_VERBS = frozenset(
    {"fue", "fueron", "hizo", "hicieron", "dio", "dieron", "tuvo", "tuvieron", "puso"}
    | {"ha", "han", "habia", "habian", "es", "son", "era", "eran", "esta", "estan"}
)
"""Verbos finitos que la terminación no delata, y auxiliares: donde acaba el sujeto que abre la
oración ("Los familiares se concentraron, asegurando que hay 40 desaparecidos")."""

GROUP_PRONOUNS = frozenset({"ellos", "ellas"})
"""Un pronombre que nombra al grupo que la oración anterior dio como fuente ("…, según vecinos
y médicos. Ellos dijeron que faltan 12"): ese grupo habla."""

TOLL_RAISING_VERBS = frozenset({"aumento", "aumentaron", "incremento", "incrementaron"})
"""Verbos que mueven un balance cuando les siguen un nombre de cifra y "a" un número ("las
autoridades aumentaron el balance de muertos a 228"): su sujeto da la cifra."""

# h-who-es: quién da una cifra, en español (sesión 12) ------------------------------------

SAY_PERIPHRASES: frozenset[tuple[str, ...]] = frozenset(
    (light, "a", "conocer")
    for light in ("da", "dan", "dio", "dieron", "daba", "daban", "dado", "dando")
)
"""Un verbo de decir en perífrasis: quien "dio a conocer que 31 agentes resultaron heridos"
da la cifra; el sujeto está antes del verbo ligero ("La Secretaría dio a conocer")."""

SAY_VERBS = SAY_VERBS | frozenset({"estimaban", "calculaban"})
"""El plural de "estimaba" y "calculaba", que ya eran verbos de decir: "Los convocantes, sin
embargo, estimaban que 5.000 personas marcharon"."""

PRONOUNS = PRONOUNS | frozenset({"alli", "ahi"})
"""Adverbios de lugar que remiten a un informe nombrado antes ("Allí hablaba de 40.000
desplazados", como "En él hablaba"): la fuente es la de ese informe, nunca el adverbio."""

BREAKDOWN_BY = frozenset({"por"})
"""Tras un nombre de informe, "por" sin participio reparte la cifra por categorías ("de
acuerdo con las estadísticas por Dengue Grave (DG) suman 132"): lo que sigue no es la fuente
("las cifras difundidas por X", con participio, sí la nombra)."""

PLURAL_DESCRIPTORS = PLURAL_DESCRIPTORS | frozenset({"fuerzas"})
""""Las fuerzas de seguridad han informado de la detención de 60 personas": una fuente sin
nombre, como "los agentes"."""

NAME_HEADS = NAME_HEADS | frozenset(
    {"alcaldia", "ayuntamiento", "municipalidad", "intendencia", "embajada", "consulado"}
)
"""El gobierno de una ciudad, o la legación de un país, en minúscula ante su nombre ("la
alcaldía de Cúcuta indicó que 350 vecinos …", "la embajada de Francia en Quito aseguró"): el
organismo entero, nunca la ciudad o el país solos."""

PLURAL_BACK_OPENERS = frozenset(
    {"los", "las", "estos", "estas", "esos", "esas", "dichos", "dichas"}
)
"""Sesión 13 (h-who-en): determinantes de una fuente plural sin nombre que remite atrás ("Las
fuentes dijeron que 30 resultaron heridos" tras "Fuentes médicas y de seguridad dijeron …"):
es la fuente más completa del mismo núcleo nombrada justo antes, si solo una encaja."""
PLURAL_BACK_SAME = frozenset({"mismos", "mismas", "citadas", "citados"})
"""Palabra entre el determinante y el núcleo que sigue remitiendo atrás ("las mismas fuentes")."""
POSSESSIVE_RELATIVES = frozenset({"cuyo", "cuya", "cuyos", "cuyas"})
"""Relativos posesivos que abren, tras una coma, una aclaración larga entre el sujeto y su
verbo ("X e Y, cuyos datos sirven de base para la agencia de la ONU (ACNUR), hablan de
53.000"): el sujeto está antes de la coma."""

OFFICIALS_DOMAINS: dict[str, tuple[str, ...]] = {
    "sanitarias": ("salud", "sanidad", "sanitario", "sanitaria"),
    "electorales": ("electoral",),
    "migratorias": ("migracion", "migratorio", "migratoria"),
    "penitenciarias": ("penitenciario", "penitenciaria", "prisiones"),
    "educativas": ("educacion",),
}
"""Las autoridades de un ramo hablan por el organismo de ese ramo nombrado antes ("La
Secretaría de Salud confirmó 33 muertes. Las autoridades sanitarias han registrado 15
casos"): la última organización cuyo nombre tiene una de estas palabras; si no hay, quedan
como están escritas."""

SAID_MEDIUMS = SAID_MEDIUMS + tuple(
    (*opener, article, noun)
    for opener in (("a", "traves", "de"), ("por", "medio", "de"), ("mediante",), ("en",))
    for article in ("un", "una", "su", "sus")
    for noun in ("comunicado", "comunicados", "boletin", "nota", "mensaje", "cuenta", "video")
    if (*opener, article, noun) not in SAID_MEDIUMS
)
"""Más maneras de decirlo entre un verbo invertido y su sujeto ("indicó a través de un
comunicado la Secretaría de Seguridad", "informó mediante su cuenta la Policía")."""

RELAY_PARTICIPLES = frozenset(
    {"citada", "citadas", "citado", "citados", "recogida", "recogidas", "recogido"}
    | {"recogidos", "reproducida", "reproducidas", "reproducido", "reproducidos"}
)
"""Participios de quien solo transmite una cifra ajena: en "según cifras del Ministerio de
Salud citadas por el diario X", la fuente es el Ministerio; el diario la transmite."""

SOURCE_KINDS = frozenset(
    {"policiales", "oficiales", "militares", "judiciales", "sanitarias", "diplomaticas"}
    | {"gubernamentales", "hospitalarias", "municipales", "penitenciarias", "castrenses"}
    | {"ministeriales", "fiscales", "humanitarias", "locales", "medicas"}
)
"""Adjetivos que dicen qué fuentes hablan, tras el verbo ("informaron a la AFP fuentes
policiales"): parte de la fuente, que sin ellos queda en un "fuentes" sin nadie."""

TITLE_OFFICE_HEADS = frozenset({"oficina", "despacho", "gabinete"})
"""Núcleos de un organismo cuyo nombre sigue con un cargo ("la Oficina del Alto Comisionado
de la ONU para los Derechos Humanos"): el cargo es parte del nombre, no una persona."""
TITLED_BODY_HEADS = frozenset({"centro", "comite", "consejo", "junta", "mesa", "comision"})
"""Sesión 13 (h-who-es): núcleos de un organismo seguidos en mayúscula de un cargo que lo
califica ("el Centro Coordinador de Emergencias", "el Comité Coordinador de Víctimas"): el
cargo es parte del nombre; no hay un coordinador "de Emergencias" que hable."""

STATUS_WORDS = {
    **STATUS_WORDS,
    "estimacion": Status.ESTIMATED,
    "estimaciones": Status.ESTIMATED,
    "calculos": Status.ESTIMATED,
}
"""Como "estimates" y "cálculo": "según estimaciones de la ONU, 2.000 personas …" es una
estimación (sesión 12)."""

# sesión 12 (h-what): qué se cuenta y dónde ------------------------------------------------

RESPECTIVE_WORDS = frozenset({"respectivamente"})
"""Una oración que empareja sus cifras con sus lugares por orden: "se contaron 120 y 85
detenidos en Soria y Teruel, respectivamente" (`where_respective`)."""
RESPECTIVE_JOINS = frozenset({",", "y", "e", "o", "u"})
"""Lo que puede mediar entre dos cifras o lugares coordinados de esa oración."""
ONE_PRONOUN_BEFORE: frozenset[str] = frozenset()
"""Determinantes que hacen de "one" un pronombre ante un participio; en castellano "el
liberado el lunes" no lleva cifra, y "uno" suelto ya no se cuenta."""
PARTICIPLE_ENDS: tuple[str, ...] = ("ado", "ido", "ada", "ida")
"""Terminaciones del participio tras ese pronombre."""
JOIN_RESPONSE_VERBS = frozenset(
    {"sumaron", "suman", "sumado", "unieron", "unen", "unido", "incorporaron", "incorporado"}
    | {"participan", "participaron", "participa", "participado", "colaboran", "colaboraron"}
    | {"intervienen", "intervinieron", "desplegados", "movilizados", "trabajan"}
)
"""Verbos con que alguien toma parte en una búsqueda o un operativo: "40 agentes se sumaron a
la búsqueda", "500 personas participan en el operativo" cuentan socorristas
(`counted_responders`)."""
OPERATION_WORDS = frozenset({"operativo", "operativos", "dispositivo", "labores", "tareas"})
"""Aquello a lo que responden quienes se suman con ese verbo, además de `RESPONSE_WORDS`
(solo tras un verbo de tomar parte: "murieron en el operativo" cuenta muertos)."""
NATIONAL_DEMONYM_NOUNS: dict[str, str] = {}
"""Gentilicios plurales que no son el adjetivo nacional con "-s"/"-es" (en castellano lo son
todos: "españoles", "mexicanos")."""
REGIONAL_DEMONYMS: dict[str, str] = {
    "asturianos": "Asturias", "asturianas": "Asturias", "andaluces": "Andalucía",
    "andaluzas": "Andalucía", "catalanes": "Cataluña", "catalanas": "Cataluña",
    "gallegos": "Galicia", "gallegas": "Galicia", "vascos": "País Vasco", "vascas": "País Vasco",
    "canarios": "Canarias", "valencianos": "Comunidad Valenciana",
    "valencianas": "Comunidad Valenciana", "aragoneses": "Aragón", "aragonesas": "Aragón",
    "murcianos": "Región de Murcia", "murcianas": "Región de Murcia", "navarros": "Navarra",
    "navarras": "Navarra", "extremenos": "Extremadura", "extremenas": "Extremadura",
    "cantabros": "Cantabria", "cantabras": "Cantabria", "castellanoleoneses": "Castilla y León",
    "castellanomanchegos": "Castilla-La Mancha", "tejanos": "Texas", "tejanas": "Texas",
    "californianos": "California", "californianas": "California", "floridanos": "Florida",
    "jaliscienses": "Jalisco", "zulianos": "Zulia", "antioquenos": "Antioquia",
}  # fmt: skip
"""Gentilicios plurales de regiones (sin tildes) y la región que nombran: "el 30% de los
asturianos", "5.000 tejanos fueron evacuados" cuentan gente de esa región
(`where_demonyms`)."""
DEMONYM_SKIP = frozenset({"de", "los", "las", "por", "ciento", "todos", "todas", "mas", "otros"})
"""Palabras entre una cifra y su gentilicio ("el 30 por ciento de los asturianos")."""
GENERIC_EVENT_PHRASES = {
    **GENERIC_EVENT_PHRASES,
    ("derecho", "al", "voto"): "voters",
    ("emitido", "su", "voto"): "voters",
    ("llamados", "a", "las", "urnas"): "registered_voters",
    ("llamadas", "a", "las", "urnas"): "registered_voters",
    ("convocados", "a", "las", "urnas"): "registered_voters",
    ("convocadas", "a", "las", "urnas"): "registered_voters",
}
"""Sesión 12 (h-what): "24 millones de ciudadanos han ejercido su derecho al voto" cuenta
votantes; "estaban llamados a las urnas 36 millones" cuenta el censo."""
PERSON_NOUNS = PERSON_NOUNS | frozenset(REGIONAL_DEMONYMS)
"""Sesión 12: la gente de una región ("3.000 gallegos") es gente contada."""
EVENT_WORDS = {
    **EVENT_WORDS,
    **dict.fromkeys(["despidio", "despidieron", "despide", "despiden", "despedira"], "layoffs"),
    **dict.fromkeys(["despidos", "despedidos", "despedidas"], "layoffs"),
}
"""Sesión 12 (h-what): "la empresa despidió a 300 trabajadores", "300 despidos": despidos, no
la plantilla."""
STATE_ABBREVIATIONS: dict[str, str] = {}
"""Abreviaturas de estados tras el nombre de una ciudad: la prensa en castellano escribe el
estado entero ("en Fairfax, Kansas")."""
ISLAND_TIES: tuple[str, ...] = ("islas ", "isla de ", "islas de ")
"""El sustantivo de una isla ante su nombre ata el lugar como "en": "llegaron a las islas
Canarias", "en la isla de Lesbos" (`where_cues.TIED`)."""
SHARE_VERBS = SHARE_VERBS | frozenset({"sido", "situado", "alcanzado", "llegado", "rondado"})
"""Sesión 12 (h-what): la cópula y los verbos de nivel en tiempos compuestos ("la
participación ha sido del 73%", "la abstención se ha situado en el 26%")."""
TALLY_PROGRESS_WORDS = frozenset({"escrutado", "escrutada", "escrutados", "escrutadas"})
"""Palabras que hacen de una cuota el avance de un recuento ("con el 98% escrutado", "se ha
escrutado el 98 % de las papeletas"): ninguna cuenta de personas."""
TALLY_PROGRESS_BEFORE: frozenset[str] = TALLY_PROGRESS_WORDS
"""Words of count progress that may also stand before the share ("se ha escrutado el 98%"):
none in English ("counted 3,000" is a tally of people)."""
TALLIED_NOUNS = frozenset({"papeletas", "votos", "voto", "mesas", "actas", "sufragios"})
"""What a vote count goes through ("98% of the ballots counted", "el 98% de las papeletas
escrutadas")."""

# h-when (session 12): el tiempo del que habla una cifra -------------------------------------

YEAR_TARGET_WORDS = frozenset(
    {"ira", "iran", "planea", "planean", "preve", "preven", "previsto", "prevista", "previstos"}
    | {"meta", "objetivo", "espera", "esperan", "prometio", "prometido", "proyecta"}
    | {"proyectado", "pretende", "pretenden"}
)
"""Palabras de una meta o una previsión: la oración que tiene una deja entero el año de la
fecha de referencia ("prevé acoger a 10.000 en 2024"); sin ellas, "en 2024" cuenta hasta la
fecha de referencia (`when.Reader.relative`)."""

COMPARE_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("se", "compara", "con"), ("comparamos", "con"), ("comparado", "a")}
    | {("comparar", "con"), ("comparacion", "con"), ("en", "relacion", "con")}
    | {("en", "relacion", "a"), ("en", "relacion", "al")}
)
"""Frases que abren una comparación, además de las de `when_reach`: una fecha tras una de
ellas fecha la cifra comparada, no la de antes ("1 muerte más si se compara con mayo del
2019")."""

YEAR_BEFORE_SO_FAR: frozenset[tuple[str, ...]] = frozenset(
    {("este", "ano"), ("en", "el", "ano"), ("del", "ano"), ("de", "este", "ano")}
)
"""Palabras justo antes de "hasta ahora" / "hasta la fecha" que nombran el año que cuentan
("este año hasta ahora"): la cuenta empieza el 1 de enero del año de referencia."""

PAST_EVENT_NOUNS = frozenset(
    {"ataque", "ataques", "atentado", "atentados", "bombardeo", "masacre", "matanza"}
    | {"incendio", "explosion", "accidente", "naufragio", "guerra", "hambruna", "epidemia"}
    | {"brote", "disturbios", "golpe", "genocidio", "tragedia", "catastrofe", "derrumbe"}
)
"""Sustantivos de un suceso pasado que un año nombra ("el terremoto de 2016, que dejó 600
muertos", "el incendio de 2004"), además de `YEAR_EVENT_NOUNS` y los de catástrofes: una
cifra de su oración es de ese año, no del de la publicación (`when_find`)."""

AGENT_VERBS = AGENT_VERBS | frozenset({"acuso", "acusaron", "imputo", "imputaron"})
EVENT_WORDS = {
    **EVENT_WORDS,
    "acuso": "charged",
    "acusaron": "charged",
    "imputo": "charged",
    "imputaron": "charged",
    "imputados": "charged",
}
"""Sesión 12: quien acusa o imputa da la cifra de acusados ("La Fiscalía acusó a 17
detenidos"), que es un recuento propio. ("Coinciden en que …" dice, pero "estas cifras no
coinciden con …" no: una palabra sola no los separa, y no se añade.)"""

GOVERNMENT_HEADS = GOVERNMENT_HEADS | frozenset({"ministros"})
"""Sesión 12: "los ministros lo niegan y hablan de 1,2 millones": habla el Gobierno."""

DISCOURSE_OPENERS: frozenset[tuple[str, ...]] = frozenset(
    {("sin", "embargo"), ("no", "obstante"), ("ademas",), ("asimismo",), ("pero",)}
    | {("por", "su", "parte"), ("a", "su", "vez"), ("mientras", "tanto")}
)
"""Sesión 12: conectores que abren la oración antes del sujeto y una coma ("Sin embargo, los
sindicatos …, asegurando que …")."""

SOCIAL_PLATFORMS = frozenset(
    {"facebook", "twitter", "x", "telegram", "whatsapp", "youtube", "tiktok", "instagram"}
)
"""Sesión 13: redes sociales. Un grupo, una página o una cuenta en una ("un grupo de Facebook
dijo") habla por sí, nunca por la red."""

PART_PASSIVE_AUXILIARIES = frozenset({"fueron", "tenian", "recibieron", "presentaban"})
"""Sesión 13: los verbos tras una cifra sin nombre que abre su oración y la hacen parte de la
cuenta recién dada ("murieron 18. Nueve fueron alcanzados en la cabeza", "Nueve tenían heridas
de bala")."""

CLIPPED_HEDGES = frozenset({"aprox"})
"""Sesión 13: atenuantes abreviados, con punto ("aprox. 250"): el punto es del atenuante, no
el final de una oración."""

RATE_NOT_AFTER = frozenset({"antes", "despues", "atras"})
"""Sesión 13: palabras tras "un día" que lo hacen un momento, no una tasa: "frente a 32 un
día antes"."""

FIGURE_TIME_LINKS = frozenset({"del", "de", "la", "el", "un", "una"})
FIGURE_DAY_NOUNS = frozenset({"dia", "jornada", "vispera"})
FIGURE_DAY_BEFORE = frozenset({"anterior", "antes", "previo", "previa"})
"""Sesión 13: una expresión de tiempo donde iría el nombre de la cifra ("frente a 32 del día
anterior", "32 un día antes", "los 32 del lunes", "32 de ayer"): las palabras que la abren,
sus nombres de día y las que la hacen el día anterior. La cifra cuenta lo que cuenta su
contexto."""

PREVIOUS_DAY = frozenset(
    {("el", "dia", "anterior"), ("del", "dia", "anterior"), ("un", "dia", "antes")}
    | {("la", "jornada", "anterior"), ("de", "la", "jornada", "anterior")}
)
NOT_PREVIOUS_DAY_AFTER = frozenset({"el", "la", "los", "las", "ayer"})
"""Sesión 13: frases que nombran el día anterior al nombrado justo antes ("45 el martes,
frente a 32 del día anterior"); no anterior a la ocasión que nombran ("el día anterior a la
votación", "un día antes de la marcha")."""

BARE_EXECUTIVES = frozenset({"ejecutivo"})
REGIONAL_BODY_HEADS = frozenset({"consejeria", "conselleria", "generalitat", "xunta"})
"""Sesión 13: "el Ejecutivo" a secas nombra al gobierno regional cuya consejería habló antes
en el texto ("La Consejería de Educación ha cifrado … según ha informado el Ejecutivo"), no al
del país."""
