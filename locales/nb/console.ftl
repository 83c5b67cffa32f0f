# Veikart, saksbehandlerkonsollen — norsk bokmål. Hver melding her må finnes i en/console.ftl.

console-name = Veikart saksbehandler
skip-to-content = Gå til innholdet
nav-label = Hovedmeny
nav-participants = Deltakere
nav-courses = Kurs
nav-reports = Rapporter
nav-wording = Tekstforslag
nav-audit = Tilgangslogg
nav-admin = Administrasjon
sign-out = Logg ut
role-caseworker = Saksbehandler
role-leader = Bydelsleder
role-admin = Bydelsadministrator
role-municipality_admin = Kommuneadministrator
save = Lagre
add = Legg til
back-to-list = ← Alle deltakere
back-to-participant = ← Tilbake til deltakeren
back-to-courses = ← Alle kurs

signin-title = Logg inn
signin-intro = For programrådgivere, NAV-veiledere og lærere i Voksenopplæringen.
signin-email = E-post
signin-password = Passord
signin-submit = Logg inn
signin-error-wrong = Feil e-post eller passord.
signin-error-locked = For mange feil forsøk. Innloggingen er sperret en stund; prøv igjen om 15 minutter.
signin-error-rate-limited = For mange forsøk fra denne maskinen. Vent et minutt og prøv igjen.
signin-sso = Logg inn med kommunens pålogging
signin-or-password = Eller logg inn med e-post og passord:
signin-error-password-off = Innlogging med passord er slått av her. Bruk kommunens pålogging.
sso-done-title = Du er logget inn
sso-done-continue = Gå videre til deltakerlisten
sso-refused-title = Innloggingen ble avvist
sso-refused-again = Prøv å logge inn igjen
sso-refused-email = E-post fra påloggingstjenesten
sso-refused-email-unverified = ikke bekreftet av påloggingstjenesten
sso-refused-subject = Din identifikator hos påloggingstjenesten
sso-refused-unreachable = Veikart får ikke kontakt med påloggingstjenesten akkurat nå. Prøv igjen om litt; driftsansvarlig er varslet i loggen.
sso-refused-wrong-issuer = Påloggingstjenesten svarte som en annen tjeneste enn den Veikart er satt opp med. Innloggingen ble stoppet for din sikkerhet; gi beskjed til driftsansvarlig.
sso-refused-state-mismatch = Innloggingen ble startet i en annen nettleser eller fane, eller informasjonskapselen mangler. Start innloggingen på nytt herfra.
sso-refused-state-used = Denne innloggingen er allerede brukt. Hver innlogging kan bare brukes én gang; start på nytt.
sso-refused-state-expired = Innloggingen tok for lang tid (mer enn 10 minutter) eller er ukjent. Start på nytt.
sso-refused-provider-refused = Påloggingstjenesten avbrøt innloggingen, eller du har ikke tilgang der.
sso-refused-code-refused = Påloggingstjenesten godtok ikke innloggingen. Start på nytt.
sso-refused-token-expired = Påloggingsbeviset fra påloggingstjenesten var utløpt. Start på nytt; skjer det igjen, kan klokken på tjenesten gå feil.
sso-refused-token-invalid = Påloggingsbeviset fra påloggingstjenesten kunne ikke bekreftes (signatur, mottaker eller engangskode stemte ikke).
sso-refused-unknown-user = Du er logget inn hos påloggingstjenesten, men ingen bruker i Veikart passer. Be administratoren i bydelen din om å opprette deg med e-postadressen eller identifikatoren nedenfor.

error-back = Til deltakerlisten
error-signed-out = Du er ikke logget inn
error-signed-out-help = Logg inn for å fortsette.
error-forbidden = Ikke tilgang
error-forbidden-help = Rollen din gir ikke tilgang til denne siden.
error-not-found = Fant ikke siden
error-not-found-help = Det du ser etter finnes ikke, eller hører til en annen bydel.
error-csrf = Skjemaet kunne ikke sendes
error-csrf-help = Skjemaet var utløpt eller kom fra et annet sted. Last siden på nytt og prøv igjen.
error-bad-form = Noe i skjemaet er ugyldig
error-bad-form-help = Gå tilbake, se over feltene og prøv igjen.
error-rate-limited = For mange forsøk
error-rate-limited-help = Vent litt og prøv igjen.
error-internal = Noe gikk galt
error-internal-help = Feilen er logget. Prøv igjen om litt.
error-unavailable = Serveren kan ikke lagre noe akkurat nå
error-unavailable-help = Ingenting er endret. Prøv igjen om et halvt minutt; driften er varslet.
error-bad-request = Forespørselen kunne ikke leses
error-bad-request-help = Adressen eller skjemaet inneholdt noe konsollen ikke forstår. Gå tilbake og prøv igjen, eller bruk lenkene i menyen.
error-too-large = Skjemaet er for stort
error-too-large-help = Et skjema kan være høyst 512 kB. Del en lang timeplan i flere importer.

participants-title = Mine deltakere
participants-new = Ny deltaker
participants-create = Opprett deltaker
participants-search = Søk etter navn
participants-filter-flag = Vis bare
participants-filter-all = Alle
participants-filter-mine = Bare mine
participants-filter-apply = Vis
participants-count = Viser { $shown } av { $total } deltakere
participants-flags = Varsler
participants-none = Ingen deltakere passer.

flag-none = I rute
flag-programme-late = { $days } dager uten programstart (§ 12)
flag-no-recognition = Ikke søkt godkjenning
flag-no-placement = Ingen praksis etter { $months } måneder
flag-unread = { $count ->
    [one] 1 ulest melding
   *[other] { $count } uleste meldinger
}
flag-no-device = Ingen enhet
flag-device-stale = Enhet ikke sett på { $days } dager
flag-pack-not-sent = Pakken har vært komplett i { $days } dager, ikke sendt til HK-dir
flag-no-three-way = Ingen trekantsamtale dette halvåret
flag-name-programme-late = Programstart sen
flag-name-no-recognition = Ikke søkt godkjenning
flag-name-no-placement = Ingen praksis
flag-name-unread = Uleste meldinger
flag-name-no-device = Ingen enhet
flag-name-device-stale = Enhet ikke sett
flag-name-pack-not-sent = Komplett pakke ikke sendt
flag-name-no-three-way = Ingen trekantsamtale dette halvåret

field-name = Navn
field-language = Foretrukket språk
field-settled-on = Bosatt
field-programme-decided = Vedtak om program
field-programme-start = Programstart
field-programme-end = Programslutt
field-sluttmaal = Sluttmål
field-norskmaal = Norskmål
field-recognition-relevant = Godkjenning av utdanning er aktuelt
field-caseworker = Saksbehandler
field-goal-kind = Type mål
field-goal = Mål
field-title = Tittel
field-description = Beskrivelse
field-target-date = Måldato
field-activity-type = Type aktivitet
field-due = Frist
field-starts-on = Fra
field-ends-on = Til
field-place = Sted
field-room = Rom
field-bring = Ta med
field-date = Dato
field-time = Tid
field-start = Start
field-end = Slutt
field-from = Fra dato
field-to = Til dato
field-event-kind = Type avtale
field-nav-adviser = NAV-veileder (trekantsamtale)
field-teacher = Lærer (trekantsamtale)
field-agenda = Agenda
event-school-part = Fra Voksenopplæringen
field-next-steps = Avtalt videre
step-heading = Neste steg i planen
step-none = Ingen steg lagt inn i planen fra dette møtet ennå.
step-add = Legg til et steg i planen
step-due = frist { $date }
field-step-title = Steg
field-step-owner = Hvem gjør det
step-owner-participant = Deltakeren
step-owner-caseworker = NAV (veileder)
step-owner-school = Voksenopplæringen (skolen)
field-credential = Utdanning som skal godkjennes
field-country = Land
field-level = Nivå
field-route = Søknadsvei
field-authority = Myndighet
field-case-number = Saksnummer
field-status = Status
field-document = Dokument
field-note = Merknad
field-device = Enhet
field-provider = Tilbyder
field-period = Periode
field-email = E-post
field-role = Rolle
field-password = Passord (minst 12 tegn)

lang-nb = Norsk bokmål
lang-en = Engelsk
lang-uk = Ukrainsk
lang-ru = Russisk
lang-ar = Arabisk
lang-ti = Tigrinja
lang-prs = Dari
lang-so = Somali
lang-nn = Nynorsk
lang-fa = Persisk

participant-sections = Deler av deltakerens side
section-profile = Profil og program
section-plan = Plan
section-schedule = Avtaler
section-placements = Praksis
section-recognition = Godkjenning
section-messages = Meldinger
section-devices = Enheter

plan-proposals = Forslag fra deltakeren
plan-agree = Godkjenn forslaget
plan-agreed = avtalt
proposal-decline = Avslå forslaget
proposal-decline-reason = Begrunnelse (deltakeren ser den)
proposal-decline-submit = Avslå
proposal-comment = Kommenter uten å avgjøre
proposal-comment-text = Kommentar (deltakeren ser den; forslaget står fortsatt)
proposal-comment-submit = Send kommentar
proposal-written-in-norwegian = Skriv på norsk; appen viser at teksten er skrevet på norsk.
proposal-commented-by = Kommentert av { $name } { $when }
proposal-declined-by = avslått av { $name }
plan-due = frist { $date }
plan-no-activities = Ingen aktiviteter ennå.
plan-other-activities = Andre aktiviteter
plan-add-goal = Legg til mål
plan-add-activity = Legg til aktivitet
goal-kind-sluttmaal = Sluttmål
goal-kind-norskmaal = Norskmål
goal-kind-delmaal = Delmål
activity-type-norwegian_course = Norskopplæring
activity-type-language_practice = Språkpraksis
activity-type-work_practice = Arbeidspraksis
activity-type-job_search = Jobbsøking
activity-type-course = Kurs
activity-type-education = Utdanning
activity-type-recognition = Godkjenning
activity-type-meeting = Møte
activity-type-health = Helse
activity-type-housing = Bolig
activity-type-other = Annet
activity-status-proposed = foreslått
activity-status-planned = planlagt
activity-status-in_progress = i gang
activity-status-done = fullført
activity-status-cancelled = avlyst

schedule-none = Ingen avtaler.
schedule-add = Legg til avtale
event-kind-class_session = Undervisning
event-kind-meeting = Møte
event-kind-kartlegging = Kartleggingssamtale
event-kind-trekantsamtale = Trekantsamtale
event-kind-placement_shift = Praksisdag
event-cancelled = avlyst
event-parties = Deltar
event-questions = Deltakerens spørsmål til agendaen:
event-answer-coming = Deltakeren kommer
event-answer-cant_come = Deltakeren kan ikke komme
party-participant = deltaker
party-caseworker = programrådgiver
party-nav_adviser = NAV-veileder
party-teacher = lærer
party-interpreter = tolk
party-employer = arbeidsgiver

placements-none = Ingen språk- eller arbeidspraksis ennå.

recognition-none = Ingen godkjenningssaker.
recognition-add = Ny godkjenningssak
recognition-documents = Dokumenter som trengs
recognition-no-documents = Ingen dokumenter registrert.
recognition-add-document = Nytt dokument
route-hkdir_general = Generell godkjenning (HK-dir)
route-regulated_profession = Lovregulert yrke
route-vocational = Fag- og yrkesopplæring
recognition-status-not_applied = ikke søkt
recognition-status-draft = utkast
recognition-status-submitted = sendt
recognition-status-documents_missing = mangler dokumenter
recognition-status-in_processing = til behandling
recognition-status-decided_full = godkjent
recognition-status-decided_partial = delvis godkjent
recognition-status-rejected = avslått
recognition-status-appealed = klaget
document-kind-diploma = Vitnemål
document-kind-transcript = Karakterutskrift
document-kind-translation = Autorisert oversettelse
document-kind-passport_copy = Kopi av pass
document-kind-cv = CV
document-kind-employment_certificate = Arbeidsattest
document-kind-course_description = Fagbeskrivelse
document-kind-language_certificate = Språkbevis
document-kind-other = Annet
document-status-missing = mangler
document-status-ready = klar hos deltakeren
document-status-received = mottatt
document-status-not_needed = trengs ikke

# Søknadspakken: dokumentenes sider, saksbehandlerens vurdering, sending til HK-dir.
pack-pages = Sider
pack-verdict = Vurdering
pack-page = Side { $n }
pack-page-arriving = Side { $n } (på vei)
pack-page-file = Side { $n } ({ $kind })
pack-no-pages = Ingen sider ennå
pack-download = Last ned til HK-dir
pack-judge = Lagre vurdering
pack-error-no-pages = Ingen side av dette dokumentet er kommet fram ennå.
pack-sent-date = Sendt til HK-dir
pack-sent-reference = HK-dirs referanse
pack-mark-sent = Registrer som sendt
pack-sent-on = Sendt til HK-dir { $date }, referanse { $reference }
pack-complete-since = Alle dokumenter godkjent siden { $date }: pakken er klar til å sendes.
verdict-accepted = Godkjent
verdict-unreadable = Uleselig – ta bildet på nytt
verdict-wrong_document = Feil dokument
verdict-needs_authorised_translation = Trenger autorisert oversettelse
verdict-needs_original = Trenger originalen fra lærestedet

messages-none = Ingen meldinger ennå.
messages-write = Skriv til deltakeren
messages-send = Send
messages-mark-read = Marker som lest
message-unread = ulest
author-participant = Deltakeren
author-caseworker = Saksbehandler

## Meldinger fra maler
message-from-template = Fra malen «{ $name }». Deltakeren leser den på sitt eget språk ({ $language }).
messages-language-note = Deltakerens språk: { $language }. Det du skriver selv, vises slik du skrev det, merket «skrevet på norsk». En melding fra en mal vises på deltakerens språk.
templates-heading = Send en melding fra en mal
templates-explain = Malene er oversatt til alle språkene i appen. Deltakeren ser meldingen på sitt språk ({ $language }), med den norske teksten ved siden av.
template-name-bring_documents = Ta med dokumenter til et møte
template-name-meeting_reminder = Påminnelse om et møte
template-name-meeting_moved = Møtet er flyttet
template-name-class_cancelled = Undervisningen er avlyst
template-name-please_call = Be deltakeren ringe
template-name-document_accepted = Dokumentet er mottatt og i orden
template-name-document_needed = Et dokument mangler
template-name-programme_starts = Introduksjonsprogrammet starter
template-param-at = Tidspunkt
template-param-at-date = Dato
template-param-at-time = Klokkeslett
template-param-on = Dato
template-param-document = Dokument
template-param-documents = Dokumenter
template-note = Egne ord under malen (valgfritt; vises på norsk)
template-preview = Vis teksten
template-preview-heading = Dette blir sendt, på norsk:
template-outline-heading = Teksten på norsk:
form-error-no-document = Velg minst ett dokument.

devices-none = Ingen enheter.
device-enrolled = Registrert
device-last-seen = Sist sett
device-revoked = Koblet fra { $when }
device-revoke = Koble fra
device-issue-code = Lag registreringskode

code-title = Registreringskode
code-for = For { $name }. Koden vises bare nå.
code-qr-label = QR-kode for registrering
code-expires = Gyldig til { $when }, og kan brukes én gang.
code-print-hint = Skriv ut arket (Ctrl+P) og gi det til deltakeren. Det er på deltakerens språk, med norsk ved siden av, og får plass på én A4-side.

courses-title = Kurs i Voksenopplæringen
courses-none = Ingen kurs ennå.
courses-new = Nytt kurs
courses-create = Opprett kurs
course-members = Deltakere på kurset
course-no-members = Ingen deltakere ennå.
course-add-member = Legg til deltaker
course-sessions = Undervisningsøkter
course-no-sessions = Ingen økter ennå.
course-change = Endre
course-move = Flytt
course-move-save = Flytt økten
course-cancel = Avlys
course-term = Lag et semester fra en ukeplan
course-weekdays = Ukedager
course-generate = Lag øktene
course-import = Importer timeplan (CSV)
course-import-help = Én økt per linje: dato,start,slutt,rom,sted — for eksempel 2026-09-07,09:00,11:30,Rom 2. Er én linje feil, importeres ingenting.
course-import-csv = Timeplan (CSV)
course-import-submit = Importer
course-import-failed = Ingenting ble importert. { $count ->
    [one] Én linje har feil
   *[other] { $count } linjer har feil
}; rett dem og prøv igjen.
course-import-more = Viser de { $shown } første av { $count } feil.
session-status-scheduled = planlagt
session-status-cancelled = avlyst
weekday-mon = mandag
weekday-tue = tirsdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lørdag
timetable-line = Linje { $line }
timetable-error-end-before-start = slutter før den starter
timetable-error-empty-period = ingen økter i perioden
timetable-error-too-many = for mange økter
timetable-error-columns = feil antall kolonner (dato,start,slutt[,rom[,sted]])
timetable-error-date = ugyldig dato (ÅÅÅÅ-MM-DD)
timetable-error-time = ugyldig klokkeslett (TT:MM)
timetable-error-unreadable = kan ikke leses som CSV
timetable-error-no-such-time = klokkeslettet finnes ikke den dagen (klokken stilles frem)
timetable-error-year = året må være mellom 2000 og 2100
timetable-error-outside-course = datoen er utenfor kursets periode
timetable-error-room = rommet er for langt (høyst 200 tegn) eller har tegn som ikke er tillatt
timetable-error-place = stedet er for langt (høyst 200 tegn) eller har tegn som ikke er tillatt

reports-title = Rapport for bydelen
reports-title-all = Rapport for alle bydeler
reports-views = Rapportvisninger
reports-own = Egen bydel
reports-all = Alle bydeler
reports-intro = Måltallene fra revisjonen for deltakere bosatt i perioden. Bare tall, ingen navn.
reports-intro-all = Måltallene fra revisjonen for hver bydel side om side, for deltakere bosatt i perioden. Bare tall, ingen navn.
reports-from = Bosatt fra og med
reports-to = Bosatt til og med
reports-show = Vis rapporten
reports-this-quarter = Dette kvartalet
reports-previous-quarter = Forrige kvartal
reports-period = Bosatt { $from }–{ $to }
reports-measure = Måltall
reports-group-programme = Start i introduksjonsprogrammet
reports-settled = Bosatt i perioden
reports-median-to-start = Dager fra bosetting til programstart (median)
reports-within-three-months = Startet innen tre måneder
reports-not-started = Har ikke startet ennå
reports-group-recognition = Godkjenning av utdanning
reports-recognition-applied = Har søkt godkjenning, av dem det er aktuelt for
reports-median-to-application = Dager fra bosetting til søknad (median)
reports-group-placement = Språk- og arbeidspraksis
reports-placed = Har hatt språk- eller arbeidspraksis
reports-median-to-placement = Dager fra bosetting til første praksis (median)
reports-group-meetings = Trekantsamtaler
reports-trekantsamtaler = Trekantsamtaler holdt i perioden
reports-in-programme = Deltakere i programmet i perioden
reports-in-programme-met = Av dem med minst én trekantsamtale holdt i perioden
reports-packs-sent = Søknadspakker sendt til HK-dir i perioden
reports-median-complete-to-sent = Dager fra komplett pakke til sendt (median)
reports-csv = Last ned rapporten som CSV
reports-definitions = Slik er tallene regnet ut
reports-def-programme = Deltakere med bosettingsdato i perioden. Startet: programstart er satt og er i dag eller tidligere. Innen tre måneder: programstart senest tre kalendermåneder etter bosetting. Medianen gjelder dem som har startet.
reports-def-recognition = Blant de bosatte der godkjenning er aktuelt: de som har en godkjenningssak med status etter «ikke søkt» og «utkast». Dagene telles til første gang en sak fikk status «sendt».
reports-def-placement = Aktiviteter av typen språkpraksis eller arbeidspraksis, ikke avlyst, med startdato i dag eller tidligere. Dagene telles fra bosetting til første praksis.
reports-def-meetings = Trekantsamtaler i bydelen som ikke er avlyst, som startet i perioden og er over — for alle deltakere, ikke bare dem som ble bosatt i perioden. I programmet: alle bydelens deltakere med programstart senest ved periodens slutt og som ikke avsluttet programmet før perioden begynte; av dem de som hadde minst én egen trekantsamtale holdt i perioden. Velg et halvår (januar–juni, juli–desember) for å se hvor mange som har hatt én det halvåret.
reports-group-attendance = Oppmøte i Voksenopplæringen
reports-attendance-participants = Deltakere med registrert oppmøte i perioden
reports-attendance-rate = Oppmøte, av registrerte undervisningsøkter
reports-hours-no-valid-reason = Timer fravær uten gyldig grunn
reports-absent-no-valid-reason = Av dem med fravær uten gyldig grunn
reports-absent-no-valid-reason-short = Deltakere med fravær uten gyldig grunn
reports-hours = { $hours } t
reports-attendance-per-course = Oppmøte per kurs
reports-absence-per-month = Fravær uten gyldig grunn per måned
reports-course = Kurs
reports-sessions-marked = Økter registrert
reports-month = Måned
reports-def-attendance = Undervisningsøkter i perioden som læreren har ført på klasselisten for en av bydelens deltakere. Oppmøte: til stede eller for sent, av alle registrerte økter. Fravær uten gyldig grunn: timene i fravær som saksbehandleren har vurdert som uten gyldig grunn, eller som etter bydelens fraværsregler er det (for eksempel egenmelding ut over antall dager); fravær som ikke er vurdert ennå, eller som venter på legeerklæring, telles ikke. Deltakere som er slettet etter oppbevaringstiden telles med. Timene per deltaker og måned står på siden Fravær.
reports-median = Median
reports-def-median = Den midterste verdien; med et likt antall verdier snittet av de to midterste, rundet til hele dager.
reports-of = { $part } av { $whole }
reports-days = { $days ->
    [one] 1 dag
   *[other] { $days } dager
}
reports-fewer-than-five = færre enn 5
reports-withheld = holdt tilbake
reports-of-text = { $part } av { $whole }
reports-too-few = for få til å vise
reports-small-counts = Små tall
reports-def-small-counts = I rapporten for alle bydeler vises tall fra 1 til 4 som «færre enn 5», og medianer for færre enn fem personer vises ikke, fordi de kan peke ut en person. Et tall som sammen med de andre ville avsløre et skjult tall, holdes tilbake. Rapporten for egen bydel viser alle tall.
reports-no-value = ingen tall

audit-title = Tilgangslogg
audit-intro = Hvem som har sett eller endret deltakeres opplysninger, og når. De nyeste først.
audit-when = Når
audit-who = Hvem
audit-what = Hva
audit-target = Gjelder
audit-none = Ingen oppføringer.
audit-older = Eldre oppføringer

admin-title = Administrasjon
admin-caseworkers = Brukere i bydelen
admin-caseworkers-all = Brukere i alle bydeler
admin-not-yours = Administreres av bydelen
field-bydel = Bydel
admin-add-caseworker = Ny bruker
admin-settings = Innstillinger for bydelen
admin-placement-months = Måneder etter programstart før manglende praksis varsles
admin-three-way-weeks = Uker inn i halvåret (januar–juni, juli–desember) før manglende trekantsamtale varsles
admin-new-password = Nytt passord
admin-new-password-for = Nytt passord for { $name } (minst 12 tegn)
admin-set-password = Sett passord
admin-password-help = Et nytt passord logger brukeren ut overalt, unntatt deg selv her.
admin-sso = Kommunens pålogging
admin-sso-help = En bruker logger inn med kommunens pålogging når e-postadressen er bekreftet der, eller med identifikatoren som står her. Påloggingstjenester som ikke bekrefter e-post (Microsoft Entra ID) trenger identifikatoren: brukeren ser den på siden som avviser første forsøk. Tomt felt fjerner koblingen.
admin-sso-subject = Identifikator hos påloggingstjenesten
admin-sso-subject-for = Identifikator hos påloggingstjenesten for { $name }
form-error-subject-taken = En annen bruker har allerede denne identifikatoren.

form-errors-summary = Skjemaet ble ikke lagret. Rett feltene som er merket og prøv igjen.
form-error-required = Fyll ut dette feltet.
form-error-date = Ikke en gyldig dato.
form-error-time = Ikke et gyldig klokkeslett (TT:MM).
form-error-end-before-start = Slutten må være etter starten.
form-error-no-such-time = Dette klokkeslettet finnes ikke den dagen (sommertid).
form-error-period-order = Sluttdatoen må være samme dag som eller etter startdatoen.
form-error-period-long = Perioden kan være høyst ti år.
form-errors-go = Gå til skjemaet.
form-error-too-long = Høyst { $n } tegn.
form-error-control = Inneholder kontrolltegn som ikke er tillatt.
form-error-bidi = Inneholder usynlige tegn som snur skriveretningen. Skriv teksten på nytt i stedet for å lime den inn.
form-error-invisible = Inneholder bare usynlige tegn.
form-error-year = Året må være mellom 2000 og 2100.
form-error-choice = Velg et av alternativene i listen.
form-error-gone = Det valgte finnes ikke lenger. Last siden på nytt og velg igjen.
form-error-email = Ikke en gyldig e-postadresse (navn@eksempel.no).
form-error-email-taken = Det finnes allerede en bruker med denne e-postadressen.
form-error-password-short = Passordet må ha minst { $n } tegn.
form-error-months = Et helt tall fra 1 til 36.
form-error-outside-course = Datoen er utenfor kursets periode.
form-error-no-weekday = Velg minst én ukedag.
form-error-no-sessions = Ingen av de valgte ukedagene faller i perioden.
form-error-too-many-sessions = For mange økter: høyst { $n } om gangen. Velg en kortere periode.
form-error-import = Timeplanen har feil; se linjene over.
form-error-not-saved = Endringen ble ikke lagret, fordi noe er endret siden siden ble vist. Last siden på nytt og prøv igjen.
signin-expired = Økten ble avsluttet etter 30 minutter uten aktivitet, eller etter åtte timer. Logg inn igjen.

## Tekstforslag fra deltakerne (forslag til bedre tekst i appen)
wording-title = Tekstforslag fra deltakerne
wording-title-all = Tekstforslag fra alle bydeler
wording-views = Hvilke forslag
wording-own = Bydel { $bydel }
wording-all = Alle bydeler
wording-intro = Deltakerne kan si fra i appen når en tekst er feil eller uklar, og foreslå en bedre. Her står forslagene per språk og tekst, med hvor mange som foreslo hver tekst. Ingen navn vises. Last ned forslagene som en patch til appens språkfiler og send den til prosjektets oversettere, som går gjennom hver tekst før den tas i bruk.
wording-unchecked = Ingen med språket som morsmål har kontrollert disse oversettelsene ennå:
wording-download-all = Last ned alle som patch
wording-download = Last ned patch for { $language }
wording-count = { $count ->
    [one] ett forslag
   *[other] { $count } forslag
}
wording-review-source = Appens tekster skrives først på dette språket.
wording-review-checked = Kontrollert av en med språket som morsmål.
wording-review-not_checked = Ikke kontrollert av en med språket som morsmål ennå.
wording-now = Teksten nå
wording-in-english = På engelsk
wording-proposed = Foreslått tekst
wording-text = Forslag
wording-how-many = Antall
wording-comments = Kommentarer:
wording-none = Ingen forslag ennå.
wording-patch-of-bydel = bydel { $bydel }
wording-patch-of-all = alle bydeler
wording-patch-proposal = Foreslått av deltakere ({ $n } av { $total }): { $text }
wording-patch-header =
    Veikart: deltakernes forslag til bedre tekst i appen, { $of }, hentet { $date }.
    Laget mot språkfilene denne serveren ble bygget med. Les hver tekst, og bruk så git apply i prosjektets kildekode.
    En tekst på én linje får den teksten flest foreslo; en tekst med verdier eller varianter beholdes, med forslagene som kommentarer over.

nav-today = I dag
today-title = I dag
today-queues = Dette venter
today-nothing = Ingenting venter på deg.
today-summary = { $count ->
    [one] 1 sak venter
   *[other] { $count } saker venter
}{ $overdue ->
    [0] .
    [one] , 1 av dem over fristen.
   *[other] , { $overdue } av dem over fristen.
}
today-queue-deadlines = Frist for programstart (§ 12)
today-queue-meetings = Møter i dag
today-queue-cant-come = «Kan ikke komme» de neste 7 dagene
today-queue-proposals = Forslag å godta, avslå eller svare på
today-queue-documents = Dokumenter merket klare
today-queue-unread = Uleste meldinger
today-severity-overdue = Over fristen
today-severity-soon = Snart
today-severity-today = I dag
today-severity-waiting = Venter på deg
today-deadlines-help = Introduksjonsprogrammet skal starte innen tre måneder etter bosetting (integreringsloven § 12). Vises fra ti uker etter bosetting til en start innen fristen er vedtatt.
today-deadline-overdue = Over fristen
today-deadline-warning = Snart frist
today-days-left = { $days ->
    [one] 1 dag igjen
   *[other] { $days } dager igjen
}
today-days-over = { $days ->
    [0] fristen er i dag
    [one] 1 dag over fristen
   *[other] { $days } dager over fristen
}
today-deadline-limit = frist { $date }
today-cant-come = kan ikke komme ({ $kind })
today-to-course = Åpne kurset
today-newest = nyeste { $time }
today-none = Ingenting her.

reports-of-percent = { $part } av { $whole } ({ $percent } %)
reports-charts = De siste fire kvartalene
reports-charts-intro = Hver figur viser bydelens tall per kvartal for bosetting ved siden av medianen for Oslos bydeler (skravert). Medianen tar ikke med tall som rapporten for alle bydeler skjuler, og vises bare når minst tre bydeler har et tall. Tallene står i hver figurs beskrivelse og i tabellen over.
reports-chart-quarter = { $quarter }. kv. { $year }
reports-chart-oslo = Oslo, median av bydelene
reports-chart-percent = { $n } %
reports-chart-days = { $n } d
reports-chart-share = { $percent } ({ $part } av { $whole })
reports-chart-too-few-bydeler = for få bydeler til å vise
today-more = { $count ->
    [one] 1 til
   *[other] { $count } til
}
reach-latest = Siste endring har nådd { $reached } av { $devices ->
    [one] 1 enhet
   *[other] { $devices } enheter
}.
reach-latest-course = Siste endring i kurset har nådd { $reached } av deltakernes { $devices ->
    [one] 1 enhet
   *[other] { $devices } enheter
}.
## Lagringstid og deltakerens rettigheter (administratorer)
admin-retention-months = Måneder en deltakers opplysninger beholdes etter at programmet er avsluttet
admin-pack-send-days = Dager en komplett søknadspakke kan vente før den flagges som ikke sendt
admin-absence-rules = Fraværsregler
admin-absence-rules-help = Standardverdiene er forskriftens slik IMDi forklarer dem (integreringsforskriften kapittel 3; docs/console.md viser hvilken paragraf hvert tall bygger på). Endringer gjelder fra neste gang fraværet vurderes, også for tidligere måneder.
admin-absence-self_cert_max_days = Lengste sammenhengende fravær én egenmelding dekker (arbeidsdager)
admin-absence-self_cert_per_12_months = Egenmeldinger tillatt i løpet av 12 måneder
admin-absence-self_cert_after_weeks = Uker i programmet før egenmelding kan brukes
admin-absence-self_cert_rejoin_days = Kalenderdager etter en egenmelding der ny sykdom regnes som samme periode
admin-absence-child_days_per_12_months = Dager med barns sykdom i løpet av 12 måneder
admin-absence-child_max_days_without_note = Lengste fravær for barns sykdom uten legeerklæring (arbeidsdager)
admin-absence-flag_hours_per_month = Timer fravær uten gyldig grunn i en måned før deltakeren flagges
admin-page-retention-months = Måneder dokumentsidene beholdes etter at saken er avgjort
admin-retention-help = Dagen etter slettes alt om deltakeren: plan, timeplan, meldinger, enheter og registreringskoder. Rapportene beholder bare tallene. Nå: { $months ->
    [one] 1 måned
   *[other] { $months } måneder
}. Deltakere uten sluttdato beholdes.
form-error-retention-months = Et helt tall fra 1 til { $n }.
form-error-up-to = Et helt tall fra 0 til { $n }.
rights-label = Deltakerens rettigheter:
rights-export-page = Alt om deltakeren (side)
rights-export-json = Alt om deltakeren (JSON)
rights-erase = Slett …
export-title = Alt om { $name }
export-intro = Alt Veikart har lagret om denne deltakeren, per { $when }. Utleveringen er ført i tilgangsloggen.
export-retention = Beholdes i { $months ->
    [one] 1 måned
   *[other] { $months } måneder
} etter at programmet er avsluttet, og slettes så.
export-records = Plan, timeplan, godkjenning og meldinger
export-none = Ingen.
export-codes = Registreringskoder
export-device-name = Enhet
export-created = Opprettet
export-last-seen = Sist sett
export-revoked = Logget ut
export-expires = Utløper
export-used = Brukt
export-wording = Forslag til tekster i appen
export-language = Språk
export-text = Tekst
export-access = Hvem som har sett eller endret opplysningene
export-kind-goal = Mål
export-kind-activity = Aktivitet
export-kind-course = Kurs
export-kind-course_membership = Kursdeltakelse
export-kind-event = Avtale
export-kind-answer = Svar på en avtale
export-kind-agenda_item = Punkt på dagsorden
export-kind-recognition_case = Godkjenningssak
export-kind-required_document = Dokument til saken
export-kind-message = Melding
export-kind-guidance = Veiledning
erase-title = Slett { $name }
erase-what = Alt om denne deltakeren slettes straks og kan ikke gjenopprettes: profil, plan, timeplan, godkjenningssaker, meldinger, registreringskoder og { $devices ->
    [one] 1 enhet, som logges ut
   *[other] { $devices } enheter, som logges ut
}.
erase-kept = Rapportene beholder bare tallene, uten navn eller id. Tilgangsloggen viser at du slettet deltakeren, med id.
erase-export-first = Hent ut alt først, hvis deltakeren har bedt om en kopi.
erase-confirm = Jeg har kontrollert kravet og hvem som har fremsatt det.
erase-button = Slett deltakeren
form-error-erase-confirm = Kryss av for å bekrefte slettingen.
erase-done = Deltakeren er slettet. Tilgangsloggen viser slettingen.

# Voksenopplæringen: lærerens klasser og klasselister, fravær (sak 10)
role-teacher = Lærer
nav-classes = Mine klasser
nav-absence = Fravær
classes-title = Mine klasser
classes-none = Du er ikke lærer i noen klasser ennå.
nav-timetables = Timeplaner
back-to-timetables = Tilbake til timeplanene
course-class-page = Klasselisten og deltakerne
class-timetable = Endre timeplanen: nytt semester, import, flytte eller avlyse en time
classes-new = Ny klasse
back-to-classes = ← Alle mine klasser
back-to-class = ← Tilbake til klassen
field-course = Kurs
class-list = Klasseliste
class-list-take = Ta opprop
class-list-save = Lagre klasselisten
class-list-saved = Klasselisten er lagret.
class-list-problem = Klasselisten ble ikke lagret. Rett linjen som er merket.
class-list-late-needs-minutes = Skriv hvor mange minutter for sent (1–600).
class-list-notices = Beskjeder før timen
class-list-cant-come = Kan ikke komme
attendance-mark = Oppmøte
attendance-present = Til stede
attendance-late = For sent
attendance-absent = Fravær
attendance-late-minutes = Minutter for sent
attendance-minutes = { $minutes } min
attendance-title = Oppmøte og fravær
attendance-none = Ingen registrert oppmøte ennå.
attendance-classification = Vurdering
attendance-classify = Lagre vurdering
attendance-doctors-note = Legeerklæring mottatt
attendance-child-days-left = Dager igjen med fri ved barns sykdom: { $days } av { $allowed } de siste 12 månedene.
absence-own_illness_self_certified = Egen sykdom, egenmelding
absence-own_illness_doctors_note = Egen sykdom, legeerklæring
absence-child_illness = Barns sykdom
absence-welfare_leave = Velferdspermisjon
absence-holy_day = Høytidsdag
absence-other_approved_leave = Annen innvilget permisjon
absence-no_valid_reason = Uten gyldig grunn
verdict-approved = gyldig
verdict-needs_doctors_note = trenger legeerklæring
verdict-no_valid_reason = gir trekk
absence-title = Fravær per måned
absence-month = Måned
absence-show = Vis
absence-csv = Last ned CSV for lønn
absence-explain = Timer fravær uten gyldig grunn er grunnlaget for trekk i introduksjonsstønaden (integreringsloven § 21). Bydelen flagger over { $threshold } timer i måneden.
absence-sessions = Undervisningsøkter
absence-hours-no-valid-reason = Timer uten gyldig grunn
absence-hours-needing-note = Timer som mangler legeerklæring
absence-hours-unclassified = Timer ikke vurdert
absence-hours-approved = Timer gyldig fravær
absence-flags = Flagg
absence-none = Ingen av bydelens deltakere hadde undervisning denne måneden.
flag-absence-over-threshold = Over bydelens grense for fravær
flag-doctors-note-missing = Mangler legeerklæring
class-meetings = Trekantsamtaler du er med på
field-school-part = Skolens del av agendaen: framgang i norsk, oppmøte (deltakeren og veilederen ser den)
class-no-meetings = Ingen trekantsamtaler med deg ennå.
absence-course-rates = Oppmøte per kurs (bydelens deltakere)
absence-rate = Oppmøte
absence-rate-value = { $attended } av { $marked } ({ $percent } %)
