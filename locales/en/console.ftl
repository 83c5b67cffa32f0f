# Veikart, the caseworker console — English. Every message here must exist in nb/console.ftl.

console-name = Veikart caseworker
skip-to-content = Skip to content
nav-label = Main menu
nav-participants = Participants
nav-courses = Courses
nav-reports = Reports
nav-wording = Wording
nav-audit = Access log
nav-admin = Administration
sign-out = Sign out
role-caseworker = Caseworker
role-leader = Bydel leader
role-admin = Bydel administrator
role-municipality_admin = Municipality administrator
save = Save
add = Add
back-to-list = ← All participants
back-to-participant = ← Back to the participant
back-to-courses = ← All courses

signin-title = Sign in
signin-intro = For programme advisers, NAV advisers and teachers at Voksenopplæringen.
signin-email = E-mail
signin-password = Password
signin-submit = Sign in
signin-error-wrong = Wrong e-mail or password.
signin-error-locked = Too many wrong attempts. Sign-in is locked for a while; try again in 15 minutes.
signin-error-rate-limited = Too many attempts from this computer. Wait a minute and try again.
signin-sso = Sign in with the municipality's sign-in
signin-or-password = Or sign in with e-mail and password:
signin-error-password-off = Signing in with a password is switched off here. Use the municipality's sign-in.
sso-done-title = You are signed in
sso-done-continue = Continue to the participant list
sso-refused-title = Sign-in refused
sso-refused-again = Try signing in again
sso-refused-email = E-mail from the sign-in service
sso-refused-email-unverified = not verified by the sign-in service
sso-refused-subject = Your identifier at the sign-in service
sso-refused-unreachable = Veikart cannot reach the sign-in service right now. Try again in a little while; operations can see it in the log.
sso-refused-wrong-issuer = The sign-in service answered as another service than the one Veikart is set up with. Sign-in was stopped for your safety; tell operations.
sso-refused-state-mismatch = The sign-in was started in another browser or tab, or its cookie is missing. Start signing in again from here.
sso-refused-state-used = This sign-in has already been used. Each sign-in can be used once only; start again.
sso-refused-state-expired = The sign-in took too long (more than 10 minutes) or is unknown. Start again.
sso-refused-provider-refused = The sign-in service stopped the sign-in, or you have no access there.
sso-refused-code-refused = The sign-in service did not accept the sign-in. Start again.
sso-refused-token-expired = The sign-in service's proof of sign-in had expired. Start again; if it happens again, the service's clock may be wrong.
sso-refused-token-invalid = The sign-in service's proof of sign-in could not be confirmed (its signature, audience or one-time code did not hold).
sso-refused-unknown-user = You are signed in at the sign-in service, but no Veikart user matches. Ask your bydel's admin to add you with the e-mail address or identifier below.

error-back = To the participant list
error-signed-out = You are not signed in
error-signed-out-help = Sign in to continue.
error-forbidden = No access
error-forbidden-help = Your role does not give access to this page.
error-not-found = Page not found
error-not-found-help = What you are looking for does not exist, or belongs to another bydel.
error-csrf = The form could not be sent
error-csrf-help = The form had expired or came from somewhere else. Reload the page and try again.
error-bad-form = Something in the form is not valid
error-bad-form-help = Go back, check the fields and try again.
error-rate-limited = Too many attempts
error-rate-limited-help = Wait a little and try again.
error-internal = Something went wrong
error-internal-help = The error was logged. Try again in a little while.
error-unavailable = The server cannot store anything right now
error-unavailable-help = Nothing was changed. Try again in half a minute; operations have been alerted.
error-bad-request = The request could not be read
error-bad-request-help = The address or the form held something the console does not understand. Go back and try again, or use the links in the menu.
error-too-large = The form is too large
error-too-large-help = A form can be at most 512 KB. Split a long timetable into several imports.

participants-title = My participants
participants-new = New participant
participants-create = Create participant
participants-search = Search by name
participants-filter-flag = Show only
participants-filter-all = All
participants-filter-mine = Only mine
participants-filter-apply = Show
participants-count = Showing { $shown } of { $total } participants
participants-flags = Flags
participants-none = No participants match.

flag-none = On track
flag-programme-late = { $days } days without programme start (§ 12)
flag-no-recognition = No recognition application
flag-no-placement = No placement after { $months } months
flag-unread = { $count ->
    [one] 1 unread message
   *[other] { $count } unread messages
}
flag-no-device = No device
flag-device-stale = Device not seen for { $days } days
flag-pack-not-sent = Pack complete for { $days } days, not sent to HK-dir
flag-no-three-way = No three-way meeting this term
flag-name-programme-late = Late programme start
flag-name-no-recognition = No recognition application
flag-name-no-placement = No placement
flag-name-unread = Unread messages
flag-name-no-device = No device
flag-name-device-stale = Device not seen
flag-name-pack-not-sent = Complete pack not sent
flag-name-no-three-way = No three-way meeting this term

field-name = Name
field-language = Preferred language
field-settled-on = Settled
field-programme-decided = Programme decided
field-programme-start = Programme start
field-programme-end = Programme end
field-sluttmaal = End goal (sluttmål)
field-norskmaal = Norwegian goal (norskmål)
field-recognition-relevant = Recognition of education is relevant
field-caseworker = Caseworker
field-goal-kind = Kind of goal
field-goal = Goal
field-title = Title
field-description = Description
field-target-date = Target date
field-activity-type = Kind of activity
field-due = Due
field-starts-on = From
field-ends-on = To
field-place = Place
field-room = Room
field-bring = Bring
field-date = Date
field-time = Time
field-start = Start
field-end = End
field-from = From date
field-to = To date
field-event-kind = Kind of appointment
field-nav-adviser = NAV adviser (three-way meeting)
field-teacher = Teacher (three-way meeting)
field-agenda = Agenda
event-school-part = From Voksenopplæringen
field-next-steps = Agreed next steps
step-heading = Next steps in the plan
step-none = No steps from this meeting in the plan yet.
step-add = Add a step to the plan
step-due = due { $date }
field-step-title = Step
field-step-owner = Who does it
step-owner-participant = The participant
step-owner-caseworker = NAV (caseworker)
step-owner-school = Voksenopplæringen (the school)
field-credential = Education to be recognised
field-country = Country
field-level = Level
field-route = Route
field-authority = Authority
field-case-number = Case number
field-status = Status
field-document = Document
field-note = Note
field-device = Device
field-provider = Provider
field-period = Period
field-email = E-mail
field-role = Role
field-password = Password (at least 12 characters)

lang-nb = Norwegian bokmål
lang-en = English
lang-uk = Ukrainian
lang-ru = Russian
lang-ar = Arabic
lang-ti = Tigrinya
lang-prs = Dari
lang-so = Somali
lang-nn = Nynorsk
lang-fa = Persian

participant-sections = Parts of the participant's page
section-profile = Profile and programme
section-plan = Plan
section-schedule = Appointments
section-placements = Placements
section-recognition = Recognition
section-messages = Messages
section-devices = Devices

plan-proposals = Proposals from the participant
plan-agree = Agree the proposal
plan-agreed = agreed
proposal-decline = Decline the proposal
proposal-decline-reason = Reason (the participant sees it)
proposal-decline-submit = Decline
proposal-comment = Comment without deciding
proposal-comment-text = Comment (the participant sees it; the proposal stays open)
proposal-comment-submit = Send comment
proposal-written-in-norwegian = Write in Norwegian; the app shows that the text was written in Norwegian.
proposal-commented-by = Commented on by { $name } { $when }
proposal-declined-by = declined by { $name }
plan-due = due { $date }
plan-no-activities = No activities yet.
plan-other-activities = Other activities
plan-add-goal = Add a goal
plan-add-activity = Add an activity
goal-kind-sluttmaal = End goal
goal-kind-norskmaal = Norwegian goal
goal-kind-delmaal = Intermediate goal
activity-type-norwegian_course = Norwegian classes
activity-type-language_practice = Language placement
activity-type-work_practice = Work placement
activity-type-job_search = Job search
activity-type-course = Course
activity-type-education = Education
activity-type-recognition = Recognition
activity-type-meeting = Meeting
activity-type-health = Health
activity-type-housing = Housing
activity-type-other = Other
activity-status-proposed = proposed
activity-status-planned = planned
activity-status-in_progress = in progress
activity-status-done = done
activity-status-cancelled = cancelled

schedule-none = No appointments.
schedule-add = Add an appointment
event-kind-class_session = Class
event-kind-meeting = Meeting
event-kind-kartlegging = Competence mapping
event-kind-trekantsamtale = Three-way meeting
event-kind-placement_shift = Placement day
event-cancelled = cancelled
event-parties = Taking part
event-questions = The participant's questions for the agenda:
event-answer-coming = The participant is coming
event-answer-cant_come = The participant cannot come
party-participant = participant
party-caseworker = programme adviser
party-nav_adviser = NAV adviser
party-teacher = teacher
party-interpreter = interpreter
party-employer = employer

placements-none = No language or work placement yet.

recognition-none = No recognition cases.
recognition-add = New recognition case
recognition-documents = Documents needed
recognition-no-documents = No documents recorded.
recognition-add-document = New document
route-hkdir_general = General recognition (HK-dir)
route-regulated_profession = Regulated profession
route-vocational = Vocational training
recognition-status-not_applied = not applied
recognition-status-draft = draft
recognition-status-submitted = submitted
recognition-status-documents_missing = documents missing
recognition-status-in_processing = in processing
recognition-status-decided_full = recognised
recognition-status-decided_partial = partly recognised
recognition-status-rejected = rejected
recognition-status-appealed = appealed
document-kind-diploma = Diploma
document-kind-transcript = Transcript
document-kind-translation = Authorised translation
document-kind-passport_copy = Passport copy
document-kind-cv = CV
document-kind-employment_certificate = Employment certificate
document-kind-course_description = Course description
document-kind-language_certificate = Language certificate
document-kind-other = Other
document-status-missing = missing
document-status-ready = ready with the participant
document-status-received = received
document-status-not_needed = not needed

# The recognition pack: each document's pages, the caseworker's verdict, sending to HK-dir.
pack-pages = Pages
pack-verdict = Verdict
pack-page = Page { $n }
pack-page-arriving = Page { $n } (on its way)
pack-page-file = Page { $n } ({ $kind })
pack-no-pages = No pages yet
pack-download = Download for HK-dir
pack-judge = Save verdict
pack-error-no-pages = No page of this document has arrived yet.
pack-sent-date = Sent to HK-dir on
pack-sent-reference = HK-dir's reference
pack-mark-sent = Record as sent
pack-sent-on = Sent to HK-dir on { $date }, reference { $reference }
pack-complete-since = Every document accepted since { $date }: the pack is ready to send.
verdict-accepted = Accepted
verdict-unreadable = Unreadable – take it again
verdict-wrong_document = Wrong document
verdict-needs_authorised_translation = Needs an authorised translation
verdict-needs_original = Needs the original from the institution

messages-none = No messages yet.
messages-write = Write to the participant
messages-send = Send
messages-mark-read = Mark as read
message-unread = unread
author-participant = The participant
author-caseworker = Caseworker

## Messages from templates
message-from-template = From the template “{ $name }”. The participant reads it in their own language ({ $language }).
messages-language-note = The participant's language: { $language }. What you write yourself is shown as you wrote it, marked “written in Norwegian”. A message from a template is shown in the participant's language.
templates-heading = Send a message from a template
templates-explain = The templates are translated into every language of the app. The participant sees the message in their language ({ $language }), with the Norwegian text beside it.
template-name-bring_documents = Bring documents to a meeting
template-name-meeting_reminder = A meeting reminder
template-name-meeting_moved = The meeting has been moved
template-name-class_cancelled = The class is cancelled
template-name-please_call = Ask the participant to call
template-name-document_accepted = The document was received and is in order
template-name-document_needed = A document is still needed
template-name-programme_starts = The introduction programme starts
template-param-at = Date and time
template-param-at-date = Date
template-param-at-time = Time
template-param-on = Date
template-param-document = Document
template-param-documents = Documents
template-note = Your own words under the template (optional; shown in Norwegian)
template-preview = Show the text
template-preview-heading = This is what will be sent, in Norwegian:
template-outline-heading = The text in Norwegian:
form-error-no-document = Choose at least one document.

devices-none = No devices.
device-enrolled = Enrolled
device-last-seen = Last seen
device-revoked = Revoked { $when }
device-revoke = Revoke
device-issue-code = Issue an enrolment code

code-title = Enrolment code
code-for = For { $name }. The code is shown only now.
code-qr-label = QR code for enrolment
code-expires = Valid until { $when }, and works once.
code-print-hint = Print the sheet (Ctrl+P) and give it to the participant. It is in their language, with Norwegian beside it, on one A4 page.

courses-title = Courses at Voksenopplæringen
courses-none = No courses yet.
courses-new = New course
courses-create = Create course
course-members = Members of the course
course-no-members = No members yet.
course-add-member = Add a member
course-sessions = Sessions
course-no-sessions = No sessions yet.
course-change = Change
course-move = Move
course-move-save = Move the session
course-cancel = Cancel
course-term = Make a term from a weekly pattern
course-weekdays = Weekdays
course-generate = Make the sessions
course-import = Import a timetable (CSV)
course-import-help = One session per line: date,start,end,room,place — for example 2026-09-07,09:00,11:30,Room 2. If one line is wrong, nothing is imported.
course-import-csv = Timetable (CSV)
course-import-submit = Import
course-import-failed = Nothing was imported. { $count ->
    [one] One line has an error
   *[other] { $count } lines have errors
}; correct them and try again.
course-import-more = Showing the first { $shown } of { $count } errors.
session-status-scheduled = scheduled
session-status-cancelled = cancelled
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
timetable-line = Line { $line }
timetable-error-end-before-start = ends before it starts
timetable-error-empty-period = no sessions in the period
timetable-error-too-many = too many sessions
timetable-error-columns = wrong number of columns (date,start,end[,room[,place]])
timetable-error-date = not a date (YYYY-MM-DD)
timetable-error-time = not a time (HH:MM)
timetable-error-unreadable = cannot be read as CSV
timetable-error-no-such-time = that time does not exist that day (the clocks go forward)
timetable-error-year = the year must be between 2000 and 2100
timetable-error-outside-course = the date is outside the course's period
timetable-error-room = the room is too long (at most 200 characters) or has characters that are not allowed
timetable-error-place = the place is too long (at most 200 characters) or has characters that are not allowed

reports-title = Report for the bydel
reports-title-all = Report for every bydel
reports-views = Report views
reports-own = Own bydel
reports-all = Every bydel
reports-intro = The audit's measures for participants settled in the period. Numbers only, no names.
reports-intro-all = The audit's measures for each bydel side by side, for participants settled in the period. Numbers only, no names.
reports-from = Settled from
reports-to = Settled until (inclusive)
reports-show = Show the report
reports-this-quarter = This quarter
reports-previous-quarter = Previous quarter
reports-period = Settled { $from }–{ $to }
reports-measure = Measure
reports-group-programme = Start of the introduction programme
reports-settled = Settled in the period
reports-median-to-start = Days from settlement to programme start (median)
reports-within-three-months = Started within three months
reports-not-started = Not started yet
reports-group-recognition = Recognition of education
reports-recognition-applied = Applied for recognition, of those for whom it is relevant
reports-median-to-application = Days from settlement to application (median)
reports-group-placement = Language and work placements
reports-placed = Have had a language or work placement
reports-median-to-placement = Days from settlement to first placement (median)
reports-group-meetings = Three-way meetings
reports-trekantsamtaler = Three-way meetings held in the period
reports-in-programme = Participants in the programme in the period
reports-in-programme-met = Of them, with at least one three-way meeting held in the period
reports-packs-sent = Recognition packs sent to HK-dir in the period
reports-median-complete-to-sent = Days from a pack complete to sent (median)
reports-csv = Download the report as CSV
reports-definitions = How the numbers are counted
reports-def-programme = Participants whose date of settlement is in the period. Started: the programme start is set and is today or earlier. Within three months: the programme started at most three calendar months after settlement. The median is over those who have started.
reports-def-recognition = Among those settled for whom recognition is relevant: those with a recognition case whose status is past “not applied” and “draft”. Days are counted to the first time a case became “submitted”.
reports-def-placement = Activities of type language placement or work placement, not cancelled, starting today or earlier. Days are counted from settlement to the first placement.
reports-def-meetings = Three-way meetings in the bydel, not cancelled, that started in the period and are over — for every participant, not only those settled in the period. In the programme: every participant of the bydel whose programme started by the end of the period and did not end before it began; of them, those with at least one of their own three-way meetings held in the period. Choose a half-year (January–June, July–December) to see how many had one that term.
reports-group-attendance = Attendance at the adult education centre
reports-attendance-participants = Participants with attendance recorded in the period
reports-attendance-rate = Attendance, of class sessions recorded
reports-hours-no-valid-reason = Hours absent without valid reason
reports-absent-no-valid-reason = Of them absent without valid reason
reports-absent-no-valid-reason-short = Participants absent without valid reason
reports-hours = { $hours } h
reports-attendance-per-course = Attendance per course
reports-absence-per-month = Absence without valid reason per month
reports-course = Course
reports-sessions-marked = Sessions recorded
reports-month = Month
reports-def-attendance = Class sessions in the period that the teacher recorded on the class list for one of the bydel's participants. Attendance: present or late, of all sessions recorded. Absent without valid reason: the hours of absence the caseworker classified as without valid reason, or that the bydel's absence rules make so (for example self-certification beyond the number of days); absence not yet classified, or waiting for a doctor's note, is not counted. Participants deleted after the retention period are counted. The hours per participant and month are on the Absence page.
reports-median = Median
reports-def-median = The middle value; with an even number of values the mean of the two middle ones, rounded to whole days.
reports-of = { $part } of { $whole }
reports-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
reports-fewer-than-five = fewer than 5
reports-withheld = withheld
reports-of-text = { $part } of { $whole }
reports-too-few = too few to show
reports-small-counts = Small counts
reports-def-small-counts = In the report for all bydeler, counts from 1 to 4 are shown as "fewer than 5", and medians of fewer than five people are not shown, since they could point at a person. A count that together with the others would reveal a hidden one is withheld. The report for your own bydel shows every number.
reports-no-value = no data

audit-title = Access log
audit-intro = Who saw or changed participants' data, and when. Newest first.
audit-when = When
audit-who = Who
audit-what = What
audit-target = Concerns
audit-none = No entries.
audit-older = Older entries

admin-title = Administration
admin-caseworkers = Users in the bydel
admin-caseworkers-all = Users in every bydel
admin-not-yours = Managed by the bydel
field-bydel = Bydel
admin-add-caseworker = New user
admin-settings = Settings for the bydel
admin-placement-months = Months after programme start before a missing placement is flagged
admin-three-way-weeks = Weeks into the term (January–June, July–December) before a missing three-way meeting is flagged
admin-new-password = New password
admin-new-password-for = New password for { $name } (at least 12 characters)
admin-set-password = Set password
admin-password-help = A new password signs the user out everywhere, except you here.
admin-sso = The municipality's sign-in
admin-sso-help = A user signs in with the municipality's sign-in when their e-mail address is verified there, or by the identifier shown here. Sign-in services that do not verify e-mail (Microsoft Entra ID) need the identifier: the user sees it on the page that refuses their first try. An empty field removes the link.
admin-sso-subject = Identifier at the sign-in service
admin-sso-subject-for = Identifier at the sign-in service for { $name }
form-error-subject-taken = Another user already has this identifier.

form-errors-summary = The form was not saved. Correct the marked fields and try again.
form-error-required = Fill in this field.
form-error-date = Not a valid date.
form-error-time = Not a valid time (HH:MM).
form-error-end-before-start = The end must be after the start.
form-error-no-such-time = This time does not exist on that day (summer time).
form-error-period-order = The end date must be the same as or after the start date.
form-error-period-long = The period can be at most ten years.
form-errors-go = Go to the form.
form-error-too-long = At most { $n } characters.
form-error-control = Contains control characters that are not allowed.
form-error-bidi = Contains invisible characters that turn the writing direction around. Type the text again instead of pasting it.
form-error-invisible = Contains only invisible characters.
form-error-year = The year must be between 2000 and 2100.
form-error-choice = Choose one of the options in the list.
form-error-gone = What was chosen no longer exists. Reload the page and choose again.
form-error-email = Not a valid e-mail address (name@example.no).
form-error-email-taken = There is already a user with this e-mail address.
form-error-password-short = The password needs at least { $n } characters.
form-error-months = A whole number from 1 to 36.
form-error-outside-course = The date is outside the course's period.
form-error-no-weekday = Choose at least one weekday.
form-error-no-sessions = None of the chosen weekdays falls in the period.
form-error-too-many-sessions = Too many sessions: at most { $n } at a time. Choose a shorter period.
form-error-import = The timetable has errors; see the lines above.
form-error-not-saved = The change was not saved, because something changed since the page was shown. Reload the page and try again.
signin-expired = Your session ended after 30 minutes without activity, or after eight hours. Sign in again.

## Participants' proposals for better wording in the app
wording-title = Participants' wording proposals
wording-title-all = Wording proposals from every bydel
wording-views = Which proposals
wording-own = Bydel { $bydel }
wording-all = Every bydel
wording-intro = Participants can say in the app when a text is wrong or unclear, and propose a better one. Here are the proposals per language and text, with how many proposed each text. No names are shown. Download the proposals as a patch to the app's language files and send it to the project's translators, who read each text before it is used.
wording-unchecked = No native speaker has checked these translations yet:
wording-download-all = Download all as a patch
wording-download = Download the patch for { $language }
wording-count = { $count ->
    [one] one proposal
   *[other] { $count } proposals
}
wording-review-source = The app's texts are written in this language first.
wording-review-checked = Checked by a native speaker.
wording-review-not_checked = Not yet checked by a native speaker.
wording-now = The text now
wording-in-english = In English
wording-proposed = Proposed text
wording-text = Proposal
wording-how-many = How many
wording-comments = Comments:
wording-none = No proposals yet.
wording-patch-of-bydel = bydel { $bydel }
wording-patch-of-all = every bydel
wording-patch-proposal = Proposed by participants ({ $n } of { $total }): { $text }
wording-patch-header =
    Veikart: participants' proposals for better wording in the app, { $of }, exported { $date }.
    Made against the language files this server was built with. Read each text, then use git apply in the project's source.
    A one-line text takes the text most proposed; a text with values or variants is kept, with the proposals as comments above it.

nav-today = Today
today-title = Today
today-queues = What is waiting
today-nothing = Nothing is waiting for you.
today-summary = { $count ->
    [one] 1 thing is waiting
   *[other] { $count } things are waiting
}{ $overdue ->
    [0] .
    [one] , 1 of them overdue.
   *[other] , { $overdue } of them overdue.
}
today-queue-deadlines = Programme start deadline (§ 12)
today-queue-meetings = Meetings today
today-queue-cant-come = “Can’t come” in the next 7 days
today-queue-proposals = Proposals to agree, decline or answer
today-queue-documents = Documents marked ready
today-queue-unread = Unread messages
today-severity-overdue = Overdue
today-severity-soon = Soon
today-severity-today = Today
today-severity-waiting = Waiting for you
today-deadlines-help = The introduction programme must start within three months of settlement (integreringsloven § 12). Listed from ten weeks after settlement until a start within the limit is decided.
today-deadline-overdue = Overdue
today-deadline-warning = Due soon
today-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
today-days-over = { $days ->
    [0] the limit is today
    [one] 1 day past the limit
   *[other] { $days } days past the limit
}
today-deadline-limit = limit { $date }
today-cant-come = can’t come ({ $kind })
today-to-course = Open the course
today-newest = newest { $time }
today-none = Nothing here.

reports-of-percent = { $part } of { $whole } ({ $percent } %)
reports-charts = The last four quarters
reports-charts-intro = Each chart shows the bydel's value per quarter of settlement beside the median of Oslo's bydeler (hatched). The median leaves out the values the report across bydeler hides, and is shown only when at least three bydeler give a value. The numbers are in each chart's description and in the table above.
reports-chart-quarter = Q{ $quarter } { $year }
reports-chart-oslo = Oslo, median of bydeler
reports-chart-percent = { $n } %
reports-chart-days = { $n } d
reports-chart-share = { $percent } ({ $part } of { $whole })
reports-chart-too-few-bydeler = too few bydeler to show
today-more = { $count ->
    [one] 1 more
   *[other] { $count } more
}
reach-latest = The latest change has reached { $reached } of { $devices ->
    [one] 1 device
   *[other] { $devices } devices
}.
reach-latest-course = The latest change to this course has reached { $reached } of the members’ { $devices ->
    [one] 1 device
   *[other] { $devices } devices
}.
## Retention and the participant's rights (admins)
admin-retention-months = Months a participant's data is kept after their programme ended
admin-pack-send-days = Days a complete recognition pack may wait before it is flagged as not sent
admin-absence-rules = Absence rules
admin-absence-rules-help = The defaults are the regulations' as IMDi explains them (integreringsforskriften chapter 3; docs/console.md shows which paragraph each number rests on). A change applies the next time absence is assessed, also for earlier months.
admin-absence-self_cert_max_days = Longest absence one self-certification covers (working days)
admin-absence-self_cert_per_12_months = Self-certifications allowed in 12 months
admin-absence-self_cert_after_weeks = Weeks in the programme before self-certification may be used
admin-absence-self_cert_rejoin_days = Calendar days after a self-certification within which new illness counts as the same period
admin-absence-child_days_per_12_months = Days of a child's illness in 12 months
admin-absence-child_max_days_without_note = Longest absence for a child's illness without a doctor's note (working days)
admin-absence-flag_hours_per_month = Hours absent without valid reason in a month before the participant is flagged
admin-page-retention-months = Months document pages are kept after the case is decided
admin-retention-help = The day after that, everything about the participant is deleted: their plan, schedule, messages, devices and enrolment codes. The reports keep only their numbers. Now: { $months ->
    [one] 1 month
   *[other] { $months } months
}. Participants without an end date are kept.
form-error-retention-months = A whole number from 1 to { $n }.
form-error-up-to = A whole number from 0 to { $n }.
rights-label = The participant's rights:
rights-export-page = Everything about them (page)
rights-export-json = Everything about them (JSON)
rights-erase = Erase…
export-title = Everything about { $name }
export-intro = Everything Veikart keeps about this participant, as of { $when }. This export is written in the access log.
export-retention = Kept until { $months ->
    [one] 1 month
   *[other] { $months } months
} after the programme's end, then deleted.
export-records = Plan, schedule, recognition and messages
export-none = None.
export-codes = Enrolment codes
export-device-name = Device
export-created = Created
export-last-seen = Last seen
export-revoked = Signed out
export-expires = Expires
export-used = Used
export-wording = Proposals for the app's wording
export-language = Language
export-text = Text
export-access = Who saw or changed their data
export-kind-goal = Goal
export-kind-activity = Activity
export-kind-course = Course
export-kind-course_membership = Course membership
export-kind-event = Appointment
export-kind-answer = Answer to an appointment
export-kind-agenda_item = Agenda item
export-kind-recognition_case = Recognition case
export-kind-required_document = Document for the case
export-kind-message = Message
export-kind-guidance = Guidance
erase-title = Erase { $name }
erase-what = Everything about this participant is deleted at once and cannot be restored: profile, plan, schedule, recognition cases, messages, enrolment codes and { $devices ->
    [one] 1 device, which is signed out
   *[other] { $devices } devices, which are signed out
}.
erase-kept = The reports keep only their numbers, without name or id. The access log records that you erased them, by id.
erase-export-first = Export everything first, if the participant asked for a copy.
erase-confirm = I have checked the request and who made it.
erase-button = Erase the participant
form-error-erase-confirm = Tick the box to confirm the erasure.
erase-done = The participant was erased. The access log records it.

# Voksenopplæringen: the teacher's classes and class lists, absence (issue 10)
role-teacher = Teacher
nav-classes = My classes
nav-absence = Absence
classes-title = My classes
classes-none = You do not teach any classes yet.
nav-timetables = Timetables
back-to-timetables = Back to the timetables
course-class-page = The class list and the members
class-timetable = Change the timetable: a new term, import, move or cancel a session
classes-new = New class
back-to-classes = ← All my classes
back-to-class = ← Back to the class
field-course = Course
class-list = Class list
class-list-take = Take the register
class-list-save = Save the class list
class-list-saved = The class list is saved.
class-list-problem = The class list was not saved. Correct the marked line.
class-list-late-needs-minutes = Write how many minutes late (1–600).
class-list-notices = Notices before the class
class-list-cant-come = Can't come
attendance-mark = Attendance
attendance-present = Present
attendance-late = Late
attendance-absent = Absent
attendance-late-minutes = Minutes late
attendance-minutes = { $minutes } min
attendance-title = Attendance and absence
attendance-none = No attendance recorded yet.
attendance-classification = Classification
attendance-classify = Save classification
attendance-doctors-note = Doctor's note received
attendance-child-days-left = Days of leave for a sick child left: { $days } of { $allowed } in the last 12 months.
absence-own_illness_self_certified = Own illness, self-certified
absence-own_illness_doctors_note = Own illness, doctor's note
absence-child_illness = Child's illness
absence-welfare_leave = Welfare leave
absence-holy_day = Holy day
absence-other_approved_leave = Other approved leave
absence-no_valid_reason = Without valid reason
verdict-approved = valid
verdict-needs_doctors_note = needs a doctor's note
verdict-no_valid_reason = reduces the benefit
absence-title = Absence per month
absence-month = Month
absence-show = Show
absence-csv = Download CSV for payroll
absence-explain = Hours absent without valid reason are the basis for reducing the introduction benefit (integreringsloven § 21). The bydel flags more than { $threshold } hours in a month.
absence-sessions = Sessions
absence-hours-no-valid-reason = Hours without valid reason
absence-hours-needing-note = Hours missing a doctor's note
absence-hours-unclassified = Hours not classified
absence-hours-approved = Hours of valid absence
absence-flags = Flags
absence-none = None of the bydel's participants had classes this month.
flag-absence-over-threshold = Over the bydel's absence limit
flag-doctors-note-missing = Doctor's note missing
class-meetings = Three-way meetings you take part in
field-school-part = The school's part of the agenda: progress in Norwegian, attendance (the participant and the caseworker see it)
class-no-meetings = No three-way meetings with you yet.
absence-course-rates = Attendance per course (the bydel's participants)
absence-rate = Attendance
absence-rate-value = { $attended } of { $marked } ({ $percent } %)
