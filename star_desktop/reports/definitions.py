"""What every figure of the report means, in the coordinator's words: the one place it is written.

statistics.py computes each measure exactly as its text here says; the xlsx export carries these
texts on its sheet "Definitioner", the PDF prints them at the end, and docs/rapportdefinitioner.md
is generated from them (a test checks it is up to date: ``python -m
star_desktop.reports.definitions > docs/rapportdefinitioner.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Age in whole years up to which a participant counts as young (16–29 years).
YOUNG_MAX_AGE = 29
#: Days in an average month, for throughput time in months.
DAYS_PER_MONTH = 365.25 / 12
#: Earlier periods of the same kind shown beside this one in the trend tables and chart.
TREND_PERIODS = 5


@dataclass(frozen=True)
class Definition:
    key: str
    label: str
    text: str


_DEFS = (
    Definition(
        "deltagare", "Deltagare",
        "En deltagare är ett ärende om samplanering som teamet har antagit (bedömningen "
        "\"antaget som STAR-ärende\"). Deltagaren räknas från dagen för bedömningen till dagen "
        "för avslut. En person som avslutas och antas igen räknas en gång per inskrivning. "
        "Konsultationer och återvisade ärenden är inte deltagare; de räknas under "
        "Aktualiseringar."),
    Definition(
        "aktiva_start", "Aktiva vid periodens början",
        "Deltagare som antogs före periodens första dag och inte var avslutade före den dagen."),
    Definition(
        "nya", "Nya under perioden",
        "Deltagare som antogs under perioden (bedömningsdagen ligger i perioden)."),
    Definition(
        "avslutade", "Avslutade under perioden",
        "Deltagare vars avslutsdag ligger i perioden, oavsett skäl (tidiga avbrott ingår)."),
    Definition(
        "aktiva_slut", "Aktiva vid periodens slut",
        "Deltagare som antogs senast periodens sista dag och inte var avslutade då. Alltid: "
        "aktiva vid början + nya − avslutade = aktiva vid slutet."),
    Definition(
        "arbetat_med", "Alla som teamet arbetat med under perioden",
        "Aktiva vid periodens början + nya under perioden."),
    Definition(
        "kon", "Kön",
        "Deltagarens kön som det är registrerat: kvinna, man eller annat/ej angivet. Varje "
        "tabell delas på alla tre, och delarna summerar alltid till totalen."),
    Definition(
        "alder", "Medelålder och unga",
        f"Ålder = periodens slutår − födelseår (den ålder deltagaren fyller under året). "
        f"Medelåldern räknas för de aktiva vid periodens slut som har födelseår. Unga är de som "
        f"är högst {YOUNG_MAX_AGE} år; andelen unga räknas av samma grupp."),
    Definition(
        "forsorjning", "Försörjning",
        "Försörjningen vid start som den registrerades när ärendet aktualiserades. Tabellerna "
        "gäller nya under perioden och aktiva vid periodens slut."),
    Definition(
        "remittent", "Aktualiserande part",
        "Den part som aktualiserade ärendet (remitterande aktör)."),
    Definition(
        "resultat", "Resultat vid avslut",
        "Varje avslut under perioden hamnar i exakt en kolumn efter skälet till avslut: tidigt "
        "avbrott; arbete (anställning överenskommen/påbörjad); studier (planerade/påbörjade); "
        "annan arbetslivsinriktad rehabilitering (samordnad rehabilitering i förstärkt "
        "samarbete AF/FK); sjukersättning (ansökan inlämnad); annat (planeringen är inte längre "
        "studie- eller arbetsinriktad, individen önskar eller måste avsluta, annat)."),
    Definition(
        "i_mal", "Andel i mål",
        "Av de avslutade under perioden utom tidiga avbrott: andelen som gick till arbete, "
        "studier eller annan arbetslivsinriktad rehabilitering."),
    Definition(
        "genomstromning", "Genomströmningstid",
        "Medeltiden i månader från aktualisering till avslut, för de avslutade under perioden "
        "utom tidiga avbrott. En månad = 30,44 dagar. Samma mått visas för de tidigare "
        "perioderna av samma slag."),
    Definition(
        "vantetid", "Väntetid till planeringsmöte",
        "Dagar från aktualisering till planeringsmöte, för de deltagare vars planeringsmöte "
        "hölls under perioden: medelvärde och median."),
    Definition(
        "ko", "Väntande vid periodens slut",
        "Deltagare som var antagna vid periodens slut men ännu inte hade haft sitt "
        "planeringsmöte (och inte var avslutade)."),
    Definition(
        "aktualiseringar", "Aktualiseringar",
        "Ärenden aktualiserade under perioden per typ; bedömningar under perioden (antagna, "
        "återvisade); konsultationer genomförda under perioden."),
    Definition(
        "narvaro", "Närvaro per part",
        "Teammöten som hölls under perioden (genomförda, med eller utan justerade "
        "minnesanteckningar; inställda räknas inte). En part räknas som närvarande vid ett möte "
        "när minst en av partens ledamöter eller en ersättare för dem var där. Andelen räknas "
        "mot alla möten som hölls, även möten innan partens ledamot började i teamet: det är "
        "partens plats i teamet som följs upp."),
    Definition(
        "samplaneringar", "Antal samplaneringar",
        "Planeringsmöten med individen (avstämningsmöte, SIP eller flerpartsmöte) som hölls "
        "under perioden. Årsmålet räknas om efter periodens längd (ett tertial är 4/12 av "
        "året)."),
    Definition(
        "malbas", "Basen för målen: avslutade utom tidiga avbrott",
        "Basen för målen om plan, arbete/studier, aktivitet och ekonomiskt bistånd: de "
        "avslutade under perioden utom tidiga avbrott – även de som avslutades innan något "
        "planeringsmöte hölls, eftersom målet är att alla inskrivna får en plan."),
    Definition(
        "plan", "Andel med individuell plan",
        "Av basen: andelen med datum för individuell plan."),
    Definition(
        "arbete_studier", "Andel till utbildning eller arbete",
        "Av basen: andelen som avslutades till arbete eller studier."),
    Definition(
        "aktivitet", "Andel med överenskommen aktivitet mot egen försörjning",
        "Av basen: andelen vars individuella plan har en avtalad eller påbörjad aktivitet som "
        "syftar till långsiktig sysselsättning och försörjning."),
    Definition(
        "ekonomiskt_bistand", "Förändring av andelen med ekonomiskt bistånd",
        "Av basen: antalet med ekonomiskt bistånd vid avslut jämfört med antalet med "
        "ekonomiskt bistånd vid start, som förändring i procent (−25 % betyder en fjärdedel "
        "färre). Kan inte räknas när ingen i basen hade ekonomiskt bistånd vid start."),
    Definition(
        "mal", "Målen",
        "Målen sätts per år i appen (standard enligt länsöverenskommelsen i Jämtland 2023). "
        "Ett mål för andelar är nått när utfallet är minst målet; målet för ekonomiskt bistånd "
        "när förändringen är minst så stor minskning som målet; målet för antal när utfallet "
        "är minst det omräknade målet. Ett mål utan underlag bedöms inte."),
    Definition(
        "avvikelser", "Avvikelser",
        "Avvikelser som inträffade senast periodens sista dag och inte var åtgärdade före "
        "periodens första dag: alla som var öppna någon gång under perioden."),
    Definition(
        "4r", "4R: Representation och Resurser",
        "4R-analysens siffror bygger på samma deltagare och samma perioder som rapporten. "
        "Varje tabell visar antal och andelar per kön med totalsumma."),
    Definition(
        "aldersgrupp", "Åldersgrupper (4R)",
        "16–24, 25–29, 30–39, 40–49, 50–64 och 65 år eller äldre, med åldern räknad som i "
        "rapporten; okänd ålder när födelseår saknas."),
    Definition(
        "ledamoter", "Teamets och styrgruppens ledamöter (4R)",
        "Ledamöter och ersättare som var aktiva någon gång under perioden, per part och kön."),
    Definition(
        "tid_i_star", "Tid i STAR (4R)",
        "Dagar från att deltagaren antogs till avslut, för alla avslutade under perioden "
        "(tidiga avbrott ingår), som medelvärde per kön."),
    Definition(
        "insatser", "Insatser (4R)",
        "Parallella insatser som startade under perioden för deltagare, per insatsområde och "
        "deltagarens kön; per deltagare räknat på alla som teamet arbetat med under perioden."),
    Definition(
        "uppfoljningar", "Uppföljningar (4R)",
        "Uppföljningar i teamet som gjordes under perioden, per deltagare som teamet arbetat "
        "med."),
    Definition(
        "motestid", "Mötestid per ärende (4R)",
        "Den planerade tiden för ärendepunkterna på teammötena som hölls under perioden, "
        "summerad per deltagare som togs upp och delad med antalet sådana deltagare."),
    Definition(
        "smaatal", "Skydd av små tal",
        "I exporter som lämnar teamet (till styrgruppen och förbundskansliet) visas antal "
        "från 1 till 4 som \"<5\", och fler celler döljs (×) så att ett litet antal inte kan "
        "räknas fram ur summorna eller ur radens och kolumnens andra celler. Andelar och "
        "medelvärden visas bara när deras antal visas. Tabellerna över teamets och "
        "styrgruppens ledamöter skyddas inte: ledamöterna är kända med namn."),
    Definition(
        "budget", "Budget",
        "Budget, utfall och prognos skrivs in av samordnaren per period. Differens = budget − "
        "utfall; summorna räknas fram."),
)

DEFINITIONS: dict[str, Definition] = {d.key: d for d in _DEFS}


def markdown() -> str:
    """docs/rapportdefinitioner.md, generated from DEFINITIONS."""
    lines = [
        "# Så räknas rapportens siffror",
        "",
        "Genererad från `star_desktop/reports/definitions.py` – ändra där, inte här "
        "(`python -m star_desktop.reports.definitions > docs/rapportdefinitioner.md`).",
        "Alla siffror räknas fram ur teamfilens ärenden för den valda perioden; ingen siffra "
        "skrivs in två gånger. Perioder: tertial 1 (januari–april), tertial 2 (maj–augusti), "
        "tertial 3 (september–december), helår, året hittills och valfritt datumintervall; "
        "båda datumen ingår.",
        "",
    ]
    for d in _DEFS:
        lines += [f"## {d.label}", "", d.text, ""]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - the doc generator
    print(markdown(), end="")
