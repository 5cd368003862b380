"""Name lists and texts for the demo team: common in Sweden, so the demo looks like a real team.

Every combination is fictitious. Last names are at least five letters long, so a test can look
for them in the encrypted file's bytes without chance matches.
"""

from __future__ import annotations

import unicodedata

WOMEN: tuple[str, ...] = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Emma", "Kristina", "Lena", "Elin", "Ida",
    "Johanna", "Malin", "Linda", "Hanna", "Sofia", "Camilla", "Jenny", "Frida", "Julia", "Amanda",
    "Louise", "Ebba", "Maja", "Elsa", "Alice", "Wilma", "Linnea", "Matilda", "Moa", "Therese",
    "Helena", "Annika", "Ulrika", "Jessica", "Petra", "Susanne", "Marie", "Åsa", "Ingrid",
    "Birgitta", "Fatima", "Amina", "Mariam", "Leila", "Noor", "Hodan", "Samira", "Aisha",
    "Yasmin", "Zahra", "Rahel", "Selam", "Dilan", "Nadia", "Olena", "Agnieszka",
)

MEN: tuple[str, ...] = (
    "Erik", "Lars", "Anders", "Johan", "Per", "Karl", "Nils", "Mikael", "Jonas", "Daniel",
    "Fredrik", "Magnus", "Stefan", "Andreas", "Mattias", "Patrik", "Henrik", "Oskar", "Viktor",
    "Emil", "Filip", "Anton", "Jesper", "Simon", "Marcus", "Sebastian", "Tobias", "Robin",
    "Kevin", "Linus", "Björn", "Göran", "Mats", "Ola", "Pontus", "Mohammed", "Ahmed", "Ali",
    "Hassan", "Omar", "Yusuf", "Abdi", "Mustafa", "Karim", "Dawit", "Tesfay", "Amir", "Reza",
    "Hamid", "Tomasz", "Dmytro",
)

LAST: tuple[str, ...] = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
    "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist",
    "Lindgren", "Berglund", "Axelsson", "Bergström", "Lundberg", "Lundgren", "Mattsson",
    "Berggren", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson",
    "Håkansson", "Lundin", "Eklund", "Gunnarsson", "Holmberg", "Östman", "Ersson", "Hallström",
    "Nordin", "Öberg", "Mårtensson", "Strömberg", "Sundqvist", "Hedlund", "Norberg", "Dahlberg",
    "Bäckström", "Westin", "Åström", "Grahn", "Mohamed", "Hussein", "Abdullahi", "Yilmaz",
    "Nguyen", "Ibrahim", "Ahmadi", "Haile", "Tesfaye", "Kowalski", "Nowak", "Kovalenko",
    "Rahimi", "Karimi", "Osman",
)

#: The individual's own words on the consent form (Aktualisering till STAR).
OWN_WORDS: tuple[str, ...] = (
    "Jag vill komma tillbaka till arbete men behöver stöd med min hälsa.",
    "Jag vill ha ett jobb och klara mig själv utan bistånd.",
    "Jag behöver hjälp att hitta rätt utbildning och någon som håller ihop allt.",
    "Jag har ont och orkar inte heltid, men jag vill prova att arbeta lite.",
    "Jag vill lära mig svenska bättre och få en praktikplats.",
    "Jag vill att myndigheterna pratar med varandra så att jag slipper berätta allt flera gånger.",
    "Jag mår dåligt psykiskt och behöver stöd för att kunna studera.",
    "Jag vill få ordning på min ekonomi och mina skulder och sedan börja arbeta.",
    "Jag vet inte vad jag klarar av och vill få min arbetsförmåga bedömd.",
    "Jag vill tillbaka till mitt gamla yrke eller hitta något nytt som passar mig.",
    "Jag vill gå klart gymnasiet och sedan skaffa ett arbete.",
    "Jag behöver stöd i vardagen och med boendet innan jag kan börja jobba.",
    "Jag har varit sjukskriven länge och vill ha en plan framåt.",
)

RETURN_REASONS: tuple[str, ...] = (
    "Behovet bedöms kunna tillgodoses inom ordinarie verksamhet.",
    "Samtycket omfattar inte de parter som behövs i planeringen.",
    "Personen bor inte i kommunen; ärendet aktualiseras i hemkommunens team.",
    "Det finns redan en pågående samordnad individuell plan (SIP) som räcker.",
    "Vård och behandling behöver gå först; kan aktualiseras på nytt senare.",
    "Aktualiseringen saknar underlag om nuvarande försörjning och kontakter.",
)

GENERAL_SUBJECTS: tuple[str, ...] = (
    "Hur kan vi samordna stöd för unga med aktivitetsersättning som vill studera?",
    "Vilka insatser finns för personer med långvarig smärta som står långt från arbetsmarknaden?",
    "Hur hanterar vi ärenden där personen flyttar till en annan kommun under planeringen?",
    "Rutin för samtycke när personen har god man.",
    "Hur når vi nyanlända kvinnor som inte är inskrivna på Arbetsförmedlingen?",
    "Vilka möjligheter finns till arbetsträning på deltid vid psykisk ohälsa?",
    "Gränsdragning mellan SIP och avstämningsmöte när flera parter är med.",
    "Hur kan folkhögskolan användas som väg tillbaka till studier?",
)

PROGRESS_NOTES: tuple[str, ...] = (
    "Arbetsträningen fungerar bra, utökas till halvtid.",
    "Praktiken är påbörjad; handledaren är nöjd.",
    "Fortsatt sjukskrivning, ny läkarbedömning är bokad.",
    "Har börjat på SFI tre dagar i veckan.",
    "Svårt att komma igång; ärendebäraren bokar ett nytt möte.",
    "Budget- och skuldrådgivningen är klar, skuldsanering är ansökt.",
    "God närvaro på Komvux.",
    "Behöver mer stöd med boendet, boendestödet utökas.",
    "Planen revideras vid nästa avstämningsmöte.",
    "Arbetsgivare intresserad av anställning med lönestöd.",
    "Psykoterapin pågår, måendet är något bättre.",
    "Ingen kontakt senaste månaden; ärendebäraren följer upp.",
)

PARTY_INFORMATION: tuple[str, ...] = (
    "Arbetsförmedlingen informerade om nya rustande insatser hos leverantörer.",
    "Vuxenutbildningen har öppnat ansökan till höstens kurser.",
    "Primärvården har fått en ny rehabkoordinator på vårdcentralen.",
    "Utbudskartan uppdaterades med arbetsmarknadsenhetens platser för arbetsträning.",
    "Försäkringskassan berättade om ändrade rutiner för avstämningsmöten.",
    "Folkhögskolan erbjuder en allmän kurs med start i januari.",
)

ACTIONS: tuple[str, ...] = (
    "Uppdatera utbudskartan med partens aktuella insatser.",
    "Ta fram väntetider och kölängd till styrgruppen.",
    "Bjud in Försäkringskassans specialist till nästa möte.",
    "Kontrollera att remittenterna använder den aktuella samtyckesblanketten.",
    "Informera den egna organisationen om teamets arbetssätt.",
    "Återkoppla till remittenten om ett återvisat ärende.",
    "Boka lokal och länk för höstens möten.",
)

#: (category value, description without personal data, resolution when resolved).
DEVIATIONS: tuple[tuple[str, str, str], ...] = (
    ("team_attendance", "Försäkringskassan har saknats vid tre teammöten i rad.",
     "Ny ersättare utsedd; närvaron följs upp varje tertial."),
    ("consent", "En aktualisering kom in utan underskriven samtyckesblankett.",
     "Rutinen för aktualisering har förtydligats för remittenterna."),
    ("staffing", "Tjänsten som rehabkoordinator i psykiatrin var vakant i två månader.",
     "Tjänsten är tillsatt från och med månadsskiftet."),
    ("steering_attendance", "Styrgruppens möte saknade representant för två parter.",
     "Ersättare utsedda i styrgruppen."),
    ("routines", "Oklart vem som blir ärendebärare när personen saknar offentlig försörjning.",
     "Styrgruppen har beslutat att arbetsmarknadsenheten är ärendebärare i dessa fall."),
    ("cooperation_climate", "Olika syn på när ett ärende ska avslutas har skapat diskussion.",
     "Gemensam genomgång av avslutskriterierna i överenskommelsen."),
    ("targets", "Andelen som går vidare till arbete eller studier ligger under målet.",
     "Fler arbetsinriktade insatser tidigt i planeringen."),
    ("budget", "Kostnaden för tolk överstiger budgeten för året.",
     "Förbundet har beviljat en utökad ram."),
    ("other", "Den digitala möteslänken fungerade inte vid ett teammöte.",
     "Ny möteslänk och reservlänk i kallelsen."),
)


def email_local(name: str) -> str:
    """'Åsa Öberg' → 'asa.oberg': e-mail addresses keep to ASCII letters."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return ".".join(part.lower() for part in ascii_name.split())
