# Veikart، تطبيق المشاركين — العربية.
# مشترك بين الواجهة (ui/) وجانب Rust. يجب أن توجد كل رسالة هنا في جميع اللغات.

app-name = Veikart
language-autonym = العربية
loading = جارٍ التحميل…
skip-to-content = انتقل إلى المحتوى
action-cancel = إلغاء

## أسماء اللغات (لتمييز نص مكتوب بلغة أخرى)
lang-name-nb = النرويجية
lang-name-nn = النرويجية (نينوشك)
lang-name-en = الإنجليزية
lang-name-uk = الأوكرانية
lang-name-ru = الروسية
lang-name-ar = العربية
lang-name-ti = التغرينية
lang-name-prs = الدرية
lang-name-fa = الفارسية
lang-name-so = الصومالية
text-translation = ترجمة

## التقويم: أسماء وأنماط تُستخدم حين لا يملك الجهاز بيانات التاريخ لهذه اللغة
cal-month-1 = يناير
cal-month-2 = فبراير
cal-month-3 = مارس
cal-month-4 = أبريل
cal-month-5 = مايو
cal-month-6 = يونيو
cal-month-7 = يوليو
cal-month-8 = أغسطس
cal-month-9 = سبتمبر
cal-month-10 = أكتوبر
cal-month-11 = نوفمبر
cal-month-12 = ديسمبر
cal-weekday-0 = الأحد
cal-weekday-1 = الاثنين
cal-weekday-2 = الثلاثاء
cal-weekday-3 = الأربعاء
cal-weekday-4 = الخميس
cal-weekday-5 = الجمعة
cal-weekday-6 = السبت
cal-weekday-short-0 = أحد
cal-weekday-short-1 = اثنين
cal-weekday-short-2 = ثلاثاء
cal-weekday-short-3 = أربعاء
cal-weekday-short-4 = خميس
cal-weekday-short-5 = جمعة
cal-weekday-short-6 = سبت
cal-pattern-day-long = { $weekday }، { $day } { $month }
cal-pattern-date = { $day } { $month } { $year }
cal-pattern-day-short = { $weekdayShort } { $day }
cal-pattern-date-time = { $day }، الساعة { $time }
cal-pattern-time-range = من { $from } إلى { $to }
day-today = اليوم، { $day }
day-tomorrow = غدًا، { $day }

## التنقل
nav-label = القائمة الرئيسية
nav-today = اليوم
nav-plan = الخطة
nav-schedule = الجدول
nav-recognition = الشهادات
nav-messages = الرسائل
nav-me = أنا
nav-unread = { $count ->
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}

## المزامنة
sync-region = الاتصال والتغييرات
sync-online = متصل · آخر تحديث { $when }
sync-offline = غير متصل · آخر تحديث { $when }
sync-offline-never = غير متصل · لم يتم التحديث بعد
sync-never = لم يتم التحديث بعد
sync-failed = تعذّر التحديث: { $reason }
sync-pending = { $count ->
    [0] لا توجد تغييرات بانتظار الإرسال
    [one] تغيير واحد بانتظار الإرسال
    [two] تغييران بانتظار الإرسال
    [few] { $count } تغييرات بانتظار الإرسال
   *[other] { $count } تغيير بانتظار الإرسال
}
sync-now = حدّث الآن
sync-error-offline = لا يوجد اتصال بالإنترنت
sync-error-server_error = حدثت مشكلة في الخادم
sync-error-unsupported_protocol = التطبيق قديم، يرجى تحديثه
sync-error-device_revoked = تم فصل هذا الجهاز
sync-error-unauthorized = هذا الجهاز غير معروف
sync-error-unavailable = الخادم مشغول الآن، وتغييراتك محفوظة وستُرسل لاحقًا
sync-error-internal = حدث خطأ ما
pending-waiting = بانتظار الإرسال
receipt-sent = أُرسل
receipt-seen-by = اطّلع عليه: { $name }، { $when }
receipt-seen = تم الاطّلاع عليه، { $when }
proposal-agreed-by = تمت الموافقة عليه: { $name }
proposal-declined-by = رُفض: { $name }
proposal-comment-from = تعليق { $name }:
proposal-reason-from = سبب الرفض من { $name }:
rejected-rolled-back = لم يُقبل، لذلك تم التراجع عنه: { $reason }
rejected-change = لم يُقبل «{ $what }»: { $reason }
rejected-dismiss = حسنًا

## تغييرات قد يرفضها الخادم
op-set_activity_status = تغيير حالة النشاط
op-propose_activity = نشاط مقترح
op-answer_event = رد على موعد
op-add_agenda_item = سؤال للاجتماع
op-mark_document_ready = وثيقة محددة كجاهزة
op-send_message = رسالة
op-mark_messages_read = رسائل محددة كمقروءة
op-set_preferred_language = تغيير اللغة
op-propose_wording = اقتراح نص أفضل
op-add_document_page = صفحة من وثيقة
op-remove_document_page = حذف صفحة
reject-not_found = لم يعد موجودًا
reject-caseworker_owned = لا يستطيع تغيير هذا إلا مرشدك
reject-superseded = غيّرها المرشد في هذه الأثناء
reject-changed_on_other_device = غيّرتها أنت على جهاز آخر من أجهزتك في هذه الأثناء
reject-event_cancelled = أُلغي الموعد
reject-invalid_value = النص فارغ أو طويل جدًا
reject-id_taken = تم حفظه من قبل
reject-unsupported_language = هذه اللغة غير متاحة
reject-document_accepted = قبِل مرشدك هذه الوثيقة من قبل
reject-too_large = الملف كبير جدًا

## الأخطاء
error-load = تعذّرت قراءة البيانات على الجهاز. حاول مرة أخرى.
error-invalid_body = أرسل التطبيق شيئًا لم يفهمه الخادم.
error-invalid_value = شيء مما كتبته فارغ أو طويل جدًا.
error-payload_too_large = هذا أكبر من أن يُرسل.
error-unauthorized = هذا الجهاز غير معروف. اتصل من جديد برمز جديد.
error-device_revoked = قام مرشدك بفصل هذا الجهاز.
error-forbidden = لا يُسمح لك بفعل ذلك.
error-not_found = لم يُعثر عليه.
error-conflict = غيّره شخص آخر. راجعه وحاول مرة أخرى.
error-offset_mismatch = تعثّر إرسال الملف. سيتابع من تلقاء نفسه.
error-page_rejected = تعذّر استخدام الملف. أضفه مرة أخرى.
error-code_invalid = الرمز غير صحيح. تحقق منه وحاول مرة أخرى.
error-code_expired = انتهت صلاحية الرمز. اطلب رمزًا جديدًا من مرشدك.
error-code_used = استُخدم هذا الرمز من قبل. اطلب رمزًا جديدًا من مرشدك.
error-code_locked = محاولات خاطئة كثيرة. اطلب رمزًا جديدًا من مرشدك.
error-rate_limited = محاولات كثيرة. انتظر بضع دقائق وحاول مرة أخرى.
error-unsupported_protocol = التطبيق قديم جدًا بالنسبة للخادم. يرجى تحديث التطبيق.
error-internal = حدث خطأ ما. حاول مرة أخرى.
error-offline = لا يوجد اتصال بالإنترنت. اتصل وحاول مرة أخرى.
error-server_error = حدثت مشكلة في الخادم. حاول لاحقًا.
error-unavailable = الخادم مشغول الآن. تغييراتك محفوظة بأمان على هذا الجهاز وستُرسل لاحقًا.
error-local_storage = تعذّر الحفظ على هذا الجهاز. أعد تشغيل التطبيق وحاول مرة أخرى.
error-local_storage_locked = تعذّر فتح البيانات على هذا الجهاز. أعد تشغيل التطبيق. إذا تكرر ذلك، فسجّل الخروج واتصل من جديد برمز جديد من مرشدك.
error-not_enrolled = هذا الجهاز غير متصل بعد. اكتب الرمز الذي أعطاك إياه مرشدك.
error-already_enrolled = هذا الجهاز متصل بالفعل. سجّل الخروج أولًا لتستخدم رمزًا آخر.
error-server_url_invalid = اكتب العنوان كاملًا، بدءًا من https://
error-code_missing = اكتب الرمز الذي أعطاك إياه مرشدك.
error-server_missing = الرمز لا يقول بأي خادم تتصل. اكتب عنوان الخادم من الورقة.
error-scan_not_code = هذا ليس رمز Veikart. امسح الرمز المربّع على الورقة التي أعطاك إياها مرشدك.
error-camera_denied = لا يُسمح لـ Veikart باستخدام الكاميرا. اكتب الرمز بدلًا من ذلك.
error-scan_failed = لم تستطع الكاميرا قراءة الرمز. حاول مرة أخرى، أو اكتب الرمز.

## التشغيل الأول
first-choose-language = اختر لغتك
enrol-title = اربط هذا الهاتف
enrol-explain = يعطيك مرشدك ورقة عليها رمز مربّع (رمز QR) ورمز للكتابة. به تصل خطتك ومواعيدك إلى هذا الهاتف.
enrol-server = عنوان الخادم
enrol-server-hint = فقط إذا لم يكن العنوان في الرمز، أو أعطاك مرشدك عنوانًا آخر. مثلًا https://veikart.oslo.kommune.no
enrol-code = الرمز
enrol-code-hint = تجده على الورقة التي أعطاك إياها مرشدك، مثلًا ABCD-EFGH-JKMN. يمكنك أيضًا لصق الرابط كاملًا.
enrol-submit = اربط
enrol-busy = جارٍ الربط…
enrol-change-language = غيّر اللغة
enrol-scan = امسح الرمز
enrol-scan-hint = وجّه الكاميرا إلى الرمز المربّع على الورقة.
enrol-or-type = أو اكتب الرمز
enrol-other-server = خادم آخر

## The code sheet: printed from the console in the participant's language, Norwegian beside it
sheet-title = اربط Veikart بهاتفك
sheet-step-open = ثبّت تطبيق Veikart وافتحه. اختر لغتك.
sheet-step-scan = اختر «{ enrol-scan }» ووجّه الكاميرا إلى الرمز المربّع.
sheet-step-type = لا توجد كاميرا؟ اكتب في التطبيق الرمز أو الرابط أدناه.
sheet-code = الرمز
sheet-link = الرابط
sheet-once = يعمل الرمز مرة واحدة، خلال ثلاثة أيام. احتفظ به لنفسك: به يستطيع غيرك رؤية خطتك.

## الرموز: الأنشطة والأهداف
activity-type-norwegian_course = دورة اللغة النرويجية
activity-type-language_practice = تدريب لغوي في مكان عمل (språkpraksis)
activity-type-work_practice = تدريب عملي (arbeidspraksis)
activity-type-job_search = البحث عن عمل
activity-type-course = دورة
activity-type-education = دراسة
activity-type-recognition = معادلة الشهادات
activity-type-meeting = اجتماع
activity-type-health = الصحة
activity-type-housing = السكن
activity-type-other = أخرى
activity-status-proposed = مقترح
activity-status-planned = مُخطَّط له
activity-status-in_progress = قيد التنفيذ
activity-status-done = منجز
activity-status-cancelled = ملغى
activity-mark-in_progress = بدأتُ
activity-mark-done = انتهيتُ
activity-mark-proposed = لم يبدأ
activity-agreed = متفق عليه مع المرشد
activity-not-agreed = لم يُتفق عليه بعد
activity-due = الموعد النهائي { $date }
activity-overdue = انتهى الموعد في { $date }
activity-period = من { $from } إلى { $to }
activity-place = المكان:
goal-kind-sluttmaal = الهدف النهائي
goal-kind-norskmaal = هدف اللغة النرويجية
goal-kind-delmaal = هدف مرحلي
goal-status-active = نشط
goal-status-achieved = تحقق
goal-status-dropped = أُوقف
goal-target = التاريخ المستهدف { $date }
owner-participant = أنت
owner-caseworker = المرشد
owner-school = مركز تعليم الكبار

## الرموز: المواعيد
event-kind-class_session = حصة دراسية
event-kind-meeting = اجتماع
event-kind-kartlegging = مقابلة تقييم المهارات
event-kind-trekantsamtale = اجتماع ثلاثي
event-kind-placement_shift = يوم تدريب
event-status-scheduled = مجدول
event-status-cancelled = ملغى
party-role-participant = أنت
party-role-caseworker = المرشد
party-role-nav_adviser = مرشد NAV
party-role-teacher = المعلم
party-role-interpreter = المترجم
party-role-employer = صاحب العمل
answer-coming = سأحضر
answer-cant_come = لا أستطيع الحضور
author-participant = أنت
author-caseworker = المرشد

## اليوم
today-hello = مرحبًا، { $name }
today-programme-starts = يبدأ برنامج التأهيل الخاص بك في { $date }.
today-next = المواعيد القادمة
today-no-events = لا توجد مواعيد قادمة.
today-see-schedule = اعرض الجدول كاملًا
today-due = مهام قريبة
today-nothing-due = لا مواعيد نهائية في الأسبوعين القادمين.
today-unread = { $count ->
    [0] لا توجد رسائل غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
today-no-unread = لقد قرأت كل رسائلك.
today-open-messages = افتح الرسائل

## المواعيد
event-when = { $day }، { $time }
event-room = الغرفة { $room }
event-moved-from = نُقل من { $when }
event-changed-room = تغيّر: الغرفة { $room }، كانت { $was }
event-changed-room-added = تغيّر: الغرفة { $room }
event-changed-place = تغيّر المكان، كان { $was }
list-pair = { $first }، { $second }
list-separator = {"، "}
event-bring = أحضر معك:
event-parties = من سيحضر
event-agenda = جدول الأعمال
event-school-part = من مركز تعليم الكبار
event-add-question = أضف سؤالًا للاجتماع
event-add-question-submit = أضف
event-next-steps = الخطوات التالية المتفق عليها
answer-group = ردّك
answer-cant = لا أستطيع الحضور
answer-can-after-all = يمكنني الحضور رغم ذلك
answer-reason-label = لماذا لا تستطيع الحضور؟
answer-send = أرسل الرد
answer-you-coming = أجبت بأنك ستحضر.
answer-you-cant = أجبت بأنك لا تستطيع الحضور.

## الخطة
plan-title = خطتي
plan-summary = ملخص
plan-sluttmaal = الهدف النهائي
plan-norskmaal = هدف اللغة النرويجية
plan-programme = برنامج التأهيل (introduksjonsprogram)
plan-programme-dates = من { $from } إلى { $to }
plan-settled = تاريخ الاستقرار
plan-bydel = حي { $bydel }
plan-caseworker = مرشدك
plan-not-set = لم يُحدد بعد
plan-goals = الأهداف والأنشطة
plan-no-goals = لا توجد أهداف بعد.
plan-no-activities = لا توجد أنشطة بعد.
plan-other = أنشطتي الأخرى
plan-courses = الدورات
plan-course-level = المستوى { $level }
propose-open = اقترح نشاطًا
propose-title = اقترح نشاطًا
propose-hint = سينظر مرشدك في الاقتراح. حتى ذلك الحين يظهر بعلامة «لم يُتفق عليه بعد».
propose-field-title = ماذا تريد أن تفعل؟
propose-field-description = تفاصيل إضافية (اختياري)
propose-field-type = النوع
propose-field-goal = الهدف (اختياري)
propose-no-goal = بلا هدف
propose-field-due = قبل أي تاريخ (اختياري)
propose-submit = اقترح
plan-next-steps = الخطوات التالية من الاجتماعات
step-from-meeting = اتُّفق عليها في اجتماع { $date }
step-owner-participant = أنت تقوم بهذا
step-owner-caseworker = مرشدك يقوم بهذا
step-owner-school = مركز تعليم الكبار يقوم بهذا

## الجدول
schedule-title = الجدول
schedule-view = اعرض على شكل
schedule-list = قائمة
schedule-week = أسبوع
schedule-empty = لا شيء في الأسابيع الأربعة القادمة.
schedule-prev-week = الأسبوع السابق
schedule-next-week = الأسبوع التالي
schedule-this-week = هذا الأسبوع
schedule-week-of = من { $from } إلى { $to }
schedule-day-free = لا مواعيد
schedule-pick-hint = اختر موعدًا لترى المزيد وتردّ عليه.
schedule-selected = الموعد المختار
schedule-download-ics = نزّل التقويم (ملف ics)

## معادلة الشهادات
rec-title = معادلة الشهادات
rec-none = ليس لديك طلب معادلة. إن كانت لديك شهادة من بلد آخر، اسأل مرشدك.
rec-route = نوع الطلب
rec-route-hkdir_general = معادلة عامة (HK-dir)
rec-route-regulated_profession = ترخيص لمهنة منظمة
rec-route-vocational = معادلة التعليم المهني
rec-route-authority-hkdir_general = HK-dir
rec-route-authority-regulated_profession = الجهة المختصة بمهنتك
rec-route-authority-vocational = المحافظة
rec-authority = الجهة المقررة
rec-from = الشهادة من
rec-case-number = رقم الملف
rec-case-number-none = لم يُعطَ بعد
rec-status-not_applied = لم يُقدَّم الطلب
rec-status-draft = قيد التحضير
rec-status-submitted = أُرسل
rec-status-documents_missing = وثائق ناقصة
rec-status-in_processing = قيد المعالجة
rec-status-decided_full = معترف بها
rec-status-decided_partial = معترف بها جزئيًا
rec-status-rejected = غير معترف بها
rec-status-appealed = قُدّم اعتراض
rec-next-collect = { $count ->
    [one] احصل على الوثيقة الأخيرة. حين تجهز، ضع علامة «الوثيقة لديّ» وسيرسل مرشدك الطلب.
    [two] احصل على الوثيقتين الناقصتين. ضع علامة «الوثيقة لديّ» لكل واحدة؛ سيرسل مرشدك الطلب حين تكتمل كلها.
   *[other] احصل على الوثائق الناقصة ({ $count }). ضع علامة «الوثيقة لديّ» لكل واحدة؛ سيرسل مرشدك الطلب حين تكتمل كلها.
}
rec-next-ready = كل الوثائق جاهزة. سيراجعها مرشدك ويرسل الطلب.
rec-next-submitted = أُرسل الطلب. تتحقق { $authority } من وجود كل الوثائق.
rec-next-documents_missing = تحتاج { $authority } إلى وثائق إضافية. انظر القائمة أدناه وتحدث مع مرشدك.
rec-next-in_processing = تعالج { $authority } طلبك. لا تحتاج إلى فعل شيء الآن.
rec-next-decided_full = شهادتك معترف بها. احتفظ بقرار المعادلة؛ قد يطلبه أصحاب العمل.
rec-next-decided_partial = جزء من شهادتك معترف به. اسأل مرشدك عن دورات تسدّ النقص.
rec-next-rejected = لم يُعترف بشهادتك. يمكنك الاعتراض، عادةً خلال 3 أسابيع. تحدث مع مرشدك.
rec-next-appealed = أُرسل اعتراضك. سيصلك الرد برسالة.
rec-duration-hkdir_general = تستغرق HK-dir عادةً نحو أربعة أشهر بعد وصول كل الوثائق.
rec-duration-regulated_profession = يستغرق الأمر عادةً بضعة أشهر بعد وصول كل الوثائق.
rec-duration-vocational = يستغرق الأمر عادةً بضعة أشهر بعد وصول كل الوثائق.
rec-documents-missing = { $count ->
    [0] لا وثائق ناقصة
    [one] وثيقة واحدة ناقصة
    [two] وثيقتان ناقصتان
    [few] { $count } وثائق ناقصة
   *[other] { $count } وثيقة ناقصة
}
rec-documents-other = وثائق أخرى
rec-all-documents = لديك كل الوثائق.
rec-todo-title = ما عليك فعله الآن
rec-todo-get = احصل على: { $document }
rec-todo-nothing = لا شيء عليك فعله الآن. سيظهر هنا عندما نحتاج منك شيئًا.
rec-steps = الخطوات حتى القرار
rec-step-state-done = تمّ
rec-step-state-now = الآن
rec-step-state-ahead = لاحقًا
rec-step-gather = اجمع الوثائق
rec-step-send = يرسل مرشدك الطلب إلى { $authority }
rec-step-process = تعالج { $authority } الطلب
rec-step-decision = تصدر { $authority } القرار
rec-step-appeal = يُنظر في اعتراضك
doc-note-from-caseworker = من مرشدك
doc-more-about = المزيد عن هذه الوثيقة
doc-what = ما هي
doc-where = من أين تحصل عليها
doc-mark-ready = الوثيقة لديّ
doc-status-missing = ناقصة
doc-status-ready = جاهزة
doc-status-received = مستلمة
doc-status-not_needed = غير مطلوبة
page-count = { $count ->
    [zero] الصفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}
page-label = الصفحة { $number }
page-add-photo = التقط صورة
page-add-file = اختر ملفًا
page-preparing = جارٍ تجهيز الصفحة …
page-added = { $count ->
    [zero] لم تُضف أي صفحة لإرسالها إلى مرشدك.
    [one] أُضيفت الصفحة. ستُرسل إلى مرشدك عندما تكون متصلًا بالإنترنت.
    [two] أُضيفت صفحتان. ستُرسلان إلى مرشدك عندما تكون متصلًا بالإنترنت.
    [few] أُضيفت { $count } صفحات. ستُرسل إلى مرشدك عندما تكون متصلًا بالإنترنت.
    [many] أُضيفت { $count } صفحة. ستُرسل إلى مرشدك عندما تكون متصلًا بالإنترنت.
   *[other] أُضيفت { $count } صفحة. ستُرسل إلى مرشدك عندما تكون متصلًا بالإنترنت.
}
page-removed = حُذفت الصفحة.
page-remove = احذف
page-remove-label = احذف الصفحة { $number }
page-kind-pdf = PDF
page-state-on_device = تنتظر على هذا الجهاز
page-state-sending = جارٍ الإرسال … { $percent }٪
page-state-sent = أُرسلت
page-state-refused = تعذّر استخدامها. احذفها وأضفها من جديد.
page-state-other_device = تنتظر على جهازك الآخر
page-pack-no_pages = لا صفحات بعد. التقط صورة لكل صفحة أو اختر ملفًا.
page-pack-on_device = محفوظة على هذا الجهاز. تُرسل عندما تكون متصلًا بالإنترنت.
page-pack-sending = جارٍ الإرسال …
page-pack-in_review = أُرسلت. سيطّلع عليها مرشدك.
page-pack-judged = اطّلع عليها مرشدك.
verdict-accepted = قبلها مرشدك
verdict-next-accepted = لا شيء آخر عليك فعله لهذه الوثيقة.
verdict-unreadable = غير مقروءة: التقط الصورة من جديد
verdict-next-unreadable = ضع الصفحة مستوية في ضوء جيد والتقط الصورة من الأعلى مباشرة حتى يكون النص كله واضحًا. ثم احذف الصفحات القديمة.
verdict-wrong_document = ليست الوثيقة المطلوبة
verdict-next-wrong_document = تحقّق من الوثيقة المطلوبة هنا وأضف صفحات تلك الوثيقة. احذف الصفحات الخاطئة.
verdict-needs_authorised_translation = تلزم ترجمة معتمدة
verdict-next-needs_authorised_translation = اطلب ترجمة الوثيقة من مترجم معتمد من الدولة (statsautorisert translatør) وأضف صفحات الترجمة أيضًا.
verdict-needs_original = يلزم الأصل من المدرسة أو الجامعة
verdict-next-needs_original = اطلب من المدرسة أو الجامعة التي أصدرت الوثيقة أن ترسلها مباشرة إلى الجهة التي تبتّ في طلبك. يمكن لمرشدك أن يساعدك.
page-error-pdf_too_big = ملف PDF هذا أكبر من 20 ميغابايت. التقط صورًا للصفحات بدلًا منه أو صغّر الملف.
page-error-too_big = الصفحة كبيرة جدًا حتى بعد تصغيرها. جرّب صورة أخرى.
page-error-not_supported = يمكن إضافة الصور وملفات PDF فقط.
page-error-unreadable = تعذّرت قراءة الملف. جرّب ملفًا آخر أو التقط صورة.
doc-kind-diploma = الشهادة
doc-kind-transcript = كشف الدرجات
doc-kind-translation = ترجمة معتمدة
doc-kind-passport_copy = نسخة من جواز السفر
doc-kind-cv = السيرة الذاتية
doc-kind-employment_certificate = شهادة خبرة
doc-kind-course_description = وصف المواد الدراسية
doc-kind-language_certificate = شهادة لغة
doc-kind-other = وثيقة أخرى
doc-what-diploma = الوثيقة التي حصلت عليها عند إنهاء دراستك، وفيها الدرجة العلمية أو اللقب.
doc-where-diploma = استخدم النسخة الأصلية التي لديك. إن فقدتها، يمكن للمدرسة أو الجامعة التي أصدرتها أن ترسل نسخة جديدة.
doc-what-transcript = قائمة بكل موادك مع الدرجات والساعات أو الوحدات الدراسية.
doc-where-transcript = من مكتب شؤون الطلاب في مدرستك أو جامعتك. كثير منها يرسله بالبريد الإلكتروني عند الطلب.
doc-what-translation = ترجمة الشهادة وكشف الدرجات إلى النرويجية أو الإنجليزية، يقوم بها مترجم معتمد.
doc-where-translation = من مترجم معتمد من الدولة (statsautorisert translatør). اسأل مرشدك هل تدفع البلدية التكلفة.
doc-what-passport_copy = نسخة من صفحة جواز السفر التي فيها صورتك واسمك.
doc-where-passport_copy = انسخ جوازك أو امسحه ضوئيًا في المكتبة أو في مكتب NAV. يمكن لمرشدك المساعدة.
doc-what-cv = قائمة قصيرة بدراستك وأعمالك مع السنوات.
doc-where-cv = تكتبها بنفسك. يمكن لمرشدك أو للمكتبة مساعدتك.
doc-what-employment_certificate = رسالة من صاحب عمل تذكر العمل الذي قمت به ومدته.
doc-where-employment_certificate = من صاحب عملك السابق. إن لم تستطع التواصل معه، أخبر مرشدك.
doc-what-course_description = وصف لمواد دراستك ومحتواها.
doc-where-course_description = من مدرستك أو جامعتك، وغالبًا على موقعها الإلكتروني.
doc-what-language_certificate = إثبات لمستواك في النرويجية أو الإنجليزية، مثل نتيجة امتحان.
doc-where-language_certificate = من المكان الذي قدّمت فيه الامتحان. نتائج Norskprøven تجدها لدى مركز تعليم الكبار.
doc-what-other = وثيقة أخرى طلبها مرشدك. انظر الملاحظة.
doc-where-other = اسأل مرشدك.

## الرسائل
msg-title = الرسائل
msg-thread = الرسائل مع مرشدك
msg-empty = لا توجد رسائل بعد.
msg-you = أنت
msg-read = مقروءة
msg-write = اكتب إلى مرشدك
msg-offline-hint = يمكنك الكتابة دون إنترنت. تُرسل الرسالة حين تتصل مجددًا.
msg-send = أرسل

## Messages from templates (see en/app.ftl)
msg-template-bring_documents = يُرجى إحضار ما يلي إلى اجتماعنا ({ $at }):
msg-template-meeting_reminder = تذكير باجتماعنا: { $at }.
msg-template-meeting_moved = تغيّر موعد اجتماعنا. الموعد الجديد: { $at }.
msg-template-class_cancelled = أُلغيت حصتك الدراسية: { $at }.
msg-template-please_call = يُرجى الاتصال بي حين يتسنى لك ذلك.
msg-template-document_accepted = استلمنا منك هذه الوثيقة، وهي مقبولة:
msg-template-document_needed = ما زلت أحتاج منك هذه الوثيقة:
msg-template-programme_starts = يبدأ برنامج التأهيل الخاص بك في { $on }.
msg-template-in-norwegian = بالنرويجية
msg-written-in-nb = مكتوب بالنرويجية

## Proposing a better text (see en/app.ftl)
wording-open = هل في نصٍّ خطأ أو غموض؟
wording-title = اقترح نصًا أفضل
wording-explain = اختر النص الخاطئ أو غير الواضح، واكتبه كما ينبغي أن يكون. يصل اقتراحك إلى من يترجمون التطبيق، ولن يروا اسمك. يُرسل حين تتصل بالإنترنت.
wording-which = أي نص؟
wording-now = المكتوب الآن:
wording-better = كيف ينبغي أن يكون
wording-comment = تعليق (اختياري)
wording-send = أرسل الاقتراح
wording-sent = شكرًا! يُرسل اقتراحك حين تتصل بالإنترنت.

## أنا
me-title = أنا
me-language = اللغة
me-language-label = لغة التطبيق
me-text-size = حجم النص
me-text-size-option = { $percent }٪
me-reminders = التذكيرات
me-reminders-label = ذكّرني قبل المواعيد
me-reminders-off = بلا تذكيرات
me-reminders-minutes = قبل { $minutes } دقيقة
me-reminders-hours = { $hours ->
    [one] قبل ساعة
    [2] قبل ساعتين
    [24] قبل يوم
    [few] قبل { $hours } ساعات
    [many] قبل { $hours } ساعة
   *[other] قبل { $hours } ساعة
}
me-sync = التحديثات
me-sync-state = الاتصال
me-sync-state-online = متصل
me-sync-state-offline = غير متصل
me-sync-state-error = مشكلة في التحديث
me-sync-state-never = لم يتم التحديث بعد
me-sync-server = الخادم
me-sync-last = آخر تحديث
me-sync-attempt = آخر محاولة
me-sync-error = المشكلة
me-sync-never = أبدًا
me-sync-pending = بانتظار الإرسال
me-key-storage = حماية البيانات
me-key-storage-keystore = مشفرة، والمفتاح يحفظه الهاتف
me-key-storage-file = مشفرة، والمفتاح محفوظ في التطبيق
me-export = صدّر بياناتي
me-export-hint = احفظ نسخة من كل ما على هذا الجهاز.
me-export-json = كل بياناتي (JSON)
me-export-ics = التقويم (ملف ics)
me-exported = تم حفظ الملف.
me-sign-out = تسجيل الخروج والحذف
me-sign-out-explain = سيُحذف كل ما حفظه Veikart على هذا الجهاز. يحتفظ مرشدك بخطتك؛ ويمكنك الاتصال مجددًا برمز جديد.
me-sign-out-pending = { $count ->
    [one] تغيير واحد لم يُرسل بعد وسيضيع.
    [two] تغييران لم يُرسلا بعد وسيضيعان.
    [few] { $count } تغييرات لم تُرسل بعد وستضيع.
    [many] { $count } تغييرًا لم يُرسل بعد وسيضيع.
   *[other] { $count } تغيير لم يُرسل بعد وسيضيع.
}
me-sign-out-button = سجّل الخروج واحذف البيانات
me-sign-out-confirm = نعم، احذف كل شيء
me-sign-out-confirm-group = تأكيد تسجيل الخروج
me-translations = الترجمات
me-translations-yours-unchecked = لم يراجع بعدُ أحدٌ من أهل لغتك نصوص التطبيق بها. إن كان فيها خطأ أو غموض فأخبرنا.
me-translations-unchecked = لم يراجعها بعدُ أحد من أهل اللغة:
me-translations-all-checked = راجع أهلُ كل لغة من لغات التطبيق نصوصها.
me-translations-help = لاقتراح نص أفضل، اختر «هل في نصٍّ خطأ أو غموض؟» في أسفل أي شاشة.

## Notifications, shown by the Rust side (src-tauri)
notification-title = Veikart
notification-appointment-added = موعد جديد: { $title }، { $time }
notification-appointment-moved = تم تغيير الموعد: { $title }، الآن { $time }
notification-appointment-moved-where = تم تغيير الموعد: { $title }، الآن { $time }، { $where }
notification-appointment-cancelled = أُلغي: { $title }، { $time }
notification-message = رسالة جديدة من مرشدك
notification-verdict = { $document }: { $verdict }
notification-reminder = تذكير: { $title } الساعة { $time }

# الحضور في مركز تعليم الكبار هذا الشهر (issue 10)
plan-attendance = الحضور هذا الشهر
plan-attendance-hint = الغياب بدون عذر مقبول يُخفِّض إعانة برنامج التأهيل.
attendance-present = حاضر
attendance-late = متأخر
attendance-absent = غائب
plan-absences = الغياب
plan-child-days-left = الأيام المتبقية من إجازة مرض الطفل (آخر 12 شهرًا): { $count }
absence-status-not_assessed = لم يُقيَّم بعد
absence-status-approved = مقبول
absence-status-needs_document = يحتاج إلى تقرير طبي
absence-status-no_valid_reason = بدون عذر مقبول: يُخصم من إعانتك
absence-kind-own_illness_self_certified = مرضك (إبلاغ ذاتي عن المرض)
absence-kind-own_illness_doctors_note = مرضك (تقرير طبي)
absence-kind-child_illness = مرض الطفل
absence-kind-welfare_leave = إجازة لظروف شخصية
absence-kind-holy_day = عيد ديني
absence-kind-other_approved_leave = إجازة أخرى موافق عليها
absence-kind-no_valid_reason = بدون عذر مقبول
