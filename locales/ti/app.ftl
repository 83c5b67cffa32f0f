# Veikart፣ ናይ ተሳተፍቲ ኣፕ — ትግርኛ።
# ንገጽ ተጠቃሚ (ui/) ከምኡውን ንRust ዝጥቀሙሉ። ነፍሲ ወከፍ መልእኽቲ ኣብ ኩሉ ቋንቋታት ክህሉ ኣለዎ።

app-name = Veikart
language-autonym = ትግርኛ
loading = ይጽዓን ኣሎ…
skip-to-content = ናብ ትሕዝቶ ኪዱ
action-cancel = ሰርዙ

## ኣስማት ቋንቋታት (ብካልእ ቋንቋ ዝተጻሕፈ ጽሑፍ ንምልላይ)
lang-name-nb = ኖርወይኛ
lang-name-nn = ኖርወይኛ (ኒኖሽክ)
lang-name-en = እንግሊዝኛ
lang-name-uk = ዩክረይንኛ
lang-name-ru = ሩስኛ
lang-name-ar = ዓረብኛ
lang-name-ti = ትግርኛ
lang-name-prs = ዳሪ
lang-name-fa = ፋርስኛ
lang-name-so = ሶማልኛ
text-translation = ትርጉም

## ዓውደ ኣዋርሕ፦ መሳርሒ ዕለት ነዚ ቋንቋ ምስ ዘይህልዎ ዝጥቀመሉ ኣስማትን ቅርጽታትን
cal-month-1 = ጥሪ
cal-month-2 = ለካቲት
cal-month-3 = መጋቢት
cal-month-4 = ሚያዝያ
cal-month-5 = ግንቦት
cal-month-6 = ሰነ
cal-month-7 = ሓምለ
cal-month-8 = ነሓሰ
cal-month-9 = መስከረም
cal-month-10 = ጥቅምቲ
cal-month-11 = ሕዳር
cal-month-12 = ታሕሳስ
cal-weekday-0 = ሰንበት
cal-weekday-1 = ሰኑይ
cal-weekday-2 = ሰሉስ
cal-weekday-3 = ረቡዕ
cal-weekday-4 = ሓሙስ
cal-weekday-5 = ዓርቢ
cal-weekday-6 = ቀዳም
cal-weekday-short-0 = ሰን
cal-weekday-short-1 = ሰኑ
cal-weekday-short-2 = ሰሉ
cal-weekday-short-3 = ረቡ
cal-weekday-short-4 = ሓሙ
cal-weekday-short-5 = ዓር
cal-weekday-short-6 = ቀዳ
cal-pattern-day-long = { $weekday }፣ { $day } { $month }
cal-pattern-date = { $day } { $month } { $year }
cal-pattern-day-short = { $weekdayShort } { $day }
cal-pattern-date-time = { $day }፣ ሰዓት { $time }
cal-pattern-time-range = { $from }–{ $to }
day-today = ሎሚ፣ { $day }
day-tomorrow = ጽባሕ፣ { $day }

## ምንቅስቓስ
nav-label = ቀንዲ ዝርዝር
nav-today = ሎሚ
nav-plan = ትልሚ
nav-schedule = መደብ
nav-recognition = ትምህርቲ
nav-messages = መልእኽቲ
nav-me = ኣነ
nav-unread = { $count ->
    [one] { $count } ዘይተነበ መልእኽቲ
   *[other] { $count } ዘይተነበቡ መልእኽትታት
}

## ምትእስሳር
sync-region = ርክብን ለውጥታትን
sync-online = ኣብ መስመር · ዝተሓደሰ { $when }
sync-offline = ካብ መስመር ወጻኢ · ናይ መወዳእታ ምሕዳስ { $when }
sync-offline-never = ካብ መስመር ወጻኢ · ገና ኣይተሓደሰን
sync-never = ገና ኣይተሓደሰን
sync-failed = ክሕደስ ኣይከኣለን፦ { $reason }
sync-pending = { $count ->
    [0] ዝጽበ ለውጢ የለን
    [one] { $count } ለውጢ ክለኣኽ ይጽበ ኣሎ
   *[other] { $count } ለውጥታት ክለኣኹ ይጽበዩ ኣለዉ
}
sync-now = ሕጂ ኣሐድሱ
sync-error-offline = ርክብ ኢንተርነት የለን
sync-error-server_error = ሰርቨር ጸገም ኣጋጢሙዎ
sync-error-unsupported_protocol = እዚ ኣፕ ኣረጊቱ ኣሎ፣ በጃኹም ኣሐድስዎ
sync-error-device_revoked = እዚ መሳርሒ ተፈሊዩ ኣሎ
sync-error-unauthorized = እዚ መሳርሒ ኣይፍለጥን
sync-error-unavailable = ሰርቨር ሕጂ ስራሕ በዚሑዎ ኣሎ፣ ለውጥታትኩም ብድሕንነት ተዓቂቦም ኣለዉ፣ ደሓር ክለኣኹ እዮም
sync-error-internal = ገለ ጌጋ ተፈጺሙ
pending-waiting = ክለኣኽ ይጽበ ኣሎ
receipt-sent = ተላኢኹ
receipt-seen-by = ብ { $name } ተራእዩ፣ { $when }
receipt-seen = ተራእዩ፣ { $when }
proposal-agreed-by = ብ { $name } ተቐቢሉ
proposal-declined-by = ብ { $name } ተነጺጉ
proposal-comment-from = ርእይቶ { $name }፦
proposal-reason-from = ምኽንያት ካብ { $name }፦
rejected-rolled-back = ተቐባልነት ስለ ዘይረኸበ ተመሊሱ፦ { $reason }
rejected-change = «{ $what }» ተቐባልነት ኣይረኸበን፦ { $reason }
rejected-dismiss = ሕራይ

## ሰርቨር ክነጽጎም ዝኽእል ለውጥታት
op-set_activity_status = ምቕያር ኩነታት ንጥፈት
op-propose_activity = ዝቐረበ ንጥፈት
op-answer_event = መልሲ ንቆጸራ
op-add_agenda_item = ሕቶ ንኣኼባ
op-mark_document_ready = ድሉው ተባሂሉ ዝተመልከተ ሰነድ
op-send_message = መልእኽቲ
op-mark_messages_read = ከም ዝተነበቡ ዝተመልከቱ መልእኽትታት
op-set_preferred_language = ምቕያር ቋንቋ
op-propose_wording = ሓሳብ ንዝሓሸ ጽሑፍ
op-add_document_page = ገጽ ናይ ሰነድ
op-remove_document_page = ምስራዝ ገጽ
reject-not_found = ድሕሪ ሕጂ የለን
reject-caseworker_owned = እዚ ክቕይሮ ዝኽእል ኣማኻሪኹም ጥራይ እዩ
reject-superseded = ኣማኻሪኹም ኣብ መንጎ ቀይሮዎ
reject-changed_on_other_device = ንስኹም ኣብ መንጎ ኣብ ካልእ መሳርሒኹም ቀይርኩምዎ
reject-event_cancelled = እቲ ቆጸራ ተሰሪዙ
reject-invalid_value = እቲ ጽሑፍ ባዶ ወይ ኣዝዩ ነዊሕ እዩ
reject-id_taken = ድሮ ተዓቂቡ ኣሎ
reject-unsupported_language = እዚ ቋንቋ ኣይርከብን
reject-document_accepted = ኣማኻሪኹም ነዚ ሰነድ ድሮ ተቐቢልዎ
reject-too_large = እቲ ፋይል ኣዝዩ ዓቢ እዩ

## ጌጋታት
error-load = ኣብዚ መሳርሒ ዘሎ ሓበሬታ ክንበብ ኣይከኣለን። ደጊምኩም ፈትኑ።
error-invalid_body = እቲ ኣፕ ሰርቨር ዘይተረድኦ ነገር ሰዲዱ።
error-invalid_value = ዝጸሓፍኩሞ ገለ ነገር ባዶ ወይ ኣዝዩ ነዊሕ እዩ።
error-payload_too_large = ክለኣኽ ኣዝዩ ዓቢ እዩ።
error-unauthorized = እዚ መሳርሒ ኣይፍለጥን። ብሓድሽ ኮድ ደጊምኩም ኣራኽቡ።
error-device_revoked = ኣማኻሪኹም ነዚ መሳርሒ ፈልይዎ ኣሎ።
error-forbidden = ነዚ ክትገብሩ ኣይፍቀደልኩምን።
error-not_found = ኣይተረኽበን።
error-conflict = ካልእ ሰብ ቀይሮዎ። ደጊምኩም ርኣዩን ፈትኑን።
error-offset_mismatch = ምልኣኽ እቲ ፋይል ተቛሪጹ። ባዕሉ ክቕጽል እዩ።
error-page_rejected = እቲ ፋይል ክጥቀመሉ ኣይተኻእለን። ደጊምኩም ወስኽዎ።
error-code_invalid = እቲ ኮድ ቅኑዕ ኣይኮነን። ተቈጻጸርዎ እሞ ደጊምኩም ፈትኑ።
error-code_expired = ግዜ እቲ ኮድ ሓሊፉ። ካብ ኣማኻሪኹም ሓድሽ ሕተቱ።
error-code_used = እዚ ኮድ ድሮ ተጠቒምሉ። ካብ ኣማኻሪኹም ሓድሽ ሕተቱ።
error-code_locked = ብዙሕ ጌጋ ፈተነታት። ካብ ኣማኻሪኹም ሓድሽ ኮድ ሕተቱ።
error-rate_limited = ብዙሕ ፈተነታት። ቁሩብ ደቓይቕ ተጸበዩ እሞ ደጊምኩም ፈትኑ።
error-unsupported_protocol = እዚ ኣፕ ነቲ ሰርቨር ኣዝዩ ኣረጊቱ። በጃኹም ነቲ ኣፕ ኣሐድስዎ።
error-internal = ገለ ጌጋ ተፈጺሙ። ደጊምኩም ፈትኑ።
error-offline = ርክብ ኢንተርነት የለን። ተራኸቡ እሞ ደጊምኩም ፈትኑ።
error-server_error = ሰርቨር ጸገም ኣጋጢሙዎ። ደሓር ፈትኑ።
error-unavailable = ሰርቨር ሕጂ ስራሕ በዚሑዎ ኣሎ። ለውጥታትኩም ኣብዚ መሳርሒ ብድሕንነት ተዓቂቦም ኣለዉ፣ ደሓር ድማ ክለኣኹ እዮም።
error-local_storage = ኣብዚ መሳርሒ ክዕቀብ ኣይከኣለን። ነቲ ኣፕ ዳግማይ ጀምርዎ እሞ ደጊምኩም ፈትኑ።
error-local_storage_locked = ኣብዚ መሳርሒ ዘሎ ሓበሬታ ክኽፈት ኣይከኣለን። ነቲ ኣፕ ዳግማይ ጀምርዎ። ደጊሙ እንተ ኣጋጢሙ፣ ውጽኡ እሞ ካብ ኣማኻሪኹም ብዝረኸብኩምዎ ሓድሽ ኮድ ደጊምኩም ኣራኽቡ።
error-not_enrolled = እዚ መሳርሒ ገና ኣይተራኸበን። ካብ ኣማኻሪኹም ዝረኸብኩምዎ ኮድ ጸሓፉ።
error-already_enrolled = እዚ መሳርሒ ድሮ ተራኺቡ ኣሎ። ካልእ ኮድ ንምጥቃም ቅድም ውጽኡ።
error-server_url_invalid = ብ https:// ዝጅምር ምሉእ ኣድራሻ ጸሓፉ
error-code_missing = ካብ ኣማኻሪኹም ዝረኸብኩምዎ ኮድ ጸሓፉ።
error-server_missing = እቲ ኮድ ናበይ ከም እትራኸቡ ኣይሕብርን። ካብቲ ወረቐት ኣድራሻ ሰርቨር ጸሓፉ።
error-scan_not_code = እዚ ናይ Veikart ኮድ ኣይኮነን። ነቲ ካብ ኣማኻሪኹም ዝረኸብኩምዎ ወረቐት ዘሎ ርቡዕ ኮድ ስካን ግበርዎ።
error-camera_denied = Veikart ካሜራ ክጥቀም ኣይተፈቕደሉን። ኣብ ክንድኡ ነቲ ኮድ ጸሓፍዎ።
error-scan_failed = ካሜራ ነቲ ኮድ ከንብቦ ኣይከኣለን። ደጊምኩም ፈትኑ፣ ወይ ነቲ ኮድ ጸሓፍዎ።

## ቀዳማይ ምጅማር
first-choose-language = ቋንቋኹም ምረጹ
enrol-title = ነዚ ተሌፎን ኣራኽቡ
enrol-explain = ኣማኻሪኹም ርቡዕ ኮድ (QR ኮድ)ን እትጽሕፍዎ ኮድን ዘለዎ ወረቐት ይህበኩም። ብእኡ ትልምኹምን ቆጸራታትኩምን ናብዚ ተሌፎን ይመጹ።
enrol-server = ኣድራሻ ሰርቨር
enrol-server-hint = እቲ ኮድ ኣድራሻ እንተዘይብሉ፣ ወይ ኣማኻሪኹም ካልእ ኣድራሻ እንተሂቡኹም ጥራይ። ንኣብነት https://veikart.oslo.kommune.no
enrol-code = ኮድ
enrol-code-hint = ኣብቲ ካብ ኣማኻሪኹም ዝረኸብኩምዎ ወረቐት ኣሎ፣ ንኣብነት ABCD-EFGH-JKMN። ነቲ ምሉእ ሊንክ እውን ክትለጥፍዎ ትኽእሉ ኢኹም።
enrol-submit = ኣራኽቡ
enrol-busy = ይራኸብ ኣሎ…
enrol-change-language = ቋንቋ ቀይሩ
enrol-scan = ነቲ ኮድ ስካን ግበርዎ
enrol-scan-hint = ካሜራ ናብቲ ኣብ ወረቐት ዘሎ ርቡዕ ኮድ ኣቕንዕዋ።
enrol-or-type = ወይ ነቲ ኮድ ጸሓፍዎ
enrol-other-server = ካልእ ሰርቨር

## The code sheet: printed from the console in the participant's language, Norwegian beside it
sheet-title = Veikart ምስ ተሌፎንኩም ኣራኽቡ
sheet-step-open = ናይ Veikart ኣፕ ኣውሪድኩም ክፈትዎ። ቋንቋኹም ምረጹ።
sheet-step-scan = «{ enrol-scan }» ምረጹ፣ ካሜራ ድማ ናብቲ ርቡዕ ኮድ ኣቕንዕዋ።
sheet-step-type = ካሜራ የብልኩምን? ነቲ ኣብ ታሕቲ ዘሎ ኮድ ወይ ሊንክ ኣብቲ ኣፕ ጸሓፍዎ።
sheet-code = ኮድ
sheet-link = ሊንክ
sheet-once = እቲ ኮድ ሓንሳብ ጥራይ፣ ኣብ ውሽጢ ሰለስተ መዓልቲ ይሰርሕ። ንባዕልኹም ሓልውዎ፡ ብእኡ ካልኦት ትልምኹም ክርእዩ ይኽእሉ።

## ኮዳት፦ ንጥፈታትን ዕላማታትን
activity-type-norwegian_course = ትምህርቲ ኖርወይኛ
activity-type-language_practice = ልምምድ ቋንቋ ኣብ ቦታ ስራሕ (språkpraksis)
activity-type-work_practice = ልምምድ ስራሕ (arbeidspraksis)
activity-type-job_search = ስራሕ ምድላይ
activity-type-course = ኮርስ
activity-type-education = ትምህርቲ
activity-type-recognition = ኣፍልጦ ትምህርቲ
activity-type-meeting = ኣኼባ
activity-type-health = ጥዕና
activity-type-housing = መንበሪ ገዛ
activity-type-other = ካልእ
activity-status-proposed = ዝቐረበ
activity-status-planned = ዝተመደበ
activity-status-in_progress = ኣብ መስርሕ
activity-status-done = ተፈጺሙ
activity-status-cancelled = ተሰሪዙ
activity-mark-in_progress = ጀሚረ ኣለኹ
activity-mark-done = ወዲአ
activity-mark-proposed = ገና ኣይጀመረን
activity-agreed = ምስ ኣማኻሪ ተሰማሚዕኩም
activity-not-agreed = ገና ኣይተሰማማዕኩምን
activity-due = ናይ መወዳእታ ዕለት { $date }
activity-overdue = ግዜኡ ሓሊፉ ({ $date })
activity-period = { $from } – { $to }
activity-place = ቦታ፦
goal-kind-sluttmaal = ናይ መወዳእታ ዕላማ
goal-kind-norskmaal = ዕላማ ኖርወይኛ
goal-kind-delmaal = ማእከላይ ዕላማ
goal-status-active = ንጡፍ
goal-status-achieved = ተበጺሑ
goal-status-dropped = ተቋሪጹ
goal-target = ዕለት ዕላማ { $date }
owner-participant = ንስኹም
owner-caseworker = ኣማኻሪ
owner-school = ማእከል ትምህርቲ ዓበይቲ

## ኮዳት፦ ቆጸራታት
event-kind-class_session = ክፍለ-ግዜ ትምህርቲ
event-kind-meeting = ኣኼባ
event-kind-kartlegging = ዝርርብ ምግምጋም ክእለት
event-kind-trekantsamtale = ሰለስተ ወገናዊ ኣኼባ
event-kind-placement_shift = መዓልቲ ልምምድ ስራሕ
event-status-scheduled = ዝተመደበ
event-status-cancelled = ተሰሪዙ
party-role-participant = ንስኹም
party-role-caseworker = ኣማኻሪ
party-role-nav_adviser = ኣማኻሪ NAV
party-role-teacher = መምህር
party-role-interpreter = ተርጓሚ
party-role-employer = ወሃቢ ስራሕ
answer-coming = ክመጽእ እየ
answer-cant_come = ክመጽእ ኣይክእልን
author-participant = ንስኹም
author-caseworker = ኣማኻሪ

## ሎሚ
today-hello = ሰላም፣ { $name }
today-programme-starts = መእተዊ ፕሮግራምኩም ብ{ $date } ይጅምር።
today-next = ዝቕጽሉ ቆጸራታት
today-no-events = ዝመጽእ ቆጸራ የለን።
today-see-schedule = ምሉእ መደብ ርኣዩ
today-due = ቀልጢፍኩም ክትገብርዎ ዘለኩም
today-nothing-due = ኣብ ዝመጽእ ክልተ ሰሙን ዝበጽሕ ግዜ የለን።
today-unread = { $count ->
    [0] ዘይተነበ መልእኽቲ የለን
    [one] { $count } ዘይተነበ መልእኽቲ
   *[other] { $count } ዘይተነበቡ መልእኽትታት
}
today-no-unread = ኩሉ መልእኽትታትኩም ኣንቢብኩም።
today-open-messages = መልእኽትታት ክፈቱ

## ቆጸራታት
event-when = { $day }፣ { $time }
event-room = ክፍሊ { $room }
event-moved-from = ካብ { $when } ተቐይሩ
event-changed-room = ተቐይሩ፦ ክፍሊ { $room }፣ ቅድሚ ሕጂ { $was }
event-changed-room-added = ተቐይሩ፦ ክፍሊ { $room }
event-changed-place = ቦታ ተቐይሩ፣ ቅድሚ ሕጂ { $was }
list-pair = { $first }፣ { $second }
list-separator = {"፣ "}
event-bring = ሒዝኩም ምጹ፦
event-parties = መን ክመጽእ እዩ
event-agenda = ኣጀንዳ
event-school-part = ካብ ማእከል ትምህርቲ ዓበይቲ
event-add-question = ንኣኼባ ሕቶ ወስኹ
event-add-question-submit = ወስኹ
event-next-steps = ዝተሰማማዕናሎም ዝቕጽሉ ስጉምትታት
answer-group = መልስኹም
answer-cant = ክመጽእ ኣይክእልን
answer-can-after-all = ሕጂ ክመጽእ እኽእል እየ
answer-reason-label = ስለምንታይ ክትመጹ ዘይትኽእሉ፧
answer-send = መልሲ ስደዱ
answer-you-coming = ክትመጹ ምዃንኩም መሊስኩም።
answer-you-cant = ክትመጹ ከም ዘይትኽእሉ መሊስኩም።

## ትልሚ
plan-title = ትልመይ
plan-summary = ጽማቕ
plan-sluttmaal = ናይ መወዳእታ ዕላማ
plan-norskmaal = ዕላማ ኖርወይኛ
plan-programme = መእተዊ ፕሮግራም (introduksjonsprogram)
plan-programme-dates = { $from } – { $to }
plan-settled = ዝሰፈርኩምሉ
plan-bydel = ከባቢ { $bydel }
plan-caseworker = ኣማኻሪኹም
plan-not-set = ገና ኣይተወሰነን
plan-goals = ዕላማታትን ንጥፈታትን
plan-no-goals = ገና ዕላማ የለን።
plan-no-activities = ገና ንጥፈት የለን።
plan-other = ካልኦት ንጥፈታተይ
plan-courses = ኮርሳት
plan-course-level = ደረጃ { $level }
propose-open = ንጥፈት ኣቕርቡ
propose-title = ንጥፈት ኣቕርቡ
propose-hint = ኣማኻሪኹም ክርእዮ እዩ። ክሳብ ሽዑ «ገና ኣይተሰማማዕኩምን» ተባሂሉ ይምልከት።
propose-field-title = እንታይ ክትገብሩ ትደልዩ፧
propose-field-description = ተወሳኺ ሓበሬታ (ኣማራጺ)
propose-field-type = ዓይነት
propose-field-goal = ዕላማ (ኣማራጺ)
propose-no-goal = ብዘይ ዕላማ
propose-field-due = ክሳብ መዓስ (ኣማራጺ)
propose-submit = ኣቕርቡ
plan-next-steps = ካብ ኣኼባታት ዝቕጽሉ ስጉምትታት
step-from-meeting = ኣብ ኣኼባ { $date } ዝተሰማማዕናሉ
step-owner-participant = እዚ ንስኹም ትገብርዎ
step-owner-caseworker = እዚ ኣማኻሪኹም ይገብሮ
step-owner-school = እዚ ማእከል ትምህርቲ ዓበይቲ ይገብሮ

## መደብ
schedule-title = መደብ ግዜ
schedule-view = ከም እዚ ኣርእዩ
schedule-list = ዝርዝር
schedule-week = ሰሙን
schedule-empty = ኣብ ዝመጽእ ኣርባዕተ ሰሙን ዋላ ሓደ የለን።
schedule-prev-week = ዝሓለፈ ሰሙን
schedule-next-week = ዝመጽእ ሰሙን
schedule-this-week = እዚ ሰሙን
schedule-week-of = { $from } – { $to }
schedule-day-free = ነጻ
schedule-pick-hint = ዝያዳ ንምርኣይን ንምምላስን ሓደ ቆጸራ ምረጹ።
schedule-selected = ዝተመርጸ ቆጸራ
schedule-download-ics = ዓውደ ኣዋርሕ ኣውርዱ (.ics)

## ኣፍልጦ ትምህርቲ
rec-title = ኣፍልጦ ትምህርቲ
rec-none = ናይ ኣፍልጦ ሕቶ የብልኩምን። ካብ ካልእ ሃገር ትምህርቲ እንተለኩም፣ ንኣማኻሪኹም ሕተትዎ።
rec-route = ዓይነት መስርሕ
rec-route-hkdir_general = ሓፈሻዊ ኣፍልጦ (HK-dir)
rec-route-regulated_profession = ፍቓድ ንዝተቈጻጸረ ሞያ
rec-route-vocational = ኣፍልጦ ሞያዊ ትምህርቲ
rec-route-authority-hkdir_general = HK-dir
rec-route-authority-regulated_profession = ሞያኹም ዝቆጻጸር ኣካል
rec-route-authority-vocational = ፊልከ (ዞባ)
rec-authority = ዝውስን
rec-from = ትምህርቲ ካብ
rec-case-number = ቁጽሪ ጉዳይ
rec-case-number-none = ገና ኣይተዋህበን
rec-status-not_applied = ኣይተሓተተን
rec-status-draft = ይዳሎ ኣሎ
rec-status-submitted = ተላኢኹ
rec-status-documents_missing = ሰነዳት ጎዲሎም
rec-status-in_processing = ይረአ ኣሎ
rec-status-decided_full = ኣፍልጦ ተዋሂቡ
rec-status-decided_partial = ብኸፊል ኣፍልጦ ተዋሂቡ
rec-status-rejected = ኣፍልጦ ኣይተዋህበን
rec-status-appealed = ይግባይ ቀሪቡ
rec-next-collect = { $count ->
    [one] እቲ ናይ መወዳእታ ሰነድ ኣምጽኡ። ምስ ተዳለወ «ኣሎኒ» ምልክት ግበሩ፣ ኣማኻሪኹም ከኣ ነቲ ሕቶ ክሰዶ እዩ።
   *[other] ነቶም ዝጎደሉ { $count } ሰነዳት ኣምጽኡ። ንነፍሲ ወከፎም «ኣሎኒ» ምልክት ግበሩ፤ ኩሎም ምስ ተማልኡ ኣማኻሪኹም ነቲ ሕቶ ክሰዶ እዩ።
}
rec-next-ready = ኩሎም ሰነዳት ድሉዋት እዮም። ኣማኻሪኹም ክምርምሮም እሞ ነቲ ሕቶ ክሰዶ እዩ።
rec-next-submitted = እቲ ሕቶ ተላኢኹ። { $authority } ኩሎም ሰነዳት ከም ዘለዉ የረጋግጽ ኣሎ።
rec-next-documents_missing = { $authority } ተወሰኽቲ ሰነዳት የድልዮ። ኣብ ታሕቲ ዘሎ ዝርዝር ርኣዩ እሞ ምስ ኣማኻሪኹም ተዘራረቡ።
rec-next-in_processing = { $authority } ሕቶኹም ይርኢ ኣሎ። ሕጂ ክትገብሩዎ ዘለኩም የለን።
rec-next-decided_full = ትምህርትኹም ኣፍልጦ ረኺቡ። ነቲ ውሳኔ ሓልውዎ፤ ወሃብቲ ስራሕ ክሓቱኹም ይኽእሉ እዮም።
rec-next-decided_partial = ክፋል ትምህርትኹም ኣፍልጦ ረኺቡ። ነቲ ጉድለት ዝመልኡ ኮርሳት ንኣማኻሪኹም ሕተትዎ።
rec-next-rejected = ትምህርትኹም ኣፍልጦ ኣይረኸበን። ይግባይ ክትብሉ ትኽእሉ ኢኹም፣ ብዙሕ ግዜ ኣብ ውሽጢ 3 ሰሙን። ምስ ኣማኻሪኹም ተዘራረቡ።
rec-next-appealed = ይግባይኩም ተላኢኹ። መልሲ ብደብዳበ ክመጸኩም እዩ።
rec-duration-hkdir_general = HK-dir ኩሎም ሰነዳት ምስ በጽሑ ብዙሕ ግዜ ኣርባዕተ ወርሒ ኣቢሉ ይወስድ።
rec-duration-regulated_profession = ኩሎም ሰነዳት ምስ በጽሑ ብዙሕ ግዜ ቁሩብ ኣዋርሕ ይወስድ።
rec-duration-vocational = ኩሎም ሰነዳት ምስ በጽሑ ብዙሕ ግዜ ቁሩብ ኣዋርሕ ይወስድ።
rec-documents-missing = { $count ->
    [0] ዝጎደለ ሰነድ የለን
    [one] { $count } ሰነድ ገና ጎዲሉ
   *[other] { $count } ሰነዳት ገና ጎዲሎም
}
rec-documents-other = ካልኦት ሰነዳት
rec-all-documents = ኩሎም ሰነዳት ኣለዉኹም።
rec-todo-title = ሕጂ ክትገብሩዎ ዘለኩም
rec-todo-get = ኣምጽኡ፦ { $document }
rec-todo-nothing = ሕጂ ክትገብሩዎ ዘለኩም የለን። ካባኹም ዝድለ ነገር ምስ ዝህሉ ኣብዚ ክጽሓፍ እዩ።
rec-steps = ስጉምትታት ክሳብ ውሳነ
rec-step-state-done = ተወዲኡ
rec-step-state-now = ሕጂ
rec-step-state-ahead = ደሓር
rec-step-gather = ሰነዳት ምእካብ
rec-step-send = ኣማኻሪኹም ነቲ ሕቶ ናብ { $authority } ይሰዶ
rec-step-process = { $authority } ነቲ ሕቶ ይርኢ
rec-step-decision = { $authority } ውሳነ ይህብ
rec-step-appeal = ይግባይኩም ይረአ ኣሎ
doc-note-from-caseworker = ካብ ኣማኻሪኹም
doc-more-about = ብዛዕባ እዚ ሰነድ ተወሳኺ
doc-what = እንታይ እዩ
doc-where = ካበይ ይርከብ
doc-mark-ready = ኣሎኒ
doc-status-missing = ጎዲሉ
doc-status-ready = ድሉው
doc-status-received = ተቐቢሉ
doc-status-not_needed = ኣየድልን
page-count = { $count ->
    [0] ገጻት
    [one] { $count } ገጽ
   *[other] { $count } ገጻት
}
page-label = ገጽ { $number }
page-add-photo = ስእሊ ኣልዕሉ
page-add-file = ፋይል ምረጹ
page-preparing = እቲ ገጽ ይዳሎ ኣሎ …
page-added = { $count ->
    [one] እቲ ገጽ ተወሲኹ። ኣብ መስመር ምስ ኣቶኹም ናብ ኣማኻሪኹም ክለኣኽ እዩ።
   *[other] { $count } ገጻት ተወሲኾም። ኣብ መስመር ምስ ኣቶኹም ናብ ኣማኻሪኹም ክለኣኹ እዮም።
}
page-removed = እቲ ገጽ ተሰሪዙ።
page-remove = ሰርዝ
page-remove-label = ገጽ { $number } ሰርዝ
page-kind-pdf = PDF
page-state-on_device = ኣብዚ መሳርሒ ይጽበ ኣሎ
page-state-sending = ይለኣኽ ኣሎ … { $percent } %
page-state-sent = ተላኢኹ
page-state-refused = ክጥቀመሉ ኣይተኻእለን። ሰሪዝኩም ደጊምኩም ወስኽዎ።
page-state-other_device = ኣብቲ ካልእ መሳርሒኹም ይጽበ ኣሎ
page-pack-no_pages = ገና ገጽ የለን። ነፍሲ ወከፍ ገጽ ስእሊ ኣልዕሉ ወይ ፋይል ምረጹ።
page-pack-on_device = ኣብዚ መሳርሒ ተዓቂቡ ኣሎ። ኣብ መስመር ምስ ኣቶኹም ክለኣኽ እዩ።
page-pack-sending = ይለኣኽ ኣሎ …
page-pack-in_review = ተላኢኹ። ኣማኻሪኹም ክርእዮ እዩ።
page-pack-judged = ኣማኻሪኹም ርእይዎ ኣሎ።
verdict-accepted = ኣማኻሪኹም ተቐቢሎምዎ
verdict-next-accepted = ብዛዕባ እዚ ሰነድ ካልእ ክትገብሩ ዘድልየኩም የለን።
verdict-unreadable = ኣይንበብን፡ ደጊምኩም ስእሊ ኣልዕሉ
verdict-next-unreadable = ነቲ ገጽ ኣብ ጽቡቕ ብርሃን ዝርግሕ ኣቢልኩም ኣንቢርኩም ካብ ላዕሊ ብቐጥታ ስእሊ ኣልዕሉ፣ ኩሉ ጽሑፍ ብንጹር ምእንቲ ክርአ። ድሕሪኡ ነቶም ኣረጊት ገጻት ሰርዝዎም።
verdict-wrong_document = እቲ ዝድለ ሰነድ ኣይኮነን
verdict-next-wrong_document = ኣብዚ ኣየናይ ሰነድ ከም ዝድለ ርኣዩ፣ ናይቲ ሰነድ ገጻት ወስኹ። ነቶም ጌጋ ገጻት ሰርዝዎም።
verdict-needs_authorised_translation = ዝተረጋገጸ ትርጉም የድሊ
verdict-next-needs_authorised_translation = ነቲ ሰነድ ብመንግስቲ ፍቓድ ዘለዎ ተርጓሚ (statsautorisert translatør) ኣተርጉምዎ፣ ገጻት ናይቲ ትርጉም እውን ወስኹ።
verdict-needs_original = እቲ ዋና ሰነድ ካብቲ ቤት ትምህርቲ ወይ ዩኒቨርሲቲ የድሊ
verdict-next-needs_original = ነቲ ሰነድ ዝሃበኩም ቤት ትምህርቲ ወይ ዩኒቨርሲቲ ብቐጥታ ናብቲ ብዛዕባ ሕቶኹም ውሳነ ዝህብ ኣካል ክሰዶ ሕተትዎ። ኣማኻሪኹም ክሕግዘኩም ይኽእል።
page-error-pdf_too_big = እዚ PDF ካብ 20 MB ይዓቢ። ኣብ ክንዳኡ ናይ ገጻት ስእሊ ኣልዕሉ ወይ ነቲ PDF ኣንእስዎ።
page-error-too_big = እዚ ገጽ ድሕሪ ምንኣሱ እውን ኣዝዩ ዓቢ እዩ። ካልእ ስእሊ ፈትኑ።
page-error-not_supported = ስእልታትን ፋይላት PDFን ጥራይ ክውሰኹ ይኽእሉ።
page-error-unreadable = እዚ ፋይል ክንበብ ኣይከኣለን። ካልእ ፋይል ፈትኑ ወይ ስእሊ ኣልዕሉ።
doc-kind-diploma = ዲፕሎማ
doc-kind-transcript = መግለጺ ነጥብታት (ትራንስክሪፕት)
doc-kind-translation = ዝተረጋገጸ ትርጉም
doc-kind-passport_copy = ቅዳሕ ፓስፖርት
doc-kind-cv = ሲቪ (CV)
doc-kind-employment_certificate = ምስክር ወረቐት ስራሕ
doc-kind-course_description = መግለጺ ዓይነታት ትምህርቲ
doc-kind-language_certificate = ምስክር ወረቐት ቋንቋ
doc-kind-other = ካልእ ሰነድ
doc-what-diploma = ትምህርትኹም ምስ ወዳእኩም ዝረኸብኩምዎ ምስክር ወረቐት፣ ዲግሪ ወይ ማዕርግ ዘርኢ።
doc-where-diploma = ነቲ ዘለኩም መበቈላዊ ተጠቐሙ። እንተ ጠፊኡኩም፣ እቲ ዝሃበኩም ቤት ትምህርቲ ወይ ዩኒቨርሲቲ ሓድሽ ቅዳሕ ክሰደልኩም ይኽእል።
doc-what-transcript = ዝርዝር ኩሎም ዓይነታት ትምህርትኹም ምስ ነጥብታትን ሰዓታትን ወይ ክረዲትን።
doc-where-transcript = ካብ ቤት ጽሕፈት ተማሃሮ ናይ ቤት ትምህርትኹም ወይ ዩኒቨርሲቲኹም። ብዙሓት ምስ ሓተትኩም ብኢመይል ይሰዱዎ።
doc-what-translation = ብፍቑድ ተርጓሚ ናብ ኖርወይኛ ወይ እንግሊዝኛ ዝተተርጎመ ዲፕሎማን መግለጺ ነጥብታትን።
doc-where-translation = ካብ ብመንግስቲ ዝተፈቕደሉ ተርጓሚ (statsautorisert translatør)። ምምሕዳር ከተማ ክፍሊቱ ዝኸፍል እንተኾይኑ ንኣማኻሪኹም ሕተቱ።
doc-what-passport_copy = ቅዳሕ ናይቲ ስእልኹምን ስምኩምን ዘለዎ ገጽ ፓስፖርት።
doc-where-passport_copy = ፓስፖርትኩም ኣብ ቤተ መጻሕፍቲ ወይ ኣብ ቤት ጽሕፈት NAV ቅድሑ ወይ ስካን ግበሩ። ኣማኻሪኹም ክሕግዘኩም ይኽእል።
doc-what-cv = ሓጺር ዝርዝር ትምህርትኹምን ስራሕኩምን ምስ ዓመታቱ።
doc-where-cv = ባዕልኹም ትጽሕፍዎ። ኣማኻሪኹም ወይ ቤተ መጻሕፍቲ ክሕግዙኹም ይኽእሉ።
doc-what-employment_certificate = እንታይ ስራሕ ከም ዝሰራሕኩምን ንኽንደይ ግዜን ዝገልጽ ደብዳበ ካብ ወሃቢ ስራሕ።
doc-where-employment_certificate = ካብ ናይ ቀደም ወሃቢ ስራሕኩም። ክትረኽብዎም እንተ ዘይከኣልኩም፣ ንኣማኻሪኹም ሓብሩ።
doc-what-course_description = መግለጺ ዓይነታትን ትሕዝቶን ትምህርትኹም።
doc-where-course_description = ካብ ቤት ትምህርትኹም ወይ ዩኒቨርሲቲኹም፣ ብዙሕ ግዜ ኣብ መርበብ ሓበሬታኦም።
doc-what-language_certificate = ደረጃኹም ኣብ ኖርወይኛ ወይ እንግሊዝኛ ዘረጋግጽ፣ ንኣብነት ውጽኢት ፈተና።
doc-where-language_certificate = ካብቲ ፈተና ዝወሰድኩምሉ ቦታ። ውጽኢት Norskprøven ኣብ ማእከል ትምህርቲ ዓበይቲ ይርከብ።
doc-what-other = ኣማኻሪኹም ዝሓተቶ ካልእ ሰነድ። ነቲ መዘኻኸሪ ርኣዩ።
doc-where-other = ንኣማኻሪኹም ሕተቱ።

## መልእኽትታት
msg-title = መልእኽትታት
msg-thread = ምስ ኣማኻሪኹም ዘለዉ መልእኽትታት
msg-empty = ገና መልእኽቲ የለን።
msg-you = ንስኹም
msg-read = ተነቢቡ
msg-write = ናብ ኣማኻሪኹም ጸሓፉ
msg-offline-hint = ብዘይ ኢንተርነት ክትጽሕፉ ትኽእሉ ኢኹም። እቲ መልእኽቲ ኣብ መስመር ምስ ተመለስኩም ይለኣኽ።
msg-send = ስደዱ

## Messages from templates (see en/app.ftl)
msg-template-bring_documents = በጃኹም ነዚ ናብ ኣኼባና ሒዝኩም ምጹ ({ $at })፦
msg-template-meeting_reminder = ዝኽሪ ኣኼባና፦ { $at }።
msg-template-meeting_moved = ግዜ ኣኼባና ተቐይሩ ኣሎ። ሓድሽ ግዜ፦ { $at }።
msg-template-class_cancelled = ክፍለ-ግዜ ትምህርትኹም ተሰሪዙ ኣሎ፦ { $at }።
msg-template-please_call = በጃኹም ምስ ተኻእለኩም ደውሉለይ።
msg-template-document_accepted = እዚ ሰነድ ካባኹም በጺሑና ኣሎ፣ ብግቡእ ድማ እዩ፦
msg-template-document_needed = ገና እዚ ሰነድ ካባኹም የድልየኒ ኣሎ፦
msg-template-programme_starts = መእተዊ ፕሮግራምኩም ብ{ $on } ይጅምር።
msg-template-in-norwegian = ብኖርወይኛ
msg-written-in-nb = ብኖርወይኛ ዝተጻሕፈ

## Proposing a better text (see en/app.ftl)
wording-open = ጌጋ ወይ ዘይንጹር ጽሑፍ ኣሎ ድዩ፧
wording-title = ዝሓሸ ጽሑፍ ኣቕርቡ
wording-explain = እቲ ጌጋ ወይ ዘይንጹር ዝኾነ ጽሑፍ ምረጹ፣ ከመይ ክኸውን ከም ዘለዎ ድማ ጽሓፉ። ሓሳብኩም ናብቶም ነቲ ኣፕ ዝትርጉሙ ይበጽሕ፤ ንሳቶም ስምኩም ኣይርእዩን። ኣብ መስመር ምስ ኣቶኹም ይለኣኽ።
wording-which = ኣየናይ ጽሑፍ፧
wording-now = ሕጂ ተጻሒፉ ዘሎ፦
wording-better = ከመይ ክኸውን ኣለዎ
wording-comment = ርእይቶ (ኣማራጺ)
wording-send = ሓሳብ ስደዱ
wording-sent = የቐንየልና! ሓሳብኩም ኣብ መስመር ምስ ኣቶኹም ክለኣኽ እዩ።

## ኣነ
me-title = ኣነ
me-language = ቋንቋ
me-language-label = ቋንቋ ናይቲ ኣፕ
me-text-size = ዓቐን ጽሑፍ
me-text-size-option = { $percent } %
me-reminders = መዘኻኸሪታት
me-reminders-label = ቅድሚ ቆጸራታት ኣዘኻኽረኒ
me-reminders-off = መዘኻኸሪ የለን
me-reminders-minutes = ቅድሚ { $minutes } ደቒቕ
me-reminders-hours = { $hours ->
    [one] ቅድሚ 1 ሰዓት
    [24] ቅድሚ 1 መዓልቲ
   *[other] ቅድሚ { $hours } ሰዓት
}
me-sync = ምሕዳሳት
me-sync-state = ርክብ
me-sync-state-online = ኣብ መስመር
me-sync-state-offline = ካብ መስመር ወጻኢ
me-sync-state-error = ጸገም ምሕዳስ
me-sync-state-never = ገና ኣይተሓደሰን
me-sync-server = ሰርቨር
me-sync-last = ናይ መወዳእታ ምሕዳስ
me-sync-attempt = ናይ መወዳእታ ፈተነ
me-sync-error = ጸገም
me-sync-never = ገና ኣይተሓደሰን
me-sync-pending = ክለኣኽ ዝጽበ
me-key-storage = ምክልኻል ሓበሬታ
me-key-storage-keystore = ተመስጢሩ፣ መፍትሕ ብተሌፎን ይዕቀብ
me-key-storage-file = ተመስጢሩ፣ መፍትሕ ኣብቲ ኣፕ ይዕቀብ
me-export = ሓበሬታይ ኣውጽኡ
me-export-hint = ኣብዚ መሳርሒ ዘሎ ኩሉ ቅዳሕ ዓቅቡ።
me-export-json = ኩሉ ሓበሬታይ (JSON)
me-export-ics = ዓውደ ኣዋርሕ (.ics)
me-exported = እቲ ፋይል ተዓቂቡ።
me-sign-out = ምውጻእን ምድምሳስን
me-sign-out-explain = Veikart ኣብዚ መሳርሒ ዝዓቀቦ ኩሉ ክድምሰስ እዩ። ትልምኹም ኣማኻሪኹም ይሕዞ፤ ብሓድሽ ኮድ ደጊምኩም ክትራኸቡ ትኽእሉ ኢኹም።
me-sign-out-pending = { $count ->
    [one] { $count } ለውጢ ገና ኣይተላእከን፣ ክጠፍእ እዩ።
   *[other] { $count } ለውጥታት ገና ኣይተላእኩን፣ ክጠፍኡ እዮም።
}
me-sign-out-button = ውጽኡ እሞ ሓበሬታ ደምስሱ
me-sign-out-confirm = እወ፣ ኩሉ ደምስሱ
me-sign-out-confirm-group = ምውጻእ ኣረጋግጹ
me-translations = ትርጉማት
me-translations-yours-unchecked = ጽሑፋት ብቋንቋኹም ገና ብሰብ ቋንቋ ኣዲኡ ዝኾነ ኣይተመርመሩን። ጌጋ ወይ ዘይንጹር እንተሎ ሓብሩና።
me-translations-unchecked = ገና ብሰብ ቋንቋ ኣዲኡ ዝኾነ ዘይተመርመሩ፦
me-translations-all-checked = ኩሎም ቋንቋታት ናይቲ ኣፕ ብሰብ ቋንቋ ኣዲኦም ዝኾነ ተመርሚሮም እዮም።
me-translations-help = ዝሓሸ ጽሑፍ ንምቕራብ፣ ኣብ ታሕቲ ዝኾነ ስክሪን «ጌጋ ወይ ዘይንጹር ጽሑፍ ኣሎ ድዩ፧» ምረጹ።

## Notifications, shown by the Rust side (src-tauri)
notification-title = Veikart
notification-appointment-added = ሓድሽ ቆጸራ: { $title }፣ { $time }
notification-appointment-moved = ቆጸራ ተቐይሩ: { $title }፣ ሕጂ { $time }
notification-appointment-moved-where = ቆጸራ ተቐይሩ: { $title }፣ ሕጂ { $time }፣ { $where }
notification-appointment-cancelled = ተሰሪዙ: { $title }፣ { $time }
notification-message = ካብ ኣማኻሪኹም ሓድሽ መልእኽቲ
notification-verdict = { $document }: { $verdict }
notification-reminder = መዘኻኸሪ: { $title } ሰዓት { $time }

# ኣብዚ ወርሒ ኣብ ማእከል ትምህርቲ ዓበይቲ ዘሎ ተሳትፎ (issue 10)
plan-attendance = ኣብዚ ወርሒ ዘሎ ተሳትፎ
plan-attendance-hint = ብዘይ ቅቡል ምኽንያት ዘይምምጻእ ካብ ደገፍ መእተዊ ፕሮግራም የጉድል።
attendance-present = ተረኺቡ
attendance-late = ደንጉዩ
attendance-absent = ኣይመጽአን
plan-absences = ዘይምምጻእ
plan-child-days-left = ንሕማም ውላድ ዝተረፈ መዓልታት ዕረፍቲ (ኣብ ዝሓለፉ 12 ኣዋርሕ): { $count }
absence-status-not_assessed = ገና ኣይተገምገመን
absence-status-approved = ተቐቢሉ
absence-status-needs_document = ወረቐት ሓኪም የድሊ
absence-status-no_valid_reason = ብዘይ ቅቡል ምኽንያት: ካብ ደገፍኩም ይጎድል
absence-kind-own_illness_self_certified = ናይ ገዛእ ርእስኹም ሕማም (ብባዕልኹም ዝሕበር ሕማም)
absence-kind-own_illness_doctors_note = ናይ ገዛእ ርእስኹም ሕማም (ወረቐት ሓኪም)
absence-kind-child_illness = ሕማም ውላድ
absence-kind-welfare_leave = ፍቓድ ንውልቃዊ ጉዳይ
absence-kind-holy_day = ሃይማኖታዊ በዓል
absence-kind-other_approved_leave = ካልእ ዝተፈቕደ ፍቓድ
absence-kind-no_valid_reason = ብዘይ ቅቡል ምኽንያት
