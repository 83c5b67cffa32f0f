# Veikart، برنامهٔ اشتراک‌کنندگان — دری.
# میان رابط کاربری (ui/) و بخش Rust مشترک است. هر پیام این‌جا باید در همهٔ زبان‌ها باشد.

app-name = Veikart
language-autonym = دری
loading = در حال بارگذاری…
skip-to-content = رفتن به محتوا
action-cancel = لغو

## نام زبان‌ها (برای نشانی کردن متنی که به زبان دیگری نوشته شده)
lang-name-nb = نارویژی
lang-name-nn = نارویژی (نینورشک)
lang-name-en = انگلیسی
lang-name-uk = اوکراینی
lang-name-ru = روسی
lang-name-ar = عربی
lang-name-ti = تیگرینیا
lang-name-prs = دری
lang-name-fa = فارسی
lang-name-so = سومالیایی
text-translation = ترجمه

## تقویم: نام‌ها و قالب‌ها وقتی دستگاه معلومات تاریخ این زبان را ندارد
cal-month-1 = جنوری
cal-month-2 = فبروری
cal-month-3 = مارچ
cal-month-4 = اپریل
cal-month-5 = می
cal-month-6 = جون
cal-month-7 = جولای
cal-month-8 = اگست
cal-month-9 = سپتمبر
cal-month-10 = اکتوبر
cal-month-11 = نومبر
cal-month-12 = دسمبر
cal-weekday-0 = یکشنبه
cal-weekday-1 = دوشنبه
cal-weekday-2 = سه‌شنبه
cal-weekday-3 = چهارشنبه
cal-weekday-4 = پنجشنبه
cal-weekday-5 = جمعه
cal-weekday-6 = شنبه
cal-weekday-short-0 = یک
cal-weekday-short-1 = دو
cal-weekday-short-2 = سه
cal-weekday-short-3 = چهار
cal-weekday-short-4 = پنج
cal-weekday-short-5 = جمعه
cal-weekday-short-6 = شنبه
cal-pattern-day-long = { $weekday } { $day } { $month }
cal-pattern-date = { $day } { $month } { $year }
cal-pattern-day-short = { $weekdayShort } { $day }
cal-pattern-date-time = { $day }، ساعت { $time }
cal-pattern-time-range = از { $from } تا { $to }
day-today = امروز، { $day }
day-tomorrow = فردا، { $day }

## رهنمایی
nav-label = مینوی اصلی
nav-today = امروز
nav-plan = پلان
nav-schedule = تقسیم اوقات
nav-recognition = تحصیلات
nav-messages = پیام‌ها
nav-me = من
nav-unread = { $count ->
    [one] { $count } پیام ناخوانده
   *[other] { $count } پیام ناخوانده
}

## همگام‌سازی
sync-region = اتصال و تغییرات
sync-online = آنلاین · تازه‌شده { $when }
sync-offline = آفلاین · آخرین تازه‌سازی { $when }
sync-offline-never = آفلاین · هنوز تازه نشده
sync-never = هنوز تازه نشده
sync-failed = تازه‌سازی ممکن نشد: { $reason }
sync-pending = { $count ->
    [0] هیچ تغییری در انتظار نیست
    [one] { $count } تغییر در انتظار فرستادن است
   *[other] { $count } تغییر در انتظار فرستادن است
}
sync-now = همین حالا تازه کن
sync-error-offline = اتصال انترنت نیست
sync-error-server_error = سرور مشکل داشت
sync-error-unsupported_protocol = این برنامه کهنه است، لطفاً آن را تازه کنید
sync-error-device_revoked = این دستگاه قطع شده است
sync-error-unauthorized = این دستگاه شناخته نشد
sync-error-unavailable = سرور فعلاً مصروف است، تغییرات شما محفوظ است و بعداً فرستاده می‌شود
sync-error-internal = مشکلی پیش آمد
pending-waiting = در انتظار فرستادن
receipt-sent = فرستاده شد
receipt-seen-by = دیده شد توسط { $name }، { $when }
receipt-seen = دیده شد، { $when }
proposal-agreed-by = توسط { $name } موافقه شد
proposal-declined-by = توسط { $name } رد شد
proposal-comment-from = نظر { $name }:
proposal-reason-from = دلیل رد از طرف { $name }:
rejected-rolled-back = پذیرفته نشد، پس برگردانده شد: { $reason }
rejected-change = «{ $what }» پذیرفته نشد: { $reason }
rejected-dismiss = خوب

## تغییراتی که سرور می‌تواند رد کند
op-set_activity_status = تغییر وضعیت فعالیت
op-propose_activity = فعالیت پیشنهادی
op-answer_event = جواب به یک قرار ملاقات
op-add_agenda_item = سؤال برای جلسه
op-mark_document_ready = سند به‌حیث آماده نشانی شد
op-send_message = پیام
op-mark_messages_read = پیام‌ها خوانده‌شده نشانی شدند
op-set_preferred_language = تغییر زبان
op-propose_wording = پیشنهاد متن بهتر
op-add_document_page = صفحه‌ای از یک سند
op-remove_document_page = حذف یک صفحه
reject-not_found = دیگر وجود ندارد
reject-caseworker_owned = فقط مشاور شما می‌تواند این را تغییر دهد
reject-superseded = مشاور شما در این میان آن را تغییر داد
reject-changed_on_other_device = شما در این میان آن را روی دستگاه دیگر خود تغییر دادید
reject-event_cancelled = قرار ملاقات لغو شد
reject-invalid_value = متن خالی یا بسیار طولانی است
reject-id_taken = قبلاً ذخیره شده بود
reject-unsupported_language = این زبان در دسترس نیست
reject-document_accepted = مشاور شما این سند را قبلاً پذیرفته است
reject-too_large = فایل بسیار بزرگ است

## خطاها
error-load = معلومات روی این دستگاه خوانده نشد. دوباره کوشش کنید.
error-invalid_body = برنامه چیزی فرستاد که سرور آن را نفهمید.
error-invalid_value = چیزی که نوشتید خالی یا بسیار طولانی است.
error-payload_too_large = این برای فرستادن بسیار بزرگ است.
error-unauthorized = این دستگاه شناخته نشد. با یک کود جدید دوباره وصل شوید.
error-device_revoked = مشاور شما این دستگاه را قطع کرده است.
error-forbidden = شما اجازهٔ این کار را ندارید.
error-not_found = پیدا نشد.
error-conflict = کس دیگری آن را تغییر داد. دوباره ببینید و کوشش کنید.
error-offset_mismatch = فرستادن فایل قطع شد. خودش ادامه می‌یابد.
error-page_rejected = از این فایل استفاده شده نتوانست. آن را دوباره اضافه کنید.
error-code_invalid = کود درست نیست. آن را بررسی کنید و دوباره کوشش کنید.
error-code_expired = وقت کود تمام شده است. از مشاور خود کود جدید بخواهید.
error-code_used = این کود قبلاً استفاده شده است. از مشاور خود کود جدید بخواهید.
error-code_locked = کوشش‌های نادرست زیاد. از مشاور خود کود جدید بخواهید.
error-rate_limited = کوشش‌های زیاد. چند دقیقه صبر کنید و دوباره کوشش کنید.
error-unsupported_protocol = این برنامه برای سرور بسیار کهنه است. لطفاً برنامه را تازه کنید.
error-internal = مشکلی پیش آمد. دوباره کوشش کنید.
error-offline = اتصال انترنت نیست. وصل شوید و دوباره کوشش کنید.
error-server_error = سرور مشکل داشت. بعداً کوشش کنید.
error-unavailable = سرور فعلاً مصروف است. تغییرات شما روی این دستگاه محفوظ است و بعداً فرستاده می‌شود.
error-local_storage = روی این دستگاه ذخیره نشد. برنامه را بسته کنید، دوباره باز کنید و دوباره کوشش کنید.
error-local_storage_locked = معلومات روی این دستگاه باز نمی‌شود. برنامه را بسته کنید و دوباره باز کنید. اگر باز هم چنین شد، خارج شوید و با یک کود جدید از مشاور خود دوباره وصل شوید.
error-not_enrolled = این دستگاه هنوز وصل نشده است. کودی را که از مشاور خود گرفتید بنویسید.
error-already_enrolled = این دستگاه قبلاً وصل شده است. برای استفاده از کود دیگر، اول خارج شوید.
error-server_url_invalid = آدرس کامل را بنویسید که با https:// شروع شود
error-code_missing = کودی را که از مشاور خود گرفتید بنویسید.
error-server_missing = کود نمی‌گوید به کجا وصل شوید. آدرس سرور را از روی ورق بنویسید.
error-scan_not_code = این کود Veikart نیست. کود چهارگوش روی ورقی را که مشاور به شما داد سکن کنید.
error-camera_denied = Veikart اجازهٔ استفاده از کمره را ندارد. به جای آن کود را بنویسید.
error-scan_failed = کمره نتوانست کود را بخواند. دوباره کوشش کنید، یا کود را بنویسید.

## اولین بار
first-choose-language = زبان خود را انتخاب کنید
enrol-title = این تیلفون را وصل کنید
enrol-explain = مشاور شما یک ورق با یک کود چهارگوش (کود QR) و یک کود برای نوشتن به شما می‌دهد. با آن پلان و قرارهای ملاقات شما به این تیلفون می‌آید.
enrol-server = آدرس سرور
enrol-server-hint = فقط اگر آدرس در کود نباشد، یا مشاور شما آدرس دیگری بدهد. مثلاً https://veikart.oslo.kommune.no
enrol-code = کود
enrol-code-hint = روی ورقی است که مشاور به شما داد، مثلاً ABCD-EFGH-JKMN. می‌توانید تمام لینک را هم بچسپانید.
enrol-submit = وصل کن
enrol-busy = در حال وصل شدن…
enrol-change-language = تغییر زبان
enrol-scan = کود را سکن کنید
enrol-scan-hint = کمره را به طرف کود چهارگوش روی ورق بگیرید.
enrol-or-type = یا کود را بنویسید
enrol-other-server = سرور دیگر

## The code sheet: printed from the console in the participant's language, Norwegian beside it
sheet-title = Veikart را به تیلفون خود وصل کنید
sheet-step-open = اپ Veikart را نصب کنید و باز کنید. زبان خود را انتخاب کنید.
sheet-step-scan = «{ enrol-scan }» را انتخاب کنید و کمره را به طرف کود چهارگوش بگیرید.
sheet-step-type = کمره ندارید؟ کود یا لینک زیر را در اپ بنویسید.
sheet-code = کود
sheet-link = لینک
sheet-once = این کود فقط یک بار و در ظرف سه روز کار می‌کند. آن را نزد خود نگه دارید: با آن دیگران می‌توانند پلان شما را ببینند.

## کودها: فعالیت‌ها و اهداف
activity-type-norwegian_course = کورس زبان نارویژی
activity-type-language_practice = کارآموزی زبان (språkpraksis)
activity-type-work_practice = کارآموزی (arbeidspraksis)
activity-type-job_search = جستجوی کار
activity-type-course = کورس
activity-type-education = تحصیل
activity-type-recognition = ارزیابی مدرک تحصیلی
activity-type-meeting = جلسه
activity-type-health = صحت
activity-type-housing = مسکن
activity-type-other = دیگر
activity-status-proposed = پیشنهاد شده
activity-status-planned = پلان شده
activity-status-in_progress = در جریان
activity-status-done = انجام شده
activity-status-cancelled = لغو شده
activity-mark-in_progress = شروع کرده‌ام
activity-mark-done = تمام کردم
activity-mark-proposed = شروع نشده
activity-agreed = با مشاور توافق شده
activity-not-agreed = هنوز توافق نشده
activity-due = مهلت { $date }
activity-overdue = مهلت { $date } گذشت
activity-period = از { $from } تا { $to }
activity-place = جای:
goal-kind-sluttmaal = هدف نهایی
goal-kind-norskmaal = هدف زبان نارویژی
goal-kind-delmaal = هدف مرحله‌ای
goal-status-active = فعال
goal-status-achieved = به دست آمد
goal-status-dropped = متوقف شد
goal-target = تاریخ هدف { $date }
owner-participant = شما
owner-caseworker = مشاور
owner-school = مرکز آموزش بزرگسالان

## کودها: قرارهای ملاقات
event-kind-class_session = درس
event-kind-meeting = جلسه
event-kind-kartlegging = گفتگوی ارزیابی مهارت‌ها
event-kind-trekantsamtale = جلسهٔ سه‌جانبه
event-kind-placement_shift = روز کارآموزی
event-status-scheduled = پلان شده
event-status-cancelled = لغو شده
party-role-participant = شما
party-role-caseworker = مشاور
party-role-nav_adviser = مشاور NAV
party-role-teacher = معلم
party-role-interpreter = ترجمان
party-role-employer = کارفرما
answer-coming = می‌آیم
answer-cant_come = نمی‌توانم بیایم
author-participant = شما
author-caseworker = مشاور

## امروز
today-hello = سلام، { $name }
today-programme-starts = پروگرام مقدماتی شما در { $date } شروع می‌شود.
today-next = قرارهای بعدی
today-no-events = قرار ملاقاتی در پیش نیست.
today-see-schedule = دیدن تمام تقسیم اوقات
today-due = کارهای نزدیک
today-nothing-due = در دو هفتهٔ آینده مهلتی نیست.
today-unread = { $count ->
    [0] پیام ناخوانده نیست
   *[other] { $count } پیام ناخوانده
}
today-no-unread = همهٔ پیام‌های خود را خوانده‌اید.
today-open-messages = باز کردن پیام‌ها

## قرارهای ملاقات
event-when = { $day }، { $time }
event-room = اتاق { $room }
event-moved-from = از { $when } تغییر کرد
event-changed-room = تغییر کرد: اتاق { $room }، قبلاً { $was }
event-changed-room-added = تغییر کرد: اتاق { $room }
event-changed-place = محل تغییر کرد، قبلاً { $was }
list-pair = { $first }، { $second }
list-separator = {"، "}
event-bring = با خود بیاورید:
event-parties = چه کسانی می‌آیند
event-agenda = اجندا
event-school-part = از طرف مرکز آموزش بزرگسالان
event-add-question = یک سؤال برای جلسه اضافه کنید
event-add-question-submit = اضافه کن
event-next-steps = قدم‌های بعدی توافق‌شده
answer-group = جواب شما
answer-cant = نمی‌توانم بیایم
answer-can-after-all = با این حال می‌توانم بیایم
answer-reason-label = چرا نمی‌توانید بیایید؟
answer-send = فرستادن جواب
answer-you-coming = جواب داده‌اید که می‌آیید.
answer-you-cant = جواب داده‌اید که نمی‌توانید بیایید.

## پلان
plan-title = پلان من
plan-summary = خلاصه
plan-sluttmaal = هدف نهایی
plan-norskmaal = هدف زبان نارویژی
plan-programme = پروگرام مقدماتی (introduksjonsprogram)
plan-programme-dates = از { $from } تا { $to }
plan-settled = تاریخ اسکان
plan-bydel = ناحیهٔ { $bydel }
plan-caseworker = مشاور شما
plan-not-set = هنوز تعیین نشده
plan-goals = اهداف و فعالیت‌ها
plan-no-goals = هنوز هدفی نیست.
plan-no-activities = هنوز فعالیتی نیست.
plan-other = فعالیت‌های دیگر من
plan-courses = کورس‌ها
plan-course-level = سطح { $level }
propose-open = پیشنهاد یک فعالیت
propose-title = پیشنهاد یک فعالیت
propose-hint = مشاور شما آن را می‌بیند. تا آن وقت با «هنوز توافق نشده» نشانی شده است.
propose-field-title = چه کاری می‌خواهید انجام دهید؟
propose-field-description = بیشتر دربارهٔ آن (اختیاری)
propose-field-type = نوع
propose-field-goal = هدف (اختیاری)
propose-no-goal = بدون هدف
propose-field-due = تا چه وقت (اختیاری)
propose-submit = پیشنهاد کن
plan-next-steps = قدم‌های بعدی از جلسه‌ها
step-from-meeting = در جلسهٔ { $date } موافقه شد
step-owner-participant = این کار را شما انجام می‌دهید
step-owner-caseworker = این کار را مشاور شما انجام می‌دهد
step-owner-school = این کار را مرکز آموزش بزرگسالان انجام می‌دهد

## تقسیم اوقات
schedule-title = تقسیم اوقات
schedule-view = نمایش به شکل
schedule-list = فهرست
schedule-week = هفته
schedule-empty = در چهار هفتهٔ آینده چیزی نیست.
schedule-prev-week = هفتهٔ قبل
schedule-next-week = هفتهٔ بعد
schedule-this-week = این هفته
schedule-week-of = از { $from } تا { $to }
schedule-day-free = آزاد
schedule-pick-hint = یک قرار ملاقات را انتخاب کنید تا بیشتر ببینید و جواب دهید.
schedule-selected = قرار انتخاب‌شده
schedule-download-ics = دانلود تقویم (فایل ics)

## ارزیابی مدرک تحصیلی
rec-title = ارزیابی مدرک تحصیلی
rec-none = شما درخواست ارزیابی ندارید. اگر از کشور دیگری تحصیلات دارید، از مشاور خود بپرسید.
rec-route = نوع درخواست
rec-route-hkdir_general = ارزیابی عمومی (HK-dir)
rec-route-regulated_profession = جواز برای مسلک تنظیم‌شده
rec-route-vocational = ارزیابی تحصیلات مسلکی
rec-route-authority-hkdir_general = HK-dir
rec-route-authority-regulated_profession = ادارهٔ مسئول مسلک شما
rec-route-authority-vocational = ولایت (فیلکه)
rec-authority = تصمیم‌گیرنده
rec-from = تحصیلات از
rec-case-number = شمارهٔ دوسیه
rec-case-number-none = هنوز داده نشده
rec-status-not_applied = درخواست نشده
rec-status-draft = در حال آماده‌سازی
rec-status-submitted = فرستاده شد
rec-status-documents_missing = اسناد کم است
rec-status-in_processing = در حال بررسی
rec-status-decided_full = پذیرفته شد
rec-status-decided_partial = قسماً پذیرفته شد
rec-status-rejected = پذیرفته نشد
rec-status-appealed = اعتراض شده
rec-next-collect = { $count ->
    [one] آخرین سند را تهیه کنید. وقتی آماده شد، «دارم» را نشانی کنید تا مشاور شما درخواست را بفرستد.
   *[other] { $count } سندی را که کم است تهیه کنید. برای هر کدام «دارم» را نشانی کنید؛ وقتی همه آماده شد، مشاور شما درخواست را می‌فرستد.
}
rec-next-ready = همهٔ اسناد آماده است. مشاور شما آن‌ها را بررسی می‌کند و درخواست را می‌فرستد.
rec-next-submitted = درخواست فرستاده شد. { $authority } بررسی می‌کند که همهٔ اسناد موجود باشد.
rec-next-documents_missing = { $authority } به اسناد بیشتر ضرورت دارد. فهرست پایین را ببینید و با مشاور خود صحبت کنید.
rec-next-in_processing = { $authority } درخواست شما را بررسی می‌کند. حالا لازم نیست کاری کنید.
rec-next-decided_full = مدرک شما پذیرفته شد. فیصله را نگه دارید؛ کارفرمایان ممکن است آن را بخواهند.
rec-next-decided_partial = بخشی از مدرک شما پذیرفته شد. از مشاور خود دربارهٔ کورس‌هایی بپرسید که کمبود را پر کند.
rec-next-rejected = مدرک شما پذیرفته نشد. می‌توانید اعتراض کنید، معمولاً در مدت 3 هفته. با مشاور خود صحبت کنید.
rec-next-appealed = اعتراض شما فرستاده شد. جواب را با نامه دریافت می‌کنید.
rec-duration-hkdir_general = HK-dir معمولاً حدود چهار ماه بعد از رسیدن همهٔ اسناد وقت می‌گیرد.
rec-duration-regulated_profession = معمولاً چند ماه بعد از رسیدن همهٔ اسناد وقت می‌گیرد.
rec-duration-vocational = معمولاً چند ماه بعد از رسیدن همهٔ اسناد وقت می‌گیرد.
rec-documents-missing = { $count ->
    [0] هیچ سندی کم نیست
   *[other] { $count } سند هنوز کم است
}
rec-documents-other = اسناد دیگر
rec-all-documents = همهٔ اسناد را دارید.
rec-todo-title = کاری که حالا باید بکنید
rec-todo-get = تهیه کنید: { $document }
rec-todo-nothing = حالا لازم نیست کاری کنید. وقتی چیزی از شما لازم باشد، اینجا نوشته می‌شود.
rec-steps = مراحل تا تصمیم
rec-step-state-done = انجام شد
rec-step-state-now = اکنون
rec-step-state-ahead = بعداً
rec-step-gather = جمع‌آوری اسناد
rec-step-send = مشاور شما درخواست را به { $authority } می‌فرستد
rec-step-process = { $authority } درخواست را بررسی می‌کند
rec-step-decision = { $authority } تصمیم می‌گیرد
rec-step-appeal = اعتراض شما بررسی می‌شود
doc-note-from-caseworker = از طرف مشاور شما
doc-more-about = بیشتر دربارهٔ این سند
doc-what = این چیست
doc-where = از کجا بگیرید
doc-mark-ready = دارم
doc-status-missing = کم است
doc-status-ready = آماده
doc-status-received = دریافت شد
doc-status-not_needed = لازم نیست
page-count = { $count ->
    [0] صفحه‌ها
    [one] { $count } صفحه
   *[other] { $count } صفحه
}
page-label = صفحهٔ { $number }
page-add-photo = عکس بگیرید
page-add-file = فایل انتخاب کنید
page-preparing = صفحه آماده می‌شود …
page-added = { $count ->
    [one] صفحه اضافه شد. وقتی آنلاین باشید، به مشاور شما فرستاده می‌شود.
   *[other] { $count } صفحه اضافه شد. وقتی آنلاین باشید، به مشاور شما فرستاده می‌شوند.
}
page-removed = صفحه حذف شد.
page-remove = حذف
page-remove-label = حذف صفحهٔ { $number }
page-kind-pdf = PDF
page-state-on_device = روی همین دستگاه منتظر است
page-state-sending = در حال فرستادن … { $percent }٪
page-state-sent = فرستاده شد
page-state-refused = قابل استفاده نبود. آن را حذف کنید و دوباره اضافه کنید.
page-state-other_device = روی دستگاه دیگر شما منتظر است
page-pack-no_pages = هنوز صفحه‌ای نیست. از هر صفحه عکس بگیرید یا یک فایل انتخاب کنید.
page-pack-on_device = روی همین دستگاه نگه داشته شده است. وقتی آنلاین باشید، فرستاده می‌شود.
page-pack-sending = در حال فرستادن …
page-pack-in_review = فرستاده شد. مشاور شما آن را بررسی می‌کند.
page-pack-judged = مشاور شما آن را بررسی کرده است.
verdict-accepted = مشاور شما آن را پذیرفت
verdict-next-accepted = برای این سند دیگر کاری لازم نیست.
verdict-unreadable = خوانا نیست: دوباره عکس بگیرید
verdict-next-unreadable = صفحه را در نور خوب صاف بگذارید و مستقیم از بالا عکس بگیرید تا همهٔ متن واضح باشد. بعد صفحه‌های قبلی را حذف کنید.
verdict-wrong_document = سند درست نیست
verdict-next-wrong_document = ببینید کدام سند در این‌جا خواسته شده است و صفحه‌های همان سند را اضافه کنید. صفحه‌های نادرست را حذف کنید.
verdict-needs_authorised_translation = ترجمهٔ رسمی لازم است
verdict-next-needs_authorised_translation = سند را نزد یک مترجم رسمی دولتی (statsautorisert translatør) ترجمه کنید و صفحه‌های ترجمه را هم اضافه کنید.
verdict-needs_original = اصل سند از مکتب یا پوهنتون لازم است
verdict-next-needs_original = از مکتب یا پوهنتونی که سند را صادر کرده بخواهید آن را مستقیم به مرجعی بفرستد که دربارهٔ درخواست شما تصمیم می‌گیرد. مشاور شما می‌تواند کمک کند.
page-error-pdf_too_big = این فایل PDF بزرگ‌تر از 20 مگابایت است. به جای آن از صفحه‌ها عکس بگیرید یا فایل را کوچک‌تر کنید.
page-error-too_big = این صفحه حتی بعد از کوچک شدن هم بسیار بزرگ است. عکس دیگری امتحان کنید.
page-error-not_supported = فقط عکس‌ها و فایل‌های PDF را می‌توان اضافه کرد.
page-error-unreadable = فایل خوانده نشد. فایل دیگری امتحان کنید یا عکس بگیرید.
doc-kind-diploma = دیپلوم
doc-kind-transcript = ترانسکریپت نمرات
doc-kind-translation = ترجمهٔ رسمی
doc-kind-passport_copy = کاپی پاسپورت
doc-kind-cv = سی‌وی (CV)
doc-kind-employment_certificate = تصدیق کار
doc-kind-course_description = شرح مضامین
doc-kind-language_certificate = تصدیق زبان
doc-kind-other = سند دیگر
doc-what-diploma = سندی که پس از ختم تحصیل گرفتید و درجه یا عنوان شما را نشان می‌دهد.
doc-where-diploma = اصل آن را که دارید استفاده کنید. اگر گم شده، مکتب یا پوهنتونی که آن را داده می‌تواند کاپی جدید بفرستد.
doc-what-transcript = فهرست همهٔ مضامین شما با نمرات و ساعت‌ها یا کریدیت‌ها.
doc-where-transcript = از دفتر امور محصلان مکتب یا پوهنتون شما. بسیاری از آن‌ها با درخواست، آن را با ایمیل می‌فرستند.
doc-what-translation = ترجمهٔ دیپلوم و ترانسکریپت به نارویژی یا انگلیسی که یک ترجمان رسمی انجام داده باشد.
doc-where-translation = از یک ترجمان رسمی دولتی (statsautorisert translatør). از مشاور خود بپرسید که آیا شاروالی هزینه را می‌پردازد.
doc-what-passport_copy = کاپی صفحهٔ پاسپورت که عکس و نام شما در آن است.
doc-where-passport_copy = پاسپورت خود را در کتابخانه یا دفتر NAV کاپی یا اسکن کنید. مشاور شما می‌تواند کمک کند.
doc-what-cv = فهرست کوتاهی از تحصیلات و کارهای شما با سال‌ها.
doc-where-cv = خودتان آن را می‌نویسید. مشاور شما یا کتابخانه می‌تواند کمک کند.
doc-what-employment_certificate = نامه‌ای از کارفرما که نشان دهد چه کاری کردید و برای چه مدت.
doc-where-employment_certificate = از کارفرمای قبلی شما. اگر نمی‌توانید با او تماس بگیرید، به مشاور خود بگویید.
doc-what-course_description = شرح مضامین و محتوای تحصیلات شما.
doc-where-course_description = از مکتب یا پوهنتون شما، اغلب در ویب‌سایت آن.
doc-what-language_certificate = ثبوت سطح شما در نارویژی یا انگلیسی، مثلاً نتیجهٔ یک امتحان.
doc-where-language_certificate = از جایی که امتحان دادید. نتایج Norskprøven در مرکز آموزش بزرگسالان شما موجود است.
doc-what-other = سند دیگری که مشاور شما خواسته است. یادداشت را ببینید.
doc-where-other = از مشاور خود بپرسید.

## پیام‌ها
msg-title = پیام‌ها
msg-thread = پیام‌ها با مشاور شما
msg-empty = هنوز پیامی نیست.
msg-you = شما
msg-read = خوانده شد
msg-write = به مشاور خود بنویسید
msg-offline-hint = بدون انترنت هم می‌توانید بنویسید. پیام وقتی دوباره آنلاین شوید فرستاده می‌شود.
msg-send = بفرست

## Messages from templates (see en/app.ftl)
msg-template-bring_documents = لطفاً این‌ها را به جلسهٔ ما بیاورید ({ $at }):
msg-template-meeting_reminder = یادآوری جلسهٔ ما: { $at }.
msg-template-meeting_moved = وقت جلسهٔ ما تغییر کرد. وقت جدید: { $at }.
msg-template-class_cancelled = درس شما لغو شد: { $at }.
msg-template-please_call = لطفاً هر وقت توانستید به من تیلفون کنید.
msg-template-document_accepted = این سند را از شما گرفتیم و درست است:
msg-template-document_needed = هنوز این سند را از شما لازم دارم:
msg-template-programme_starts = پروگرام مقدماتی شما در { $on } شروع می‌شود.
msg-template-in-norwegian = به نارویژی
msg-written-in-nb = به نارویژی نوشته شده

## Proposing a better text (see en/app.ftl)
wording-open = آیا متنی نادرست یا نامفهوم است؟
wording-title = متن بهتری پیشنهاد کنید
wording-explain = متنی را که نادرست یا نامفهوم است انتخاب کنید و بنویسید که چطور باید باشد. پیشنهاد شما به کسانی می‌رسد که برنامه را ترجمه می‌کنند؛ آن‌ها نام شما را نمی‌بینند. وقتی آنلاین شوید فرستاده می‌شود.
wording-which = کدام متن؟
wording-now = حالا نوشته شده:
wording-better = چطور باید باشد
wording-comment = نظر (اختیاری)
wording-send = فرستادن پیشنهاد
wording-sent = تشکر! پیشنهاد شما وقتی آنلاین شوید فرستاده می‌شود.

## من
me-title = من
me-language = زبان
me-language-label = زبان برنامه
me-text-size = اندازهٔ متن
me-text-size-option = { $percent }٪
me-reminders = یادآوری‌ها
me-reminders-label = پیش از قرارها به من یادآوری کن
me-reminders-off = بدون یادآوری
me-reminders-minutes = { $minutes } دقیقه پیش
me-reminders-hours = { $hours ->
    [one] 1 ساعت پیش
    [24] 1 روز پیش
   *[other] { $hours } ساعت پیش
}
me-sync = تازه‌سازی‌ها
me-sync-state = اتصال
me-sync-state-online = آنلاین
me-sync-state-offline = آفلاین
me-sync-state-error = مشکل در تازه‌سازی
me-sync-state-never = هنوز تازه نشده
me-sync-server = سرور
me-sync-last = آخرین تازه‌سازی
me-sync-attempt = آخرین کوشش
me-sync-error = مشکل
me-sync-never = هرگز
me-sync-pending = در انتظار فرستادن
me-key-storage = حفاظت معلومات
me-key-storage-keystore = رمزگذاری شده، کلید را تیلفون نگه می‌دارد
me-key-storage-file = رمزگذاری شده، کلید در برنامه نگه داشته می‌شود
me-export = گرفتن کاپی از معلومات من
me-export-hint = یک کاپی از همه چیز روی این دستگاه ذخیره کنید.
me-export-json = همهٔ معلومات من (JSON)
me-export-ics = تقویم (فایل ics)
me-exported = فایل ذخیره شد.
me-sign-out = خروج و پاک کردن
me-sign-out-explain = هر چیزی که Veikart روی این دستگاه ذخیره کرده پاک می‌شود. پلان شما نزد مشاور شما می‌ماند؛ می‌توانید با یک کود جدید دوباره وصل شوید.
me-sign-out-pending = { $count ->
    [one] { $count } تغییر هنوز فرستاده نشده و از بین می‌رود.
   *[other] { $count } تغییر هنوز فرستاده نشده و از بین می‌رود.
}
me-sign-out-button = خروج و پاک کردن معلومات
me-sign-out-confirm = بلی، همه را پاک کن
me-sign-out-confirm-group = تأیید خروج
me-translations = ترجمه‌ها
me-translations-yours-unchecked = متن‌های زبان شما هنوز توسط کسی که زبان مادری‌اش است بررسی نشده است. اگر چیزی نادرست یا نامفهوم است، به ما بگویید.
me-translations-unchecked = هنوز توسط کسی که زبان مادری‌اش است بررسی نشده:
me-translations-all-checked = هر زبان برنامه توسط کسی که زبان مادری‌اش است بررسی شده است.
me-translations-help = برای پیشنهاد متن بهتر، در پایین هر صفحه «آیا متنی نادرست یا نامفهوم است؟» را انتخاب کنید.

## Notifications, shown by the Rust side (src-tauri)
notification-title = Veikart
notification-appointment-added = قرار ملاقات جدید: { $title }، { $time }
notification-appointment-moved = قرار ملاقات تغییر کرد: { $title }، اکنون { $time }
notification-appointment-moved-where = قرار ملاقات تغییر کرد: { $title }، اکنون { $time }، { $where }
notification-appointment-cancelled = لغو شد: { $title }، { $time }
notification-message = پیام جدید از مشاور شما
notification-verdict = { $document }: { $verdict }
notification-reminder = یادآوری: { $title } ساعت { $time }

# حاضری در مرکز آموزش بزرگسالان در این ماه (issue 10)
plan-attendance = حاضری این ماه
plan-attendance-hint = غیرحاضری بدون دلیل موجه از کمک‌هزینهٔ پروگرام مقدماتی شما کم می‌کند.
attendance-present = حاضر
attendance-late = با تأخیر
attendance-absent = غیرحاضر
plan-absences = غیرحاضری‌ها
plan-child-days-left = روزهای باقی‌ماندهٔ رخصتی برای مریضی طفل (12 ماه گذشته): { $count }
absence-status-not_assessed = هنوز بررسی نشده
absence-status-approved = تأیید شده
absence-status-needs_document = تصدیق داکتر لازم است
absence-status-no_valid_reason = بدون دلیل موجه: از کمک‌هزینه کم می‌شود
absence-kind-own_illness_self_certified = مریضی خودتان (اطلاع مریضی از طرف خود شخص)
absence-kind-own_illness_doctors_note = مریضی خودتان (تصدیق داکتر)
absence-kind-child_illness = مریضی طفل
absence-kind-welfare_leave = رخصتی برای کارهای شخصی
absence-kind-holy_day = روز مذهبی
absence-kind-other_approved_leave = رخصتی دیگر تأییدشده
absence-kind-no_valid_reason = بدون دلیل موجه
