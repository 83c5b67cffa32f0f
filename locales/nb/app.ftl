# Veikart, deltakerappen — norsk bokmål.
# Brukes av brukergrensesnittet (ui/) og av Rust-siden. Hver melding her må finnes i alle språk.

app-name = Veikart
language-autonym = Norsk bokmål
loading = Laster …
skip-to-content = Gå til innholdet
action-cancel = Avbryt

## Språknavn (for å merke tekst skrevet på et annet språk)
lang-name-nb = Norsk
lang-name-nn = Nynorsk
lang-name-en = Engelsk
lang-name-uk = Ukrainsk
lang-name-ru = Russisk
lang-name-ar = Arabisk
lang-name-ti = Tigrinja
lang-name-prs = Dari
lang-name-fa = Persisk
lang-name-so = Somali
text-translation = Oversettelse

## Kalender: navn og mønstre der enheten mangler datodata for språket
cal-month-1 = januar
cal-month-2 = februar
cal-month-3 = mars
cal-month-4 = april
cal-month-5 = mai
cal-month-6 = juni
cal-month-7 = juli
cal-month-8 = august
cal-month-9 = september
cal-month-10 = oktober
cal-month-11 = november
cal-month-12 = desember
cal-weekday-0 = søndag
cal-weekday-1 = mandag
cal-weekday-2 = tirsdag
cal-weekday-3 = onsdag
cal-weekday-4 = torsdag
cal-weekday-5 = fredag
cal-weekday-6 = lørdag
cal-weekday-short-0 = søn.
cal-weekday-short-1 = man.
cal-weekday-short-2 = tir.
cal-weekday-short-3 = ons.
cal-weekday-short-4 = tor.
cal-weekday-short-5 = fre.
cal-weekday-short-6 = lør.
cal-pattern-day-long = { $weekday } { $day }. { $month }
cal-pattern-date = { $day }. { $month } { $year }
cal-pattern-day-short = { $weekdayShort } { $day }.
cal-pattern-date-time = { $day } kl. { $time }
cal-pattern-time-range = { $from }–{ $to }
day-today = I dag, { $day }
day-tomorrow = I morgen, { $day }

## Navigasjon
nav-label = Hovedmeny
nav-today = I dag
nav-plan = Plan
nav-schedule = Timeplan
nav-recognition = Utdanning
nav-messages = Meldinger
nav-me = Meg
nav-unread = { $count ->
    [one] { $count } ulest melding
   *[other] { $count } uleste meldinger
}

## Synkronisering
sync-region = Tilkobling og endringer
sync-online = Tilkoblet · oppdatert { $when }
sync-offline = Frakoblet · sist oppdatert { $when }
sync-offline-never = Frakoblet · ikke oppdatert ennå
sync-never = Ikke oppdatert ennå
sync-failed = Kunne ikke oppdatere: { $reason }
sync-pending = { $count ->
    [0] Ingen endringer venter
    [one] { $count } endring venter på å bli sendt
   *[other] { $count } endringer venter på å bli sendt
}
sync-now = Oppdater nå
sync-error-offline = ingen internettforbindelse
sync-error-server_error = serveren hadde et problem
sync-error-unsupported_protocol = appen er for gammel, oppdater den
sync-error-device_revoked = denne enheten er koblet fra
sync-error-unauthorized = denne enheten er ikke kjent
sync-error-unavailable = serveren er opptatt akkurat nå, endringene dine er trygge og sendes senere
sync-error-internal = noe gikk galt
pending-waiting = Venter på å bli sendt
receipt-sent = Sendt
receipt-seen-by = Sett av { $name }, { $when }
receipt-seen = Sett, { $when }
proposal-agreed-by = Avtalt med { $name }
proposal-declined-by = Avslått av { $name }
proposal-comment-from = { $name } skrev:
proposal-reason-from = Begrunnelse fra { $name }:
rejected-rolled-back = Ikke godtatt, derfor angret: { $reason }
rejected-change = «{ $what }» ble ikke godtatt: { $reason }
rejected-dismiss = OK

## Endringer serveren kan avvise
op-set_activity_status = Endret status på aktivitet
op-propose_activity = Foreslått aktivitet
op-answer_event = Svar på en avtale
op-add_agenda_item = Spørsmål til møtet
op-mark_document_ready = Dokument merket som klart
op-send_message = Melding
op-mark_messages_read = Meldinger merket som lest
op-set_preferred_language = Bytte av språk
op-propose_wording = Forslag til bedre tekst
op-add_document_page = Side av et dokument
op-remove_document_page = Fjerning av en side
reject-not_found = den finnes ikke lenger
reject-caseworker_owned = bare veilederen din kan endre dette
reject-superseded = veilederen din endret den i mellomtiden
reject-changed_on_other_device = du endret den på en annen av enhetene dine i mellomtiden
reject-event_cancelled = avtalen ble avlyst
reject-invalid_value = teksten er tom eller for lang
reject-id_taken = den var allerede lagret
reject-unsupported_language = dette språket er ikke tilgjengelig
reject-document_accepted = veilederen din har allerede godkjent dette dokumentet
reject-too_large = filen er for stor

## Feil
error-load = Kunne ikke lese dataene på enheten. Prøv igjen.
error-invalid_body = Appen sendte noe serveren ikke forsto.
error-invalid_value = Noe du skrev er tomt eller for langt.
error-payload_too_large = Det er for stort til å sendes.
error-unauthorized = Denne enheten er ikke kjent. Koble til på nytt med en ny kode.
error-device_revoked = Veilederen din har koblet fra denne enheten.
error-forbidden = Du har ikke lov til å gjøre dette.
error-not_found = Fant det ikke.
error-conflict = Noen andre har endret det. Se igjen og prøv på nytt.
error-offset_mismatch = Opplastingen kom ut av takt. Den fortsetter av seg selv.
error-page_rejected = Filen kunne ikke brukes. Legg den til på nytt.
error-code_invalid = Koden er ikke riktig. Sjekk den og prøv igjen.
error-code_expired = Koden er utløpt. Be veilederen din om en ny.
error-code_used = Koden er allerede brukt. Be veilederen din om en ny.
error-code_locked = For mange feil forsøk. Be veilederen din om en ny kode.
error-rate_limited = For mange forsøk. Vent noen minutter og prøv igjen.
error-unsupported_protocol = Appen er for gammel for serveren. Oppdater appen.
error-internal = Noe gikk galt. Prøv igjen.
error-offline = Ingen internettforbindelse. Koble til og prøv igjen.
error-server_error = Serveren hadde et problem. Prøv igjen senere.
error-unavailable = Serveren er opptatt akkurat nå. Endringene dine er trygt lagret på denne enheten og blir sendt senere.
error-local_storage = Kunne ikke lagre på denne enheten. Start appen på nytt og prøv igjen.
error-local_storage_locked = Dataene på denne enheten kan ikke åpnes. Start appen på nytt. Skjer det igjen, logg ut og koble til på nytt med en ny kode fra veilederen din.
error-not_enrolled = Denne enheten er ikke koblet til ennå. Skriv koden fra veilederen din.
error-already_enrolled = Denne enheten er allerede koblet til. Logg ut først for å bruke en annen kode.
error-server_url_invalid = Skriv hele adressen, som begynner med https://
error-code_missing = Skriv koden du fikk av veilederen din.
error-server_missing = Koden sier ikke hvor du skal koble til. Skriv serveradressen fra arket.
error-scan_not_code = Det er ikke en Veikart-kode. Skann den firkantede koden på arket fra veilederen din.
error-camera_denied = Veikart får ikke bruke kameraet. Skriv koden i stedet.
error-scan_failed = Kameraet kunne ikke lese koden. Prøv igjen, eller skriv koden.

## Første oppstart
first-choose-language = Velg språk
enrol-title = Koble til denne telefonen
enrol-explain = Veilederen din gir deg et ark med en firkantet kode (QR-kode) og en kode å skrive. Med den kommer planen og avtalene dine til denne telefonen.
enrol-server = Serveradresse
enrol-server-hint = Bare hvis koden ikke har adressen, eller veilederen din gir deg en annen adresse. For eksempel https://veikart.oslo.kommune.no
enrol-code = Kode
enrol-code-hint = Den står på arket fra veilederen din, for eksempel ABCD-EFGH-JKMN. Du kan også lime inn hele lenken.
enrol-submit = Koble til
enrol-busy = Kobler til …
enrol-change-language = Bytt språk
enrol-scan = Skann koden
enrol-scan-hint = Hold kameraet mot den firkantede koden på arket.
enrol-or-type = Eller skriv koden
enrol-other-server = Annen server

## The code sheet: printed from the console in the participant's language, Norwegian beside it
sheet-title = Koble Veikart til telefonen din
sheet-step-open = Installer Veikart-appen og åpne den. Velg språket ditt.
sheet-step-scan = Velg «{ enrol-scan }» og hold kameraet mot den firkantede koden.
sheet-step-type = Uten kamera: skriv koden eller lenken under i appen.
sheet-code = Kode
sheet-link = Lenke
sheet-once = Koden virker én gang, innen tre dager. Hold den for deg selv: med den kan andre se planen din.

## Koder: aktiviteter, mål
activity-type-norwegian_course = Norskopplæring
activity-type-language_practice = Språkpraksis
activity-type-work_practice = Arbeidspraksis
activity-type-job_search = Jobbsøking
activity-type-course = Kurs
activity-type-education = Utdanning
activity-type-recognition = Godkjenning av utdanning
activity-type-meeting = Møte
activity-type-health = Helse
activity-type-housing = Bolig
activity-type-other = Annet
activity-status-proposed = Foreslått
activity-status-planned = Planlagt
activity-status-in_progress = Pågår
activity-status-done = Fullført
activity-status-cancelled = Avlyst
activity-mark-in_progress = Jeg har begynt
activity-mark-done = Ferdig
activity-mark-proposed = Ikke påbegynt
activity-agreed = Avtalt med veileder
activity-not-agreed = Ikke avtalt ennå
activity-due = Frist { $date }
activity-overdue = Fristen var { $date }
activity-period = { $from } – { $to }
activity-place = Sted:
goal-kind-sluttmaal = Sluttmål
goal-kind-norskmaal = Norskmål
goal-kind-delmaal = Delmål
goal-status-active = Aktivt
goal-status-achieved = Nådd
goal-status-dropped = Avsluttet
goal-target = Måldato { $date }
owner-participant = Deg
owner-caseworker = Veileder
owner-school = Voksenopplæringen

## Koder: avtaler
event-kind-class_session = Undervisning
event-kind-meeting = Møte
event-kind-kartlegging = Kartleggingssamtale
event-kind-trekantsamtale = Trekantsamtale
event-kind-placement_shift = Praksisdag
event-status-scheduled = Planlagt
event-status-cancelled = Avlyst
party-role-participant = Deg
party-role-caseworker = Veileder
party-role-nav_adviser = Nav-veileder
party-role-teacher = Lærer
party-role-interpreter = Tolk
party-role-employer = Arbeidsgiver
answer-coming = Jeg kommer
answer-cant_come = Jeg kan ikke komme
author-participant = Deg
author-caseworker = Veileder

## I dag
today-hello = Hei, { $name }
today-programme-starts = Introduksjonsprogrammet ditt starter { $date }.
today-next = Neste avtaler
today-no-events = Ingen avtaler framover.
today-see-schedule = Se hele timeplanen
today-due = Å gjøre snart
today-nothing-due = Ingen frister de neste to ukene.
today-unread = { $count ->
    [0] Ingen uleste meldinger
    [one] { $count } ulest melding
   *[other] { $count } uleste meldinger
}
today-no-unread = Du har lest alle meldingene dine.
today-open-messages = Åpne meldinger

## Avtaler
event-when = { $day }, { $time }
event-room = rom { $room }
event-moved-from = Flyttet fra { $when }
event-changed-room = Endret: rom { $room }, var { $was }
event-changed-room-added = Endret: rom { $room }
event-changed-place = Endret sted, var { $was }
list-pair = { $first }, { $second }
list-separator = {", "}
event-bring = Ta med:
event-parties = Hvem kommer
event-agenda = Dagsorden
event-school-part = Fra Voksenopplæringen
event-add-question = Legg til et spørsmål til møtet
event-add-question-submit = Legg til
event-next-steps = Avtalte neste steg
answer-group = Ditt svar
answer-cant = Jeg kan ikke komme
answer-can-after-all = Jeg kan komme likevel
answer-reason-label = Hvorfor kan du ikke komme?
answer-send = Send svar
answer-you-coming = Du har svart at du kommer.
answer-you-cant = Du har svart at du ikke kan komme.

## Plan
plan-title = Planen min
plan-summary = Sammendrag
plan-sluttmaal = Sluttmål
plan-norskmaal = Norskmål
plan-programme = Introduksjonsprogrammet
plan-programme-dates = { $from } – { $to }
plan-settled = Bosatt
plan-bydel = bydel { $bydel }
plan-caseworker = Veilederen din
plan-not-set = Ikke bestemt ennå
plan-goals = Mål og aktiviteter
plan-no-goals = Ingen mål ennå.
plan-no-activities = Ingen aktiviteter ennå.
plan-other = Andre aktiviteter
plan-courses = Kurs
plan-course-level = nivå { $level }
propose-open = Foreslå en aktivitet
propose-title = Foreslå en aktivitet
propose-hint = Veilederen din ser på forslaget. Til da er det merket «Ikke avtalt ennå».
propose-field-title = Hva vil du gjøre?
propose-field-description = Mer om det (valgfritt)
propose-field-type = Type
propose-field-goal = Mål (valgfritt)
propose-no-goal = Uten mål
propose-field-due = Innen når (valgfritt)
propose-submit = Foreslå
plan-next-steps = Neste steg fra møter
step-from-meeting = Avtalt i møtet { $date }
step-owner-participant = Dette gjør du
step-owner-caseworker = Dette gjør veilederen din
step-owner-school = Dette gjør Voksenopplæringen

## Timeplan
schedule-title = Timeplan
schedule-view = Vis som
schedule-list = Liste
schedule-week = Uke
schedule-empty = Ingenting de neste fire ukene.
schedule-prev-week = Forrige uke
schedule-next-week = Neste uke
schedule-this-week = Denne uken
schedule-week-of = { $from } – { $to }
schedule-day-free = Fri
schedule-pick-hint = Velg en avtale for å se mer og svare.
schedule-selected = Valgt avtale
schedule-download-ics = Last ned kalender (.ics)

## Godkjenning av utdanning
rec-title = Godkjenning av utdanning
rec-none = Du har ingen søknad om godkjenning. Har du utdanning fra et annet land, spør veilederen din.
rec-route = Ordning
rec-route-hkdir_general = Generell godkjenning (HK-dir)
rec-route-regulated_profession = Autorisasjon for lovregulert yrke
rec-route-vocational = Godkjenning av fagopplæring
rec-route-authority-hkdir_general = HK-dir
rec-route-authority-regulated_profession = Myndigheten for yrket ditt
rec-route-authority-vocational = Fylkeskommunen
rec-authority = Avgjøres av
rec-from = Utdanning fra
rec-case-number = Saksnummer
rec-case-number-none = Ikke gitt ennå
rec-status-not_applied = Ikke søkt
rec-status-draft = Under forberedelse
rec-status-submitted = Sendt
rec-status-documents_missing = Mangler dokumenter
rec-status-in_processing = Under behandling
rec-status-decided_full = Godkjent
rec-status-decided_partial = Delvis godkjent
rec-status-rejected = Ikke godkjent
rec-status-appealed = Klaget
rec-next-collect = { $count ->
    [one] Skaff det siste dokumentet. Når det er klart, trykk på «Jeg har det», så sender veilederen din søknaden.
   *[other] Skaff de { $count } dokumentene som mangler. Trykk på «Jeg har det» for hvert av dem; veilederen din sender søknaden når alle er på plass.
}
rec-next-ready = Alle dokumentene er klare. Veilederen din sjekker dem og sender søknaden.
rec-next-submitted = Søknaden er sendt. { $authority } sjekker at alle dokumentene er der.
rec-next-documents_missing = { $authority } trenger flere dokumenter. Se listen under og snakk med veilederen din.
rec-next-in_processing = { $authority } behandler søknaden din. Du trenger ikke gjøre noe nå.
rec-next-decided_full = Utdanningen din er godkjent. Ta vare på vedtaket; arbeidsgivere kan be om det.
rec-next-decided_partial = En del av utdanningen din er godkjent. Spør veilederen din om kurs som kan fylle hullet.
rec-next-rejected = Utdanningen din ble ikke godkjent. Du kan klage, vanligvis innen 3 uker. Snakk med veilederen din.
rec-next-appealed = Klagen din er sendt. Du får svar i brev.
rec-duration-hkdir_general = HK-dir bruker vanligvis rundt fire måneder etter at alle dokumentene er kommet.
rec-duration-regulated_profession = Det tar vanligvis noen måneder etter at alle dokumentene er kommet.
rec-duration-vocational = Det tar vanligvis noen måneder etter at alle dokumentene er kommet.
rec-documents-missing = { $count ->
    [0] Ingen dokumenter mangler
    [one] { $count } dokument mangler
   *[other] { $count } dokumenter mangler
}
rec-documents-other = Andre dokumenter
rec-all-documents = Du har alle dokumentene.
rec-todo-title = Dette må du gjøre nå
rec-todo-get = Skaff: { $document }
rec-todo-nothing = Du har ingenting å gjøre nå. Her står det når noe trengs fra deg.
rec-steps = Stegene fram til vedtaket
rec-step-state-done = Ferdig
rec-step-state-now = Nå
rec-step-state-ahead = Senere
rec-step-gather = Samle dokumentene
rec-step-send = Veilederen din sender søknaden til { $authority }
rec-step-process = { $authority } behandler søknaden
rec-step-decision = { $authority } gjør vedtak
rec-step-appeal = Klagen behandles
doc-note-from-caseworker = Fra veilederen din
doc-more-about = Mer om dette dokumentet
doc-what = Hva det er
doc-where = Hvor du får det
doc-mark-ready = Jeg har det
doc-status-missing = Mangler
doc-status-ready = Klar
doc-status-received = Mottatt
doc-status-not_needed = Trengs ikke
page-count = { $count ->
    [0] Sider
    [one] { $count } side
   *[other] { $count } sider
}
page-label = Side { $number }
page-add-photo = Ta bilde
page-add-file = Velg fil
page-preparing = Gjør klar siden …
page-added = { $count ->
    [one] Siden er lagt til. Den sendes til veilederen din når du er på nett.
   *[other] { $count } sider er lagt til. De sendes til veilederen din når du er på nett.
}
page-removed = Siden er fjernet.
page-remove = Fjern
page-remove-label = Fjern side { $number }
page-kind-pdf = PDF
page-state-on_device = Venter på denne enheten
page-state-sending = Sender … { $percent } %
page-state-sent = Sendt
page-state-refused = Kunne ikke brukes. Fjern den og legg den til på nytt.
page-state-other_device = Venter på den andre enheten din
page-pack-no_pages = Ingen sider ennå. Ta bilde av hver side, eller velg en fil.
page-pack-on_device = Lagret på denne enheten. Sendes når du er på nett.
page-pack-sending = Sender …
page-pack-in_review = Sendt. Veilederen din ser på det.
page-pack-judged = Veilederen din har sett på det.
verdict-accepted = Godkjent av veilederen din
verdict-next-accepted = Du trenger ikke gjøre mer med dette dokumentet.
verdict-unreadable = Kan ikke leses: ta bildet på nytt
verdict-next-unreadable = Legg siden flatt i godt lys og ta bildet rett ovenfra, så all teksten blir skarp. Fjern så de gamle sidene.
verdict-wrong_document = Ikke riktig dokument
verdict-next-wrong_document = Sjekk hvilket dokument det spørres etter her, og legg til sidene av det dokumentet. Fjern de feile sidene.
verdict-needs_authorised_translation = Trenger autorisert oversettelse
verdict-next-needs_authorised_translation = Få dokumentet oversatt av en statsautorisert translatør, og legg til sidene av oversettelsen også.
verdict-needs_original = Trenger originalen fra skolen eller universitetet
verdict-next-needs_original = Be skolen eller universitetet som utstedte dokumentet, om å sende det direkte til den som avgjør søknaden din. Veilederen din kan hjelpe deg.
page-error-pdf_too_big = Denne PDF-en er større enn 20 MB. Ta bilder av sidene i stedet, eller gjør PDF-en mindre.
page-error-too_big = Siden er for stor, selv etter at den er gjort mindre. Prøv et annet bilde.
page-error-not_supported = Bare bilder og PDF-filer kan legges til.
page-error-unreadable = Filen kunne ikke leses. Prøv en annen fil, eller ta et bilde.
doc-kind-diploma = Vitnemål
doc-kind-transcript = Karakterutskrift
doc-kind-translation = Autorisert oversettelse
doc-kind-passport_copy = Kopi av pass
doc-kind-cv = CV
doc-kind-employment_certificate = Attest fra arbeidsgiver
doc-kind-course_description = Fagbeskrivelser
doc-kind-language_certificate = Språkbevis
doc-kind-other = Annet dokument
doc-what-diploma = Beviset du fikk da du fullførte utdanningen, med grad eller tittel.
doc-where-diploma = Bruk originalen du har. Har du mistet den, kan skolen eller universitetet som utstedte den sende en ny kopi.
doc-what-transcript = En liste over alle fagene dine med karakterer og timer eller studiepoeng.
doc-where-transcript = Fra studentkontoret ved skolen eller universitetet ditt. Mange sender den på e-post hvis du ber om det.
doc-what-translation = En oversettelse av vitnemålet og karakterutskriften til norsk eller engelsk, laget av en autorisert translatør.
doc-where-translation = Fra en statsautorisert translatør. Spør veilederen din om kommunen betaler.
doc-what-passport_copy = En kopi av siden i passet med bildet og navnet ditt.
doc-where-passport_copy = Kopier eller skann passet på biblioteket eller Nav-kontoret. Veilederen din kan hjelpe.
doc-what-cv = En kort liste over utdanning og jobber, med årstall.
doc-where-cv = Du skriver den selv. Veilederen din eller biblioteket kan hjelpe deg.
doc-what-employment_certificate = Et brev fra en arbeidsgiver om hvilket arbeid du gjorde og hvor lenge.
doc-where-employment_certificate = Fra den tidligere arbeidsgiveren din. Får du ikke tak i dem, si fra til veilederen din.
doc-what-course_description = En beskrivelse av fagene og innholdet i utdanningen din.
doc-where-course_description = Fra skolen eller universitetet ditt, ofte på nettsiden deres.
doc-what-language_certificate = Bevis på nivået ditt i norsk eller engelsk, for eksempel et prøveresultat.
doc-where-language_certificate = Fra stedet der du tok prøven. Resultatene fra Norskprøven får du hos voksenopplæringen din.
doc-what-other = Et annet dokument veilederen din har bedt om. Se merknaden.
doc-where-other = Spør veilederen din.

## Meldinger
msg-title = Meldinger
msg-thread = Meldinger med veilederen din
msg-empty = Ingen meldinger ennå.
msg-you = Deg
msg-read = Lest
msg-write = Skriv til veilederen din
msg-offline-hint = Du kan skrive uten internett. Meldingen sendes når du er tilkoblet igjen.
msg-send = Send

## Meldinger fra maler: veilederen valgte en i konsollen; appen viser den på deltakerens språk,
## med norsken ved siden av. Dokumenter står i en liste under teksten.
msg-template-bring_documents = Ta med dette til møtet vårt ({ $at }):
msg-template-meeting_reminder = Husk møtet vårt: { $at }.
msg-template-meeting_moved = Møtet vårt er flyttet. Ny tid er { $at }.
msg-template-class_cancelled = Undervisningen din er avlyst: { $at }.
msg-template-please_call = Kan du ringe meg når du har anledning?
msg-template-document_accepted = Vi har fått dette dokumentet fra deg, og det er i orden:
msg-template-document_needed = Jeg trenger fortsatt dette dokumentet fra deg:
msg-template-programme_starts = Introduksjonsprogrammet ditt starter { $on }.
msg-template-in-norwegian = På norsk
msg-written-in-nb = Skrevet på norsk

## Foreslå en bedre tekst: på hver skjerm kan deltakeren si fra om en tekst som er feil eller uklar
wording-open = Er en tekst feil eller uklar?
wording-title = Foreslå en bedre tekst
wording-explain = Velg teksten som er feil eller uklar, og skriv den slik den bør være. Forslaget går til dem som oversetter appen; de ser ikke navnet ditt. Det sendes når du er tilkoblet.
wording-which = Hvilken tekst?
wording-now = Nå står det:
wording-better = Slik bør det være
wording-comment = Kommentar (valgfritt)
wording-send = Send forslaget
wording-sent = Takk! Forslaget sendes når du er tilkoblet.

## Meg
me-title = Meg
me-language = Språk
me-language-label = Språket i appen
me-text-size = Tekststørrelse
me-text-size-option = { $percent } %
me-reminders = Påminnelser
me-reminders-label = Minn meg på før avtaler
me-reminders-off = Ingen påminnelser
me-reminders-minutes = { $minutes } minutter før
me-reminders-hours = { $hours ->
    [one] 1 time før
    [24] 1 dag før
   *[other] { $hours } timer før
}
me-sync = Oppdateringer
me-sync-state = Tilkobling
me-sync-state-online = Tilkoblet
me-sync-state-offline = Frakoblet
me-sync-state-error = Problem med oppdatering
me-sync-state-never = Ikke oppdatert ennå
me-sync-server = Server
me-sync-last = Sist oppdatert
me-sync-attempt = Siste forsøk
me-sync-error = Problem
me-sync-never = Aldri
me-sync-pending = Venter på å bli sendt
me-key-storage = Beskyttelse av data
me-key-storage-keystore = Kryptert, nøkkelen lagres av telefonen
me-key-storage-file = Kryptert, nøkkelen lagres i appen
me-export = Eksporter dataene mine
me-export-hint = Lagre en kopi av alt som er på denne enheten.
me-export-json = Alle dataene mine (JSON)
me-export-ics = Kalender (.ics)
me-exported = Filen er lagret.
me-sign-out = Logg ut og slett
me-sign-out-explain = Alt Veikart har lagret på denne enheten, blir slettet. Planen din tas vare på av veilederen din; du kan koble til igjen med en ny kode.
me-sign-out-pending = { $count ->
    [one] { $count } endring er ikke sendt ennå og går tapt.
   *[other] { $count } endringer er ikke sendt ennå og går tapt.
}
me-sign-out-button = Logg ut og slett dataene
me-sign-out-confirm = Ja, slett alt
me-sign-out-confirm-group = Bekreft utlogging
me-translations = Oversettelser
me-translations-yours-unchecked = Ingen med språket ditt som morsmål har kontrollert tekstene på språket ditt ennå. Si gjerne fra hvis noe er feil eller uklart.
me-translations-unchecked = Ikke kontrollert av en med språket som morsmål ennå:
me-translations-all-checked = En med språket som morsmål har kontrollert hvert språk i appen.
me-translations-help = Vil du foreslå en bedre tekst, velger du «Er en tekst feil eller uklar?» nederst på hvilken som helst skjerm.

## Notifications, shown by the Rust side (src-tauri)
notification-title = Veikart
notification-appointment-added = Ny avtale: { $title }, { $time }
notification-appointment-moved = Avtalen er flyttet: { $title }, nå { $time }
notification-appointment-moved-where = Avtalen er endret: { $title }, nå { $time }, { $where }
notification-appointment-cancelled = Avlyst: { $title }, { $time }
notification-message = Ny melding fra veilederen din
notification-verdict = { $document }: { $verdict }
notification-reminder = Påminnelse: { $title } kl. { $time }

# Oppmøte på voksenopplæringen denne måneden (sak 10)
plan-attendance = Oppmøte denne måneden
plan-attendance-hint = Fravær uten gyldig grunn gir trekk i introduksjonsstønaden.
attendance-present = Til stede
attendance-late = For sent
attendance-absent = Borte
plan-absences = Fravær
plan-child-days-left = Dager igjen med fri for sykt barn (siste 12 måneder): { $count }
absence-status-not_assessed = Ikke vurdert ennå
absence-status-approved = Godkjent
absence-status-needs_document = Trenger legeerklæring
absence-status-no_valid_reason = Uten gyldig grunn: gir trekk
absence-kind-own_illness_self_certified = Egen sykdom (egenmelding)
absence-kind-own_illness_doctors_note = Egen sykdom (legeerklæring)
absence-kind-child_illness = Sykt barn
absence-kind-welfare_leave = Velferdspermisjon
absence-kind-holy_day = Høytid
absence-kind-other_approved_leave = Annen innvilget permisjon
absence-kind-no_valid_reason = Uten gyldig grunn
