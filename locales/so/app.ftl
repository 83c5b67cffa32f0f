# Veikart, barnaamijka ka-qaybgalayaasha — Soomaali.
# Waxaa wada isticmaala interface-ka (ui/) iyo qaybta Rust. Fariin kasta oo halkan ku jirta waa inay ku jirtaa luqad kasta.

app-name = Veikart
language-autonym = Soomaali
loading = Waa la soo rarayaa…
skip-to-content = U gudub waxa ku jira
action-cancel = Jooji

## Magacyada luqadaha (si loo calaamadiyo qoraal luqad kale ku qoran)
lang-name-nb = Noorwiiji
lang-name-nn = Noorwiiji (Nynorsk)
lang-name-en = Ingiriisi
lang-name-uk = Yukreeni
lang-name-ru = Ruush
lang-name-ar = Carabi
lang-name-ti = Tigrinya
lang-name-prs = Dari
lang-name-fa = Faarisi
lang-name-so = Soomaali
text-translation = Turjumaad

## Kalandarka: magacyo iyo qaabab marka qalabku aanu haysan xogta taariikhda luqaddan
cal-month-1 = Jannaayo
cal-month-2 = Febraayo
cal-month-3 = Maarso
cal-month-4 = Abriil
cal-month-5 = May
cal-month-6 = Juun
cal-month-7 = Luuliyo
cal-month-8 = Ogost
cal-month-9 = Sebtembar
cal-month-10 = Oktoobar
cal-month-11 = Nofembar
cal-month-12 = Desembar
cal-weekday-0 = Axad
cal-weekday-1 = Isniin
cal-weekday-2 = Talaado
cal-weekday-3 = Arbaco
cal-weekday-4 = Khamiis
cal-weekday-5 = Jimco
cal-weekday-6 = Sabti
cal-weekday-short-0 = Axd
cal-weekday-short-1 = Isn
cal-weekday-short-2 = Tldo
cal-weekday-short-3 = Arbc
cal-weekday-short-4 = Khms
cal-weekday-short-5 = Jmc
cal-weekday-short-6 = Sbti
cal-pattern-day-long = { $weekday }, { $day } { $month }
cal-pattern-date = { $day } { $month } { $year }
cal-pattern-day-short = { $weekdayShort } { $day }
cal-pattern-date-time = { $day }, saacadda { $time }
cal-pattern-time-range = { $from }–{ $to }
day-today = Maanta, { $day }
day-tomorrow = Berri, { $day }

## Hagista
nav-label = Liiska ugu weyn
nav-today = Maanta
nav-plan = Qorshe
nav-schedule = Jadwal
nav-recognition = Waxbarasho
nav-messages = Fariimo
nav-me = Aniga
nav-unread = { $count ->
    [one] { $count } fariin aan la akhrin
   *[other] { $count } fariimood oo aan la akhrin
}

## Isku-xidhka
sync-region = Xidhiidhka iyo isbeddellada
sync-online = Khadka ayaad ku jirtaa · la cusbooneysiiyay { $when }
sync-offline = Khadka kuma jirtid · markii ugu dambeysay { $when }
sync-offline-never = Khadka kuma jirtid · weli lama cusbooneysiin
sync-never = Weli lama cusbooneysiin
sync-failed = Lama cusbooneysiin karin: { $reason }
sync-pending = { $count ->
    [0] Isbeddel sugaya ma jiro
    [one] { $count } isbeddel ayaa sugaya in la diro
   *[other] { $count } isbeddel ayaa sugaya in la diro
}
sync-now = Hadda cusbooneysii
sync-error-offline = internet ma jiro
sync-error-server_error = server-ka ayaa dhibaato qabay
sync-error-unsupported_protocol = barnaamijku waa duug, fadlan cusbooneysii
sync-error-device_revoked = qalabkan waa la gooyay
sync-error-unauthorized = qalabkan lama yaqaan
sync-error-unavailable = server-ku hadda wuu mashquul yahay, isbeddelladaadu way badbaadsan yihiin, mar dambe ayaana la diri doonaa
sync-error-internal = wax ayaa khaldamay
pending-waiting = Wuxuu sugayaa in la diro
receipt-sent = Waa la diray
receipt-seen-by = Waxaa arkay { $name }, { $when }
receipt-seen = Waa la arkay, { $when }
proposal-agreed-by = Waa la ogolaaday ({ $name })
proposal-declined-by = Waa la diiday ({ $name })
proposal-comment-from = Faallada { $name }:
proposal-reason-from = Sababta diidmada ee { $name }:
rejected-rolled-back = Lama aqbalin, sidaa darteed waa la celiyay: { $reason }
rejected-change = «{ $what }» lama aqbalin: { $reason }
rejected-dismiss = Waayahay

## Isbeddellada server-ku diidi karo
op-set_activity_status = Beddelka xaaladda hawsha
op-propose_activity = Hawl la soo jeediyay
op-answer_event = Jawaab ballan
op-add_agenda_item = Su'aal kulanka
op-mark_document_ready = Dukumenti loo calaamadeeyay diyaar
op-send_message = Fariin
op-mark_messages_read = Fariimo loo calaamadeeyay la akhriyay
op-set_preferred_language = Beddelka luqadda
op-propose_wording = Soo jeedin qoraal ka wanaagsan
op-add_document_page = Bog dukumenti
op-remove_document_page = Tirtirka bog
reject-not_found = hadda ma jiro
reject-caseworker_owned = kaliya la-taliyahaaga ayaa beddeli kara tan
reject-superseded = la-taliyahaaga ayaa inta u dhaxaysa beddelay
reject-changed_on_other_device = adiga ayaa inta u dhaxaysa ku beddelay qalab kale oo aad leedahay
reject-event_cancelled = ballanta waa la baajiyay
reject-invalid_value = qoraalku waa madhan yahay ama aad buu u dheer yahay
reject-id_taken = hore ayaa loo kaydiyay
reject-unsupported_language = luqaddan lama heli karo
reject-document_accepted = la-taliyahaaga ayaa horey u aqbalay dukumiintigan
reject-too_large = faylku aad buu u weyn yahay

## Khaladaad
error-load = Xogta qalabka lama akhrin karin. Isku day mar kale.
error-invalid_body = Barnaamijku wuxuu diray wax server-ku aanu fahmin.
error-invalid_value = Wax aad qortay waa madhan yihiin ama aad bay u dheer yihiin.
error-payload_too_large = Aad ayuu u weyn yahay in la diro.
error-unauthorized = Qalabkan lama yaqaan. Mar kale ku xidh kood cusub.
error-device_revoked = La-taliyahaaga ayaa qalabkan gooyay.
error-forbidden = Laguma oggola inaad tan samayso.
error-not_found = Lama helin.
error-conflict = Qof kale ayaa beddelay. Eeg mar kale oo isku day.
error-offset_mismatch = Diristii faylka way kala go'day. Iskeed ayay u sii socon doontaa.
error-page_rejected = Faylka lama isticmaali karin. Mar kale ku dar.
error-code_invalid = Koodhku sax ma aha. Hubi oo isku day mar kale.
error-code_expired = Koodhka waqtigiisii waa dhacay. Weydii la-taliyahaaga mid cusub.
error-code_used = Koodhkan hore ayaa loo isticmaalay. Weydii la-taliyahaaga mid cusub.
error-code_locked = Isku day khaldan oo badan. Weydii la-taliyahaaga kood cusub.
error-rate_limited = Isku day badan. Sug dhowr daqiiqo oo isku day mar kale.
error-unsupported_protocol = Barnaamijku aad buu ugu duug yahay server-ka. Fadlan cusbooneysii barnaamijka.
error-internal = Wax ayaa khaldamay. Isku day mar kale.
error-offline = Internet ma jiro. Ku xidh oo isku day mar kale.
error-server_error = Server-ka ayaa dhibaato qabay. Isku day mar dambe.
error-unavailable = Server-ku hadda wuu mashquul yahay. Isbeddelladaadu si ammaan ah ayay ugu kaydsan yihiin qalabkan, mar dambe ayaana la diri doonaa.
error-local_storage = Laguma kaydin karin qalabkan. Dib u bilow barnaamijka oo isku day mar kale.
error-local_storage_locked = Xogta qalabkan lama furi karo. Dib u bilow barnaamijka. Haddii ay mar kale dhacdo, ka bax oo mar kale ku xidh kood cusub oo aad ka hesho la-taliyahaaga.
error-not_enrolled = Qalabkan weli lama xidhin. Qor koodhka aad ka heshay la-taliyahaaga.
error-already_enrolled = Qalabkan hore ayaa loo xidhay. Marka hore ka bax si aad u isticmaasho kood kale.
error-server_url_invalid = Qor cinwaanka oo dhan, oo ku bilaabma https://
error-code_missing = Qor koodhka aad ka heshay la-taliyahaaga.
error-server_missing = Koodhku ma sheegayo meesha aad ku xidhayso. Ka qor cinwaanka server-ka warqadda.
error-scan_not_code = Taasi ma aha kood Veikart. Iskaan garee koodhka afargeeslaha ah ee warqadda la-taliyahaaga.
error-camera_denied = Veikart looma oggola inuu isticmaalo kamaradda. Beddelkeeda qor koodhka.
error-scan_failed = Kamaraddu ma akhrin karin koodhka. Isku day mar kale, ama qor koodhka.

## Bilowga koowaad
first-choose-language = Dooro luqaddaada
enrol-title = Ku xidh taleefankan
enrol-explain = La-taliyahaaga ayaa ku siinaya warqad leh kood afargeesle ah (QR kood) iyo kood aad qorto. Isaga ayaa qorshahaaga iyo ballamahaaga keenaya taleefankan.
enrol-server = Cinwaanka server-ka
enrol-server-hint = Kaliya haddii koodhku aanu lahayn cinwaanka, ama la-taliyahaagu ku siiyo cinwaan kale. Tusaale ahaan https://veikart.oslo.kommune.no
enrol-code = Kood
enrol-code-hint = Waxa uu ku qoran yahay warqadda la-taliyahaaga, tusaale ahaan ABCD-EFGH-JKMN. Waxaad sidoo kale dhejin kartaa xiriiriyaha oo dhan.
enrol-submit = Ku xidh
enrol-busy = Waa la xidhayaa…
enrol-change-language = Beddel luqadda
enrol-scan = Iskaan garee koodhka
enrol-scan-hint = Kamaradda u jeedi koodhka afargeeslaha ah ee warqadda ku yaal.
enrol-or-type = Ama qor koodhka
enrol-other-server = Server kale

## The code sheet: printed from the console in the participant's language, Norwegian beside it
sheet-title = Ku xidh Veikart taleefankaaga
sheet-step-open = Ku shub app-ka Veikart oo fur. Dooro luqaddaada.
sheet-step-scan = Dooro “{ enrol-scan }” oo kamaradda u jeedi koodhka afargeeslaha ah.
sheet-step-type = Kamarad ma lihid? App-ka ku qor koodhka ama xiriiriyaha hoose.
sheet-code = Kood
sheet-link = Xiriiriye
sheet-once = Koodhku hal mar ayuu shaqeeyaa, saddex maalmood gudahood. Adiga u hay: isaga ayay dadka kale ku arki karaan qorshahaaga.

## Koodhadh: hawlaha iyo yoolalka
activity-type-norwegian_course = Koorsada af-Noorwiijiga
activity-type-language_practice = Tababar luqadeed oo ka dhaca goob shaqo (språkpraksis)
activity-type-work_practice = Tababar shaqo (arbeidspraksis)
activity-type-job_search = Shaqo raadin
activity-type-course = Koorso
activity-type-education = Waxbarasho
activity-type-recognition = Aqoonsiga waxbarashada
activity-type-meeting = Kulan
activity-type-health = Caafimaad
activity-type-housing = Guri
activity-type-other = Kale
activity-status-proposed = La soo jeediyay
activity-status-planned = La qorsheeyay
activity-status-in_progress = Socda
activity-status-done = La dhammeeyay
activity-status-cancelled = Waa la baajiyay
activity-mark-in_progress = Waan bilaabay
activity-mark-done = Waan dhammeeyay
activity-mark-proposed = Weli lama bilaabin
activity-agreed = Waa lagu heshiiyay la-taliyaha
activity-not-agreed = Weli laguma heshiin
activity-due = Waqtiga kama dambaysta ah { $date }
activity-overdue = Waqtigii wuu dhaafay ({ $date })
activity-period = { $from } – { $to }
activity-place = Goobta:
goal-kind-sluttmaal = Yoolka ugu dambeeya
goal-kind-norskmaal = Yoolka af-Noorwiijiga
goal-kind-delmaal = Yool dhexe
goal-status-active = Firfircoon
goal-status-achieved = La gaadhay
goal-status-dropped = La joojiyay
goal-target = Taariikhda yoolka { $date }
owner-participant = Adiga
owner-caseworker = La-taliye
owner-school = Xarunta waxbarashada dadka waaweyn

## Koodhadh: ballamaha
event-kind-class_session = Cashar
event-kind-meeting = Kulan
event-kind-kartlegging = Wada-hadal lagu qiimeeyo xirfadaha
event-kind-trekantsamtale = Kulan saddex dhinac ah
event-kind-placement_shift = Maalin tababar shaqo
event-status-scheduled = La qorsheeyay
event-status-cancelled = Waa la baajiyay
party-role-participant = Adiga
party-role-caseworker = La-taliye
party-role-nav_adviser = La-taliyaha NAV
party-role-teacher = Macallin
party-role-interpreter = Turjubaan
party-role-employer = Loo-shaqeeye
answer-coming = Waan imanayaa
answer-cant_come = Ma imaan karo
author-participant = Adiga
author-caseworker = La-taliye

## Maanta
today-hello = Soo dhawoow, { $name }
today-programme-starts = Barnaamijkaaga hordhaca ah wuxuu bilaabmayaa { $date }.
today-next = Ballamaha xiga
today-no-events = Ballan soo socota ma jirto.
today-see-schedule = Eeg jadwalka oo dhan
today-due = Waxa la sameynayo dhowaan
today-nothing-due = Waqti kama dambays ah ma jiro labada toddobaad ee soo socda.
today-unread = { $count ->
    [0] Fariin aan la akhrin ma jirto
    [one] { $count } fariin aan la akhrin
   *[other] { $count } fariimood oo aan la akhrin
}
today-no-unread = Dhammaan fariimahaaga waad akhriday.
today-open-messages = Fur fariimaha

## Ballamaha
event-when = { $day }, { $time }
event-room = qolka { $room }
event-moved-from = Waa laga wareejiyay { $when }
event-changed-room = Waa la beddelay: qolka { $room }, markii hore { $was }
event-changed-room-added = Waa la beddelay: qolka { $room }
event-changed-place = Goobta waa la beddelay, markii hore { $was }
list-pair = { $first }, { $second }
list-separator = {", "}
event-bring = Keen:
event-parties = Yaa iman doona
event-agenda = Ajandaha
event-school-part = Ka socda xarunta waxbarashada dadka waaweyn
event-add-question = Ku dar su'aal kulanka
event-add-question-submit = Ku dar
event-next-steps = Tallaabooyinka xiga ee lagu heshiiyay
answer-group = Jawaabtaada
answer-cant = Ma imaan karo
answer-can-after-all = Si kastaba waan imaan karaa
answer-reason-label = Maxaad u imaan kari weyday?
answer-send = Dir jawaabta
answer-you-coming = Waxaad ka jawaabtay inaad imanaysid.
answer-you-cant = Waxaad ka jawaabtay inaadan imaan karin.

## Qorshe
plan-title = Qorshahayga
plan-summary = Soo koobid
plan-sluttmaal = Yoolka ugu dambeeya
plan-norskmaal = Yoolka af-Noorwiijiga
plan-programme = Barnaamijka hordhaca ah (introduksjonsprogram)
plan-programme-dates = { $from } – { $to }
plan-settled = La dejiyay
plan-bydel = degmada { $bydel }
plan-caseworker = La-taliyahaaga
plan-not-set = Weli lama go'aamin
plan-goals = Yoolal iyo hawlo
plan-no-goals = Weli yool ma jiro.
plan-no-activities = Weli hawl ma jirto.
plan-other = Hawlahayga kale
plan-courses = Koorsooyin
plan-course-level = heerka { $level }
propose-open = Soo jeedi hawl
propose-title = Soo jeedi hawl
propose-hint = La-taliyahaaga ayaa eegi doona. Ilaa markaas waxaa lagu calaamadeeyay «Weli laguma heshiin».
propose-field-title = Maxaad rabtaa inaad samayso?
propose-field-description = Faahfaahin dheeraad ah (ikhtiyaari)
propose-field-type = Nooca
propose-field-goal = Yoolka (ikhtiyaari)
propose-no-goal = Yool la'aan
propose-field-due = Ilaa goorma (ikhtiyaari)
propose-submit = Soo jeedi
plan-next-steps = Tallaabooyinka xiga ee kulamada
step-from-meeting = Lagu heshiiyey kulanka { $date }
step-owner-participant = Adiga ayaa samaynaya
step-owner-caseworker = La-taliyahaaga ayaa samaynaya
step-owner-school = Xarunta waxbarashada dadka waaweyn ayaa samaynaysa

## Jadwal
schedule-title = Jadwal
schedule-view = U muuji sida
schedule-list = Liis
schedule-week = Toddobaad
schedule-empty = Waxba ma jiraan afarta toddobaad ee soo socda.
schedule-prev-week = Toddobaadkii hore
schedule-next-week = Toddobaadka xiga
schedule-this-week = Toddobaadkan
schedule-week-of = { $from } – { $to }
schedule-day-free = Bannaan
schedule-pick-hint = Dooro ballan si aad wax badan u aragto oo aad uga jawaabto.
schedule-selected = Ballanta la doortay
schedule-download-ics = Soo deji kalandarka (.ics)

## Aqoonsiga waxbarashada
rec-title = Aqoonsiga waxbarashada
rec-none = Ma lihid codsi aqoonsi. Haddii aad waxbarasho ka haysato waddan kale, weydii la-taliyahaaga.
rec-route = Nooca codsiga
rec-route-hkdir_general = Aqoonsi guud (HK-dir)
rec-route-regulated_profession = Ogolaansho xirfad sharci ku xidhan
rec-route-vocational = Aqoonsiga waxbarasho xirfadeed
rec-route-authority-hkdir_general = HK-dir
rec-route-authority-regulated_profession = Hay'adda xirfaddaada
rec-route-authority-vocational = Hay'adda gobolka (fylkeskommune)
rec-authority = Go'aamiya
rec-from = Waxbarasho laga helay
rec-case-number = Lambarka kiiska
rec-case-number-none = Weli lama bixin
rec-status-not_applied = Lama codsan
rec-status-draft = Waa la diyaarinayaa
rec-status-submitted = Waa la diray
rec-status-documents_missing = Dukumentiyo ayaa maqan
rec-status-in_processing = Waa la baadhayaa
rec-status-decided_full = Waa la aqoonsaday
rec-status-decided_partial = Qayb ahaan waa la aqoonsaday
rec-status-rejected = Lama aqoonsan
rec-status-appealed = Racfaan ayaa la gudbiyay
rec-next-collect = { $count ->
    [one] Hel dukumentiga ugu dambeeya. Marka uu diyaar noqdo, calaamadee «Waan haystaa», la-taliyahaaguna wuu diri doonaa codsiga.
   *[other] Hel { $count }-da dukumenti ee maqan. Mid kasta calaamadee «Waan haystaa»; la-taliyahaagu wuxuu diri doonaa codsiga marka dhammaan la helo.
}
rec-next-ready = Dhammaan dukumentiyadu waa diyaar. La-taliyahaaga ayaa hubin doona oo diri doona codsiga.
rec-next-submitted = Codsiga waa la diray. { $authority } ayaa hubinaysa in dhammaan dukumentiyadu jiraan.
rec-next-documents_missing = { $authority } waxay u baahan tahay dukumentiyo dheeraad ah. Eeg liiska hoose oo la hadal la-taliyahaaga.
rec-next-in_processing = { $authority } ayaa baadhaysa codsigaaga. Hadda waxba uma baahnid inaad samayso.
rec-next-decided_full = Waxbarashadaada waa la aqoonsaday. Kaydi go'aanka; loo-shaqeeyayaashu way ku weydiin karaan.
rec-next-decided_partial = Qayb ka mid ah waxbarashadaada waa la aqoonsaday. Weydii la-taliyahaaga koorsooyin buuxin kara farqiga.
rec-next-rejected = Waxbarashadaada lama aqoonsan. Waad racfaan kartaa, badanaa 3 toddobaad gudahood. La hadal la-taliyahaaga.
rec-next-appealed = Racfaankaaga waa la diray. Jawaabta waxaad ku heli doontaa warqad.
rec-duration-hkdir_general = HK-dir badanaa waxay qaadataa qiyaastii afar bilood kadib marka dhammaan dukumentiyadu yimaadaan.
rec-duration-regulated_profession = Badanaa waxay qaadataa dhowr bilood kadib marka dhammaan dukumentiyadu yimaadaan.
rec-duration-vocational = Badanaa waxay qaadataa dhowr bilood kadib marka dhammaan dukumentiyadu yimaadaan.
rec-documents-missing = { $count ->
    [0] Dukumenti maqan ma jiro
    [one] { $count } dukumenti ayaa weli maqan
   *[other] { $count } dukumenti ayaa weli maqan
}
rec-documents-other = Dukumentiyo kale
rec-all-documents = Dhammaan dukumentiyada waad haysataa.
rec-todo-title = Waxa aad hadda u baahan tahay inaad samayso
rec-todo-get = Hel: { $document }
rec-todo-nothing = Hadda waxba uma baahnid inaad samayso. Halkan ayaa lagu qori doonaa marka wax lagaa rabo.
rec-steps = Tallaabooyinka ilaa go'aanka
rec-step-state-done = Waa la dhammeeyay
rec-step-state-now = Hadda
rec-step-state-ahead = Hadhow
rec-step-gather = Ururi dukumentiyada
rec-step-send = La-taliyahaaga ayaa codsiga u diraya { $authority }
rec-step-process = { $authority } ayaa baadha codsiga
rec-step-decision = { $authority } ayaa go'aan gaadha
rec-step-appeal = Racfaankaaga waa la baadhayaa
doc-note-from-caseworker = Ka socda la-taliyahaaga
doc-more-about = Wax badan oo ku saabsan dukumentigan
doc-what = Waa maxay
doc-where = Xagee laga helaa
doc-mark-ready = Waan haystaa
doc-status-missing = Maqan
doc-status-ready = Diyaar
doc-status-received = La helay
doc-status-not_needed = Looma baahna
page-count = { $count ->
    [0] Boggaga
    [one] { $count } bog
   *[other] { $count } bog
}
page-label = Bogga { $number }
page-add-photo = Sawir qaad
page-add-file = Dooro fayl
page-preparing = Bogga ayaa la diyaarinayaa …
page-added = { $count ->
    [one] Bogga waa la daray. Waxaa loo diri doonaa la-taliyahaaga marka aad khadka ku jirto.
   *[other] { $count } bog ayaa la daray. Waxaa loo diri doonaa la-taliyahaaga marka aad khadka ku jirto.
}
page-removed = Bogga waa la tirtiray.
page-remove = Tirtir
page-remove-label = Tirtir bogga { $number }
page-kind-pdf = PDF
page-state-on_device = Wuxuu ku sugayaa qalabkan
page-state-sending = Waa la dirayaa … { $percent } %
page-state-sent = Waa la diray
page-state-refused = Lama isticmaali karo. Tirtir oo mar kale ku dar.
page-state-other_device = Wuxuu ku sugayaa qalabkaaga kale
page-pack-no_pages = Weli bog ma jiro. Sawir ka qaad bog kasta, ama dooro fayl.
page-pack-on_device = Waxaa lagu kaydiyay qalabkan. Waa la diri doonaa marka aad khadka ku jirto.
page-pack-sending = Waa la dirayaa …
page-pack-in_review = Waa la diray. La-taliyahaaga ayaa eegi doona.
page-pack-judged = La-taliyahaaga ayaa eegay.
verdict-accepted = La-taliyahaaga ayaa aqbalay
verdict-next-accepted = Dukumentigan wax kale oo aad samayso ma jiraan.
verdict-unreadable = Lama akhrin karo: mar kale sawir qaad
verdict-next-unreadable = Bogga si siman u dhig meel iftiin fiican leh, oo sawirka si toos ah kor uga qaad si qoraalka oo dhan u caddaado. Kadib tirtir boggaga hore.
verdict-wrong_document = Ma aha dukumentiga saxda ah
verdict-next-wrong_document = Hubi dukumentiga halkan la weydiinayo, oo ku dar boggaga dukumentigaas. Tirtir boggaga khaldan.
verdict-needs_authorised_translation = Waxaa loo baahan yahay turjumaad la ansixiyay
verdict-next-needs_authorised_translation = Dukumentiga ha kuu turjumo turjubaan dawladdu ansixisay (statsautorisert translatør), oo sidoo kale ku dar boggaga turjumaadda.
verdict-needs_original = Waxaa loo baahan yahay asalka oo ka yimaada dugsiga ama jaamacadda
verdict-next-needs_original = Weydii dugsiga ama jaamacadda bixisay dukumentiga inay si toos ah ugu diraan hay'adda go'aanka ka gaaraysa codsigaaga. La-taliyahaaga ayaa ku caawin kara.
page-error-pdf_too_big = PDF-kan wuxuu ka weyn yahay 20 MB. Halkii, sawir ka qaad boggaga, ama yaree PDF-ka.
page-error-too_big = Boggan aad buu u weyn yahay xitaa kadib markii la yareeyay. Isku day sawir kale.
page-error-not_supported = Sawirro iyo faylal PDF ah oo keliya ayaa lagu dari karaa.
page-error-unreadable = Faylka lama akhrin karin. Isku day fayl kale, ama sawir qaad.
doc-kind-diploma = Shahaado
doc-kind-transcript = Warqadda buundooyinka
doc-kind-translation = Turjumaad la ansixiyay
doc-kind-passport_copy = Nuqul baasaboor
doc-kind-cv = CV (taariikh nololeed)
doc-kind-employment_certificate = Warqad shaqo
doc-kind-course_description = Sharaxaadda maaddooyinka
doc-kind-language_certificate = Shahaadada luqadda
doc-kind-other = Dukumenti kale
doc-what-diploma = Warqadda aad heshay markii aad dhammaysay waxbarashadaada, oo muujinaysa darajada ama magaca.
doc-where-diploma = Isticmaal asalka aad haysato. Haddii uu kaa lumay, dugsiga ama jaamacadda bixisay ayaa kuu soo diri kara nuqul cusub.
doc-what-transcript = Liiska dhammaan maaddooyinkaaga oo leh buundooyinka iyo saacadaha ama dhibcaha.
doc-where-transcript = Xafiiska ardayda ee dugsigaaga ama jaamacaddaada. Qaar badan ayaa iimayl ku soo dira haddii la codsado.
doc-what-translation = Turjumaadda shahaadada iyo warqadda buundooyinka oo loo turjumay Noorwiiji ama Ingiriisi, uu sameeyay turjubaan la ansixiyay.
doc-where-translation = Turjubaan dowladdu ansixisay (statsautorisert translatør). Weydii la-taliyahaaga in dowladda hoose bixinayso kharashka.
doc-what-passport_copy = Nuqul bogga baasaboorka ee ay ku yaalaan sawirkaaga iyo magacaaga.
doc-where-passport_copy = Ka koobiyee ama iskaan ka samee baasaboorka maktabadda ama xafiiska NAV. La-taliyahaaga ayaa ku caawin kara.
doc-what-cv = Liis gaaban oo waxbarashadaada iyo shaqooyinkaaga ah, oo leh sannadaha.
doc-where-cv = Adiga ayaa qoraya. La-taliyahaaga ama maktabadda ayaa ku caawin kara.
doc-what-employment_certificate = Warqad loo-shaqeeye oo sheegaysa shaqada aad qabatay iyo muddada.
doc-where-employment_certificate = Loo-shaqeeyihii hore. Haddii aadan la xidhiidhi karin, u sheeg la-taliyahaaga.
doc-what-course_description = Sharaxaadda maaddooyinka iyo waxa ku jira waxbarashadaada.
doc-where-course_description = Dugsigaaga ama jaamacaddaada, inta badan bartooda internetka.
doc-what-language_certificate = Caddayn heerkaaga af-Noorwiijiga ama Ingiriisiga, sida natiijada imtixaan.
doc-where-language_certificate = Goobta aad imtixaanka ku gashay. Natiijooyinka Norskprøven waxaa laga helaa xarunta waxbarashada dadka waaweyn.
doc-what-other = Dukumenti kale oo la-taliyahaagu codsaday. Eeg qoraalka.
doc-where-other = Weydii la-taliyahaaga.

## Fariimo
msg-title = Fariimo
msg-thread = Fariimaha la-taliyahaaga
msg-empty = Weli fariin ma jirto.
msg-you = Adiga
msg-read = La akhriyay
msg-write = U qor la-taliyahaaga
msg-offline-hint = Internet la'aan ayaad wax ku qori kartaa. Fariinta waxaa la diri doonaa marka aad khadka ku soo noqoto.
msg-send = Dir

## Messages from templates (see en/app.ftl)
msg-template-bring_documents = Fadlan waxan keen marka aan kulmeyno ({ $at }):
msg-template-meeting_reminder = Xusuusin kulankeenna: { $at }.
msg-template-meeting_moved = Waqtiga kulankeenna waa la beddelay. Waqtiga cusub waa { $at }.
msg-template-class_cancelled = Casharkaaga waa la baajiyay: { $at }.
msg-template-please_call = Fadlan i soo wac marka aad awoodo.
msg-template-document_accepted = Dukumentigan waan kaa helnay, waana sax:
msg-template-document_needed = Weli waxaan kaa doonayaa dukumentigan:
msg-template-programme_starts = Barnaamijkaaga hordhaca ah wuxuu bilaabmayaa { $on }.
msg-template-in-norwegian = Af Noorwiiji
msg-written-in-nb = Waxaa lagu qoray Af Noorwiiji

## Proposing a better text (see en/app.ftl)
wording-open = Ma jiraa qoraal khaldan ama aan caddayn?
wording-title = Soo jeedi qoraal ka wanaagsan
wording-explain = Dooro qoraalka khaldan ama aan caddayn, oo u qor sida uu ahaan lahaa. Soo jeedintaadu waxay gaadhaysaa dadka turjuma barnaamijka; magacaaga ma arkaan. Waxaa la diri doonaa marka aad khadka ku jirto.
wording-which = Qoraalkee?
wording-now = Hadda waxaa ku qoran:
wording-better = Sida uu ahaan lahaa
wording-comment = Faallo (ikhtiyaari)
wording-send = Dir soo jeedinta
wording-sent = Mahadsanid! Soo jeedintaada waxaa la diri doonaa marka aad khadka ku jirto.

## Aniga
me-title = Aniga
me-language = Luqadda
me-language-label = Luqadda barnaamijka
me-text-size = Cabbirka qoraalka
me-text-size-option = { $percent } %
me-reminders = Xusuusin
me-reminders-label = I xusuusi ka hor ballamaha
me-reminders-off = Xusuusin la'aan
me-reminders-minutes = { $minutes } daqiiqo ka hor
me-reminders-hours = { $hours ->
    [one] 1 saac ka hor
    [24] 1 maalin ka hor
   *[other] { $hours } saacadood ka hor
}
me-sync = Cusbooneysiin
me-sync-state = Xidhiidh
me-sync-state-online = Khadka ayaad ku jirtaa
me-sync-state-offline = Khadka kuma jirtid
me-sync-state-error = Dhibaato cusbooneysiin
me-sync-state-never = Weli lama cusbooneysiin
me-sync-server = Server
me-sync-last = Markii ugu dambeysay ee la cusbooneysiiyay
me-sync-attempt = Isku daygii ugu dambeeyay
me-sync-error = Dhibaato
me-sync-never = Weli lama cusbooneysiin
me-sync-pending = Sugaya in la diro
me-key-storage = Ilaalinta xogta
me-key-storage-keystore = Sir ahaan loo qufulay, furaha waxaa haya taleefanka
me-key-storage-file = Sir ahaan loo qufulay, furaha wuxuu ku jiraa barnaamijka
me-export = Soo saar xogtayda
me-export-hint = Kaydi nuqul wax kasta oo qalabkan ku jira.
me-export-json = Dhammaan xogtayda (JSON)
me-export-ics = Kalandarka (.ics)
me-exported = Faylka waa la kaydiyay.
me-sign-out = Ka bax oo tirtir
me-sign-out-explain = Wax kasta oo Veikart ku kaydiyay qalabkan waa la tirtiri doonaa. Qorshahaaga waxaa haya la-taliyahaaga; mar kale ayaad ku xidhmi kartaa kood cusub.
me-sign-out-pending = { $count ->
    [one] { $count } isbeddel weli lama dirin, wuuna lumi doonaa.
   *[other] { $count } isbeddel weli lama dirin, wayna lumi doonaan.
}
me-sign-out-button = Ka bax oo tirtir xogta
me-sign-out-confirm = Haa, tirtir wax walba
me-sign-out-confirm-group = Xaqiiji ka bixidda
me-translations = Turjumaadaha
me-translations-yours-unchecked = Qoraallada luqaddaada weli ma hubin qof ay luqaddiisa hooyo tahay. Haddii wax khaldan yihiin ama aan caddayn, noo sheeg.
me-translations-unchecked = Weli ma hubin qof ay luqaddiisa hooyo tahay:
me-translations-all-checked = Luqad kasta oo barnaamijka ka mid ah waxaa hubiyay qof ay luqaddiisa hooyo tahay.
me-translations-help = Si aad u soo jeediso qoraal ka wanaagsan, dooro «Ma jiraa qoraal khaldan ama aan caddayn?» xagga hoose ee shaashad kasta.

## Notifications, shown by the Rust side (src-tauri)
notification-title = Veikart
notification-appointment-added = Ballan cusub: { $title }, { $time }
notification-appointment-moved = Ballanta waa la beddelay: { $title }, hadda { $time }
notification-appointment-moved-where = Ballanta waa la beddelay: { $title }, hadda { $time }, { $where }
notification-appointment-cancelled = Waa la baajiyay: { $title }, { $time }
notification-message = Fariin cusub oo ka timid la-taliyahaaga
notification-verdict = { $document }: { $verdict }
notification-reminder = Xusuusin: { $title } saacadda { $time }

# Imaanshaha xarunta waxbarashada dadka waaweyn bishan (issue 10)
plan-attendance = Imaanshaha bishan
plan-attendance-hint = Maqnaansho aan sabab la aqbali karo lahayn waxay dhimaysaa gunnada barnaamijka hordhaca ah.
attendance-present = Joogay
attendance-late = Daahay
attendance-absent = Maqnaa
plan-absences = Maqnaanshaha
plan-child-days-left = Maalmaha fasaxa jirrada ilmaha ee kuu hadhay (12-kii bilood ee la soo dhaafay): { $count }
absence-status-not_assessed = Weli lama qiimeyn
absence-status-approved = La ansixiyay
absence-status-needs_document = Waxay u baahan tahay warqad dhakhtar
absence-status-no_valid_reason = Sabab la aqbali karo ma leh: gunnada ayaa laga jarayaa
absence-kind-own_illness_self_certified = Jirradaada (ogeysiis jirro oo aad adigu bixiso)
absence-kind-own_illness_doctors_note = Jirradaada (warqad dhakhtar)
absence-kind-child_illness = Ilmo jiran
absence-kind-welfare_leave = Fasax sabab shakhsi ah
absence-kind-holy_day = Ciid diimeed
absence-kind-other_approved_leave = Fasax kale oo la oggolaaday
absence-kind-no_valid_reason = Sabab la aqbali karo ma leh
