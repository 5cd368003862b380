"""The demo team's fixed facts: who it is, how long its history runs, what it can offer.

Names, places, the calendar's reach, Utbudskartan and the rosters of the team and the steering
group are content rather than logic; they live here so they can be read and changed without
reading the code that draws from them (the odds of each draw are in ``odds.py``).
"""

from __future__ import annotations

from ..models import InterventionGroup, PartyKind

TEAM_NAME = "Demoteam STAR"
MUNICIPALITY = "Bräcke"
FEDERATION = "Samordningsförbundet i Jämtlands län"
PLACE = "Kommunhuset i Bräcke, sammanträdesrum Revsundet"
LINK = "https://möte.example.se/demoteam-star"

#: Months of meetings before today's month, and planned ones after it.
PAST_MONTHS = 24
FUTURE_MONTHS = 2
#: At most this many case items on one meeting's agenda, however many cases the team has.
CASE_ITEMS_PER_MEETING = 15
#: Below this many cases the generator does not force every state and reason to appear.
COVERAGE_MIN_CASES = 16

_P = PartyKind
_G = InterventionGroup

#: Utbudskartan: (group, name, provider, description).
CATALOGUE: tuple[tuple[InterventionGroup, str, PartyKind, str], ...] = (
    (_G.WORK, "Arbetsträning", _P.MUNICIPALITY_LABOUR,
     "Arbetsträning i kommunens verksamheter med handledare."),
    (_G.WORK, "Praktik", _P.AF, "Praktik hos arbetsgivare via Arbetsförmedlingen."),
    (_G.WORK, "SIUS – särskilt introduktions- och uppföljningsstöd", _P.AF,
     "Stöd av SIUS-konsulent vid introduktion på en arbetsplats."),
    (_G.WORK, "IPS – individanpassat stöd till arbete", _P.REGION_PSYCHIATRY,
     "Arbetsspecialist för personer med psykisk ohälsa."),
    (_G.WORK, "Rusta och matcha", _P.AF, "Matchning mot arbete hos leverantör."),
    (_G.WORK, "Arbetsförberedande gruppverksamhet", _P.MUNICIPALITY_LABOUR,
     "Gruppverksamhet om rutiner, hälsa och arbetsliv."),
    (_G.COMPETENCE, "Arbetsmarknadsutbildning", _P.AF, "Yrkesinriktad kort utbildning."),
    (_G.COMPETENCE, "Komvux", _P.MUNICIPALITY_ADULT_EDUCATION,
     "Grundläggande och gymnasial vuxenutbildning."),
    (_G.COMPETENCE, "SFI – svenska för invandrare", _P.MUNICIPALITY_ADULT_EDUCATION,
     "Svenska från nybörjarnivå."),
    (_G.COMPETENCE, "Folkhögskola", _P.OTHER, "Allmän kurs med möjlighet till behörighet."),
    (_G.COMPETENCE, "Studie- och yrkesvägledning", _P.MUNICIPALITY_ADULT_EDUCATION,
     "Vägledning inför studie- och yrkesval."),
    (_G.HEALTH, "Medicinsk bedömning", _P.REGION_PRIMARY_CARE,
     "Läkarbedömning av hälsa och funktionsförmåga."),
    (_G.HEALTH, "Psykoterapi", _P.REGION_PSYCHIATRY, "KBT eller annan psykoterapi."),
    (_G.HEALTH, "Fysioterapi", _P.REGION_PRIMARY_CARE, "Träning och behandling."),
    (_G.HEALTH, "Multimodal smärtrehabilitering", _P.REGION_PRIMARY_CARE,
     "Teambaserad rehabilitering vid långvarig smärta."),
    (_G.HEALTH, "Aktivitetsförmågeutredning", _P.FK,
     "Utredning av aktivitetsförmåga på Försäkringskassans uppdrag."),
    (_G.SOCIAL, "Boendestöd", _P.MUNICIPALITY_OTHER, "Stöd i vardagen och i boendet."),
    (_G.SOCIAL, "Budget- och skuldrådgivning", _P.MUNICIPALITY_OTHER,
     "Rådgivning om budget, skulder och skuldsanering."),
    (_G.SOCIAL, "Öppenvård beroende", _P.MUNICIPALITY_SOCIAL,
     "Samtalsstöd och behandling i öppenvård."),
    (_G.SOCIAL, "Personligt ombud", _P.MUNICIPALITY_OTHER,
     "Stöd att samordna kontakter med myndigheter."),
    (_G.SOCIAL, "Träffpunkt och daglig sysselsättning", _P.MUNICIPALITY_OTHER,
     "Meningsfull sysselsättning i lugn miljö."),
)

#: (party, principal's function, substitute's function) of the STAR team.
TEAM_ROSTER: tuple[tuple[PartyKind, str, str], ...] = (
    (_P.MUNICIPALITY_LABOUR, "Samordnare STAR", "Arbetsmarknadskoordinator"),
    (_P.AF, "Arbetsförmedlare", "Arbetsförmedlare"),
    (_P.FK, "Handläggare FK", "Handläggare FK"),
    (_P.REGION_PRIMARY_CARE, "Rehabkoordinator primärvård", "Rehabkoordinator primärvård"),
    (_P.REGION_PSYCHIATRY, "Rehabkoordinator psykiatri", "Kurator psykiatri"),
    (_P.MUNICIPALITY_SOCIAL, "Handläggare IFO/ekonomiskt bistånd",
     "Socialsekreterare ekonomiskt bistånd"),
    (_P.MUNICIPALITY_LABOUR, "Arbetskonsulent", "Arbetskonsulent"),
    (_P.MUNICIPALITY_ADULT_EDUCATION, "Studie- och yrkesvägledare", "Lärare vuxenutbildning"),
    (_P.MUNICIPALITY_OTHER, "Biståndshandläggare socialpsykiatri", "Integrationssamordnare"),
    (_P.OTHER, "Kurator folkhögskola", "Kursansvarig folkhögskola"),
)
#: (party, principal's function, substitute's function or "") of the local steering group.
STEERING_ROSTER: tuple[tuple[PartyKind, str, str], ...] = (
    (_P.AF, "Sektionschef", "Biträdande sektionschef"),
    (_P.FK, "Enhetschef", ""),
    (_P.REGION_PRIMARY_CARE, "Verksamhetschef vårdcentral", "Biträdande verksamhetschef"),
    (_P.REGION_PSYCHIATRY, "Enhetschef vuxenpsykiatri", ""),
    (_P.MUNICIPALITY_SOCIAL, "Enhetschef IFO", "Biträdande enhetschef IFO"),
    (_P.MUNICIPALITY_LABOUR, "Arbetsmarknadschef", ""),
    (_P.MUNICIPALITY_ADULT_EDUCATION, "Rektor vuxenutbildning", ""),
    (_P.MUNICIPALITY_OTHER, "Socialchef", ""),
    (_P.OTHER, "Förbundschef samordningsförbundet", ""),
)
