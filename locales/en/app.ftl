# Veikart participant app — English.
# Shared by the UI (ui/) and the Rust side. Every message here must exist in every locale.

app-name = Veikart
language-autonym = English
loading = Loading…
skip-to-content = Skip to content
action-cancel = Cancel

## Language names (for marking text written in another language)
lang-name-nb = Norwegian
lang-name-nn = Norwegian (Nynorsk)
lang-name-en = English
lang-name-uk = Ukrainian
lang-name-ru = Russian
lang-name-ar = Arabic
lang-name-ti = Tigrinya
lang-name-prs = Dari
lang-name-fa = Persian
lang-name-so = Somali
text-translation = Translation

## Calendar: names and patterns used where the device has no date data for the language
cal-month-1 = January
cal-month-2 = February
cal-month-3 = March
cal-month-4 = April
cal-month-5 = May
cal-month-6 = June
cal-month-7 = July
cal-month-8 = August
cal-month-9 = September
cal-month-10 = October
cal-month-11 = November
cal-month-12 = December
cal-weekday-0 = Sunday
cal-weekday-1 = Monday
cal-weekday-2 = Tuesday
cal-weekday-3 = Wednesday
cal-weekday-4 = Thursday
cal-weekday-5 = Friday
cal-weekday-6 = Saturday
cal-weekday-short-0 = Sun
cal-weekday-short-1 = Mon
cal-weekday-short-2 = Tue
cal-weekday-short-3 = Wed
cal-weekday-short-4 = Thu
cal-weekday-short-5 = Fri
cal-weekday-short-6 = Sat
cal-pattern-day-long = { $weekday } { $day } { $month }
cal-pattern-date = { $day } { $month } { $year }
cal-pattern-day-short = { $weekdayShort } { $day }
cal-pattern-date-time = { $day }, { $time }
cal-pattern-time-range = { $from }–{ $to }
day-today = Today, { $day }
day-tomorrow = Tomorrow, { $day }

## Navigation
nav-label = Main menu
nav-today = Today
nav-plan = Plan
nav-schedule = Schedule
nav-recognition = Education
nav-messages = Messages
nav-me = Me
nav-unread = { $count ->
    [one] { $count } unread message
   *[other] { $count } unread messages
}

## Sync
sync-region = Connection and changes
sync-online = Online · updated { $when }
sync-offline = Offline · last updated { $when }
sync-offline-never = Offline · not updated yet
sync-never = Not updated yet
sync-failed = Could not update: { $reason }
sync-pending = { $count ->
    [0] No changes waiting
    [one] { $count } change waiting to be sent
   *[other] { $count } changes waiting to be sent
}
sync-now = Update now
sync-error-offline = no internet connection
sync-error-server_error = the server had a problem
sync-error-unsupported_protocol = this app is too old, please update it
sync-error-device_revoked = this device has been disconnected
sync-error-unauthorized = this device is not recognised
sync-error-unavailable = the server is busy right now, your changes are safe and will be sent later
sync-error-internal = something went wrong
pending-waiting = Waiting to be sent
receipt-sent = Sent
receipt-seen-by = Seen by { $name }, { $when }
receipt-seen = Seen, { $when }
proposal-agreed-by = Agreed with { $name }
proposal-declined-by = Declined by { $name }
proposal-comment-from = { $name } wrote:
proposal-reason-from = Reason from { $name }:
rejected-rolled-back = Not accepted, so it was undone: { $reason }
rejected-change = “{ $what }” was not accepted: { $reason }
rejected-dismiss = OK

## Changes the server can refuse
op-set_activity_status = Change of activity status
op-propose_activity = Proposed activity
op-answer_event = Answer to an appointment
op-add_agenda_item = Question for the meeting
op-mark_document_ready = Document marked ready
op-send_message = Message
op-mark_messages_read = Messages marked read
op-set_preferred_language = Language change
op-propose_wording = Proposal for a better text
op-add_document_page = Page of a document
op-remove_document_page = Removal of a page
reject-not_found = it no longer exists
reject-caseworker_owned = only your caseworker can change this
reject-superseded = your caseworker changed it in the meantime
reject-changed_on_other_device = you changed it on another of your devices in the meantime
reject-event_cancelled = the appointment was cancelled
reject-invalid_value = the text is empty or too long
reject-id_taken = it was already saved
reject-unsupported_language = this language is not available
reject-document_accepted = your caseworker has already accepted this document
reject-too_large = the file is too large

## Errors
error-load = Could not read the data on this device. Try again.
error-invalid_body = The app sent something the server did not understand.
error-invalid_value = Something you typed is empty or too long.
error-payload_too_large = That is too large to send.
error-unauthorized = This device is not recognised. Sign in again with a new code.
error-device_revoked = This device has been disconnected by your caseworker.
error-forbidden = You are not allowed to do that.
error-not_found = It could not be found.
error-conflict = It was changed by someone else. Look again and retry.
error-offset_mismatch = The upload got out of step. It carries on by itself.
error-page_rejected = The file could not be used. Add it again.
error-code_invalid = That code is not right. Check it and try again.
error-code_expired = That code has expired. Ask your caseworker for a new one.
error-code_used = That code has already been used. Ask your caseworker for a new one.
error-code_locked = Too many wrong tries. Ask your caseworker for a new code.
error-rate_limited = Too many tries. Wait a few minutes and try again.
error-unsupported_protocol = This app is too old for the server. Please update the app.
error-internal = Something went wrong. Try again.
error-offline = No internet connection. Connect and try again.
error-server_error = The server had a problem. Try again later.
error-unavailable = The server is busy right now. Your changes are safe on this device and will be sent later.
error-local_storage = Could not save on this device. Restart the app and try again.
error-local_storage_locked = The data on this device cannot be opened. Restart the app. If it happens again, sign out and connect again with a new code from your caseworker.
error-not_enrolled = This device is not connected yet. Type the code from your caseworker.
error-already_enrolled = This device is already connected. Sign out first to use another code.
error-server_url_invalid = Write the whole address, starting with https://
error-code_missing = Write the code from your caseworker.
error-server_missing = The code does not say where to connect. Write the server address from the paper.
error-scan_not_code = That is not a Veikart code. Scan the square code on the paper from your caseworker.
error-camera_denied = Veikart may not use the camera. Type the code instead.
error-scan_failed = The camera could not read the code. Try again, or type the code.

## First run
first-choose-language = Choose your language
enrol-title = Connect this phone
enrol-explain = Your caseworker gives you a paper with a square code (QR code) and a code to type. With it, your plan and appointments come to this phone.
enrol-server = Server address
enrol-server-hint = Only if the code does not have the address, or your caseworker gives you another address. For example https://veikart.oslo.kommune.no
enrol-code = Code
enrol-code-hint = It is on the paper from your caseworker, for example ABCD-EFGH-JKMN. You can also paste the whole link.
enrol-submit = Connect
enrol-busy = Connecting…
enrol-change-language = Change language
enrol-scan = Scan the code
enrol-scan-hint = Point the camera at the square code on the paper.
enrol-or-type = Or type the code
enrol-other-server = Other server

## The code sheet: printed from the console in the participant's language, Norwegian beside it
sheet-title = Connect Veikart to your phone
sheet-step-open = Install the Veikart app and open it. Choose your language.
sheet-step-scan = Choose “{ enrol-scan }” and point the camera at the square code.
sheet-step-type = No camera? Type the code or the link below into the app.
sheet-code = Code
sheet-link = Link
sheet-once = The code works once, within three days. Keep it to yourself: with it, others could see your plan.

## Codes: activities, goals
activity-type-norwegian_course = Norwegian course
activity-type-language_practice = Language placement at a workplace (språkpraksis)
activity-type-work_practice = Work placement (arbeidspraksis)
activity-type-job_search = Job search
activity-type-course = Course
activity-type-education = Education
activity-type-recognition = Recognition of education
activity-type-meeting = Meeting
activity-type-health = Health
activity-type-housing = Housing
activity-type-other = Other
activity-status-proposed = Proposed
activity-status-planned = Planned
activity-status-in_progress = In progress
activity-status-done = Done
activity-status-cancelled = Cancelled
activity-mark-in_progress = I have started
activity-mark-done = Done
activity-mark-proposed = Not started
activity-agreed = Agreed with caseworker
activity-not-agreed = Not yet agreed
activity-due = Due { $date }
activity-overdue = Was due { $date }
activity-period = { $from } – { $to }
activity-place = Place:
goal-kind-sluttmaal = End goal
goal-kind-norskmaal = Norwegian goal
goal-kind-delmaal = Step on the way
goal-status-active = Active
goal-status-achieved = Achieved
goal-status-dropped = Dropped
goal-target = Target date { $date }
owner-participant = You
owner-caseworker = Caseworker
owner-school = Adult education centre

## Codes: appointments
event-kind-class_session = Class
event-kind-meeting = Meeting
event-kind-kartlegging = Skills mapping meeting
event-kind-trekantsamtale = Three-way meeting
event-kind-placement_shift = Placement day
event-status-scheduled = Scheduled
event-status-cancelled = Cancelled
party-role-participant = You
party-role-caseworker = Caseworker
party-role-nav_adviser = NAV adviser
party-role-teacher = Teacher
party-role-interpreter = Interpreter
party-role-employer = Employer
answer-coming = I’ll come
answer-cant_come = I can’t come
author-participant = You
author-caseworker = Caseworker

## Today
today-hello = Hello, { $name }
today-programme-starts = Your introduction programme starts { $date }.
today-next = Next appointments
today-no-events = No appointments coming up.
today-see-schedule = See the whole schedule
today-due = To do soon
today-nothing-due = Nothing due in the next two weeks.
today-unread = { $count ->
    [0] No unread messages
    [one] { $count } unread message
   *[other] { $count } unread messages
}
today-no-unread = You have read all your messages.
today-open-messages = Open messages

## Appointments
event-when = { $day }, { $time }
event-room = room { $room }
event-moved-from = Moved from { $when }
event-changed-room = Changed: room { $room }, was { $was }
event-changed-room-added = Changed: room { $room }
event-changed-place = Changed place, was { $was }
list-pair = { $first }, { $second }
list-separator = {", "}
event-bring = Bring:
event-parties = Who will be there
event-agenda = Agenda
event-school-part = From the adult education centre
event-add-question = Add a question for the meeting
event-add-question-submit = Add
event-next-steps = Agreed next steps
answer-group = Your answer
answer-cant = I can’t come
answer-can-after-all = I can come after all
answer-reason-label = Why can’t you come?
answer-send = Send answer
answer-you-coming = You said you will come.
answer-you-cant = You said you can’t come.

## Plan
plan-title = My plan
plan-summary = Summary
plan-sluttmaal = End goal
plan-norskmaal = Norwegian goal
plan-programme = Introduction programme (introduksjonsprogram)
plan-programme-dates = { $from } – { $to }
plan-settled = Settled
plan-bydel = district { $bydel }
plan-caseworker = Your caseworker
plan-not-set = Not decided yet
plan-goals = Goals and activities
plan-no-goals = No goals yet.
plan-no-activities = No activities yet.
plan-other = My other activities
plan-courses = Courses
plan-course-level = level { $level }
propose-open = Propose an activity
propose-title = Propose an activity
propose-hint = Your caseworker will look at it. Until then it is marked “Not yet agreed”.
propose-field-title = What do you want to do?
propose-field-description = More about it (optional)
propose-field-type = Type
propose-field-goal = Goal (optional)
propose-no-goal = No goal
propose-field-due = By when (optional)
propose-submit = Propose
plan-next-steps = Next steps from meetings
step-from-meeting = Agreed in the meeting on { $date }
step-owner-participant = You do this
step-owner-caseworker = Your caseworker does this
step-owner-school = The adult education centre does this

## Schedule
schedule-title = Schedule
schedule-view = Show as
schedule-list = List
schedule-week = Week
schedule-empty = Nothing in the next four weeks.
schedule-prev-week = Previous week
schedule-next-week = Next week
schedule-this-week = This week
schedule-week-of = { $from } – { $to }
schedule-day-free = Free
schedule-pick-hint = Choose an appointment to see more and to answer.
schedule-selected = Chosen appointment
schedule-download-ics = Download calendar (.ics)

## Recognition of education
rec-title = Recognition of education
rec-none = You have no application for recognition. If you have education from another country, ask your caseworker.
rec-route = Route
rec-route-hkdir_general = General recognition (HK-dir)
rec-route-regulated_profession = Authorisation for a regulated profession
rec-route-vocational = Recognition of vocational training
rec-route-authority-hkdir_general = HK-dir
rec-route-authority-regulated_profession = The authority for your profession
rec-route-authority-vocational = The county
rec-authority = Decided by
rec-from = Education from
rec-case-number = Case number
rec-case-number-none = Not given yet
rec-status-not_applied = Not applied
rec-status-draft = Being prepared
rec-status-submitted = Sent
rec-status-documents_missing = Documents missing
rec-status-in_processing = Being processed
rec-status-decided_full = Recognised
rec-status-decided_partial = Partly recognised
rec-status-rejected = Not recognised
rec-status-appealed = Appealed
rec-next-collect = { $count ->
    [one] Get the last document. When it is ready, press “I have it” and your caseworker sends the application.
   *[other] Get the { $count } documents still missing. When each one is ready, press “I have it”; your caseworker sends the application when all are there.
}
rec-next-ready = All documents are ready. Your caseworker checks them and sends the application.
rec-next-submitted = The application has been sent. { $authority } checks that all documents are there.
rec-next-documents_missing = { $authority } needs more documents. See the list below and talk to your caseworker.
rec-next-in_processing = { $authority } is processing your application. You do not need to do anything now.
rec-next-decided_full = Your education is recognised. Keep the decision letter; employers may ask for it.
rec-next-decided_partial = Part of your education is recognised. Ask your caseworker about courses that can fill the gap.
rec-next-rejected = Your education was not recognised. You can appeal, usually within 3 weeks. Talk to your caseworker.
rec-next-appealed = Your appeal has been sent. You will get an answer by letter.
rec-duration-hkdir_general = HK-dir usually takes about four months after all documents have arrived.
rec-duration-regulated_profession = It usually takes a few months after all documents have arrived.
rec-duration-vocational = It usually takes a few months after all documents have arrived.
rec-documents-missing = { $count ->
    [0] No documents missing
    [one] { $count } document still missing
   *[other] { $count } documents still missing
}
rec-documents-other = Other documents
rec-all-documents = You have all the documents.
rec-todo-title = What you need to do now
rec-todo-get = Get: { $document }
rec-todo-nothing = Nothing for you to do now. This is where it will say when something is needed from you.
rec-steps = The steps up to the decision
rec-step-state-done = Done
rec-step-state-now = Now
rec-step-state-ahead = Later
rec-step-gather = Gather the documents
rec-step-send = Your caseworker sends the application to { $authority }
rec-step-process = { $authority } processes the application
rec-step-decision = { $authority } makes the decision
rec-step-appeal = The appeal is processed
doc-note-from-caseworker = From your caseworker
doc-more-about = More about this document
doc-what = What it is
doc-where = Where to get it
doc-mark-ready = I have it
doc-status-missing = Missing
doc-status-ready = Ready
doc-status-received = Received
doc-status-not_needed = Not needed
page-count = { $count ->
    [0] Pages
    [one] { $count } page
   *[other] { $count } pages
}
page-label = Page { $number }
page-add-photo = Take a photo
page-add-file = Choose a file
page-preparing = Preparing the page …
page-added = { $count ->
    [one] Page added. It is sent to your caseworker when you are online.
   *[other] { $count } pages added. They are sent to your caseworker when you are online.
}
page-removed = Page removed.
page-remove = Remove
page-remove-label = Remove page { $number }
page-kind-pdf = PDF
page-state-on_device = Waiting on this device
page-state-sending = Sending … { $percent } %
page-state-sent = Sent
page-state-refused = Could not be used. Remove it and add it again.
page-state-other_device = Waiting on your other device
page-pack-no_pages = No pages yet. Take a photo of each page, or choose a file.
page-pack-on_device = Kept on this device. It is sent when you are online.
page-pack-sending = Sending …
page-pack-in_review = Sent. Your caseworker will look at it.
page-pack-judged = Your caseworker has looked at it.
verdict-accepted = Accepted by your caseworker
verdict-next-accepted = Nothing more to do for this document.
verdict-unreadable = Unreadable: take it again
verdict-next-unreadable = Lay the page flat in good light and take the photo from straight above, so that all the text is sharp. Then remove the old pages.
verdict-wrong_document = Not the right document
verdict-next-wrong_document = Check which document is asked for here, and add the pages of that document. Remove the wrong pages.
verdict-needs_authorised_translation = An authorised translation is needed
verdict-next-needs_authorised_translation = Have the document translated by a state-authorised translator (statsautorisert translatør), and add the pages of the translation too.
verdict-needs_original = The original from the school or university is needed
verdict-next-needs_original = Ask the school or university that issued the document to send it directly to the authority that decides on your application. Your caseworker can help you.
page-error-pdf_too_big = This PDF is larger than 20 MB. Take photos of the pages instead, or make the PDF smaller.
page-error-too_big = This page is too large even after shrinking. Try another photo.
page-error-not_supported = Only photos and PDF files can be added.
page-error-unreadable = This file could not be read. Try another file, or take a photo.
doc-kind-diploma = Diploma
doc-kind-transcript = Transcript of grades
doc-kind-translation = Authorised translation
doc-kind-passport_copy = Copy of passport
doc-kind-cv = CV
doc-kind-employment_certificate = Work reference
doc-kind-course_description = Course descriptions
doc-kind-language_certificate = Language certificate
doc-kind-other = Other document
doc-what-diploma = The certificate you received when you finished your education, showing the degree or title.
doc-where-diploma = Use the original you have. If it is lost, the school or university that issued it can send a new copy.
doc-what-transcript = A list of all your subjects with grades and hours or credits.
doc-where-transcript = From the student office of your school or university. Many send it by e-mail on request.
doc-what-translation = A translation of the diploma and transcript into Norwegian or English, made by an authorised translator.
doc-where-translation = From a state-authorised translator (statsautorisert translatør). Ask your caseworker whether the municipality pays.
doc-what-passport_copy = A copy of the page of your passport with your photo and name.
doc-where-passport_copy = Copy or scan your passport at the library or at the NAV office. Your caseworker can help.
doc-what-cv = A short list of your education and jobs, with years.
doc-where-cv = You write it yourself. Your caseworker or the library can help you.
doc-what-employment_certificate = A letter from an employer saying what work you did and for how long.
doc-where-employment_certificate = From your former employer. If you cannot reach them, tell your caseworker.
doc-what-course_description = A description of the subjects and content of your education.
doc-where-course_description = From your school or university, often on its website.
doc-what-language_certificate = Proof of your level in Norwegian or English, such as a test result.
doc-where-language_certificate = From the place where you took the test. Your results from the Norwegian test are at your adult education centre.
doc-what-other = Another document your caseworker asked for. See the note.
doc-where-other = Ask your caseworker.

## Messages
msg-title = Messages
msg-thread = Messages with your caseworker
msg-empty = No messages yet.
msg-you = You
msg-read = Read
msg-write = Write to your caseworker
msg-offline-hint = You can write without internet. The message is sent when you are online again.
msg-send = Send

## Messages from templates: the caseworker chose one in the console; the app shows it in the
## participant's language, with the Norwegian beside it. Documents are listed under the text.
msg-template-bring_documents = Please bring this to our meeting ({ $at }):
msg-template-meeting_reminder = A reminder of our meeting: { $at }.
msg-template-meeting_moved = Our meeting has been moved. The new time is { $at }.
msg-template-class_cancelled = Your class is cancelled: { $at }.
msg-template-please_call = Please call me when you can.
msg-template-document_accepted = We have received this document from you, and it is in order:
msg-template-document_needed = I still need this document from you:
msg-template-programme_starts = Your introduction programme starts on { $on }.
msg-template-in-norwegian = In Norwegian
msg-written-in-nb = Written in Norwegian

## Proposing a better text: on every screen a participant can say a text is wrong or unclear
wording-open = Is a text wrong or unclear?
wording-title = Propose a better text
wording-explain = Choose the text that is wrong or unclear and write it as it should be. Your proposal goes to the people who translate the app; they do not see your name. It is sent when you are online.
wording-which = Which text?
wording-now = It says now:
wording-better = How it should be
wording-comment = Comment (optional)
wording-send = Send proposal
wording-sent = Thank you! Your proposal is sent when you are online.

## Me
me-title = Me
me-language = Language
me-language-label = Language of the app
me-text-size = Text size
me-text-size-option = { $percent } %
me-reminders = Reminders
me-reminders-label = Remind me before appointments
me-reminders-off = No reminders
me-reminders-minutes = { $minutes } minutes before
me-reminders-hours = { $hours ->
    [one] 1 hour before
    [24] 1 day before
   *[other] { $hours } hours before
}
me-sync = Updates
me-sync-state = Connection
me-sync-state-online = Online
me-sync-state-offline = Offline
me-sync-state-error = Problem updating
me-sync-state-never = Not updated yet
me-sync-server = Server
me-sync-last = Last updated
me-sync-attempt = Last try
me-sync-error = Problem
me-sync-never = Never
me-sync-pending = Waiting to be sent
me-key-storage = Data protection
me-key-storage-keystore = Encrypted, key kept by the phone
me-key-storage-file = Encrypted, key kept in the app
me-export = Export my data
me-export-hint = Save a copy of everything on this device.
me-export-json = All my data (JSON)
me-export-ics = Calendar (.ics)
me-exported = The file has been saved.
me-sign-out = Sign out and delete
me-sign-out-explain = Everything Veikart has stored on this device is deleted. Your plan is kept by your caseworker; you can connect again with a new code.
me-sign-out-pending = { $count ->
    [one] { $count } change has not been sent yet and will be lost.
   *[other] { $count } changes have not been sent yet and will be lost.
}
me-sign-out-button = Sign out and delete data
me-sign-out-confirm = Yes, delete everything
me-sign-out-confirm-group = Confirm sign out
me-translations = Translations
me-translations-yours-unchecked = No native speaker has checked the texts in your language yet. If something is wrong or unclear, please tell us.
me-translations-unchecked = Not yet checked by a native speaker:
me-translations-all-checked = A native speaker has checked every language of the app.
me-translations-help = To propose a better text, choose “Is a text wrong or unclear?” at the bottom of any screen.

## Notifications, shown by the Rust side (src-tauri)
notification-title = Veikart
notification-appointment-added = New appointment: { $title }, { $time }
notification-appointment-moved = Appointment moved: { $title }, now { $time }
notification-appointment-moved-where = Appointment changed: { $title }, now { $time }, { $where }
notification-appointment-cancelled = Cancelled: { $title }, { $time }
notification-message = New message from your caseworker
notification-verdict = { $document }: { $verdict }
notification-reminder = Reminder: { $title } at { $time }

# Attendance at the adult education centre this month (issue 10)
plan-attendance = Attendance this month
plan-attendance-hint = Absence without a valid reason reduces your introduction benefit.
attendance-present = Present
attendance-late = Late
attendance-absent = Absent
plan-absences = Absences
plan-child-days-left = Days off for a sick child left (last 12 months): { $count }
absence-status-not_assessed = Not assessed yet
absence-status-approved = Approved
absence-status-needs_document = Needs a doctor’s note
absence-status-no_valid_reason = No valid reason: reduces your benefit
absence-kind-own_illness_self_certified = Own illness (self-certified sick leave)
absence-kind-own_illness_doctors_note = Own illness (doctor’s note)
absence-kind-child_illness = Sick child
absence-kind-welfare_leave = Welfare leave
absence-kind-holy_day = Holy day
absence-kind-other_approved_leave = Other approved leave
absence-kind-no_valid_reason = No valid reason
