# Veikart, застосунок для учасників — українська.
# Спільний для інтерфейсу (ui/) і Rust-частини. Кожне повідомлення тут має бути в усіх мовах.

app-name = Veikart
language-autonym = Українська
loading = Завантаження…
skip-to-content = Перейти до вмісту
action-cancel = Скасувати

## Назви мов (щоб позначати текст, написаний іншою мовою)
lang-name-nb = Норвезька
lang-name-nn = Норвезька (нюношк)
lang-name-en = Англійська
lang-name-uk = Українська
lang-name-ru = Російська
lang-name-ar = Арабська
lang-name-ti = Тигринья
lang-name-prs = Дарі
lang-name-fa = Перська
lang-name-so = Сомалі
text-translation = Переклад

## Календар: назви й шаблони, якщо пристрій не має даних дат для мови
cal-month-1 = січня
cal-month-2 = лютого
cal-month-3 = березня
cal-month-4 = квітня
cal-month-5 = травня
cal-month-6 = червня
cal-month-7 = липня
cal-month-8 = серпня
cal-month-9 = вересня
cal-month-10 = жовтня
cal-month-11 = листопада
cal-month-12 = грудня
cal-weekday-0 = неділя
cal-weekday-1 = понеділок
cal-weekday-2 = вівторок
cal-weekday-3 = середа
cal-weekday-4 = четвер
cal-weekday-5 = пʼятниця
cal-weekday-6 = субота
cal-weekday-short-0 = нд
cal-weekday-short-1 = пн
cal-weekday-short-2 = вт
cal-weekday-short-3 = ср
cal-weekday-short-4 = чт
cal-weekday-short-5 = пт
cal-weekday-short-6 = сб
cal-pattern-day-long = { $weekday }, { $day } { $month }
cal-pattern-date = { $day } { $month } { $year } р.
cal-pattern-day-short = { $weekdayShort }, { $day }
cal-pattern-date-time = { $day } о { $time }
cal-pattern-time-range = { $from }–{ $to }
day-today = Сьогодні, { $day }
day-tomorrow = Завтра, { $day }

## Навігація
nav-label = Головне меню
nav-today = Сьогодні
nav-plan = План
nav-schedule = Розклад
nav-recognition = Освіта
nav-messages = Повідомлення
nav-me = Я
nav-unread = { $count ->
    [one] { $count } непрочитане повідомлення
    [few] { $count } непрочитані повідомлення
   *[other] { $count } непрочитаних повідомлень
}

## Синхронізація
sync-region = Зʼєднання і зміни
sync-online = У мережі · оновлено { $when }
sync-offline = Без мережі · востаннє оновлено { $when }
sync-offline-never = Без мережі · ще не оновлено
sync-never = Ще не оновлено
sync-failed = Не вдалося оновити: { $reason }
sync-pending = { $count ->
    [0] Немає змін, що чекають
    [one] { $count } зміна чекає на надсилання
    [few] { $count } зміни чекають на надсилання
   *[other] { $count } змін чекають на надсилання
}
sync-now = Оновити зараз
sync-error-offline = немає інтернету
sync-error-server_error = на сервері сталася помилка
sync-error-unsupported_protocol = застосунок застарів, оновіть його
sync-error-device_revoked = цей пристрій відʼєднано
sync-error-unauthorized = цей пристрій не розпізнано
sync-error-unavailable = сервер зараз зайнятий, ваші зміни в безпеці й будуть надіслані пізніше
sync-error-internal = щось пішло не так
pending-waiting = Чекає на надсилання
receipt-sent = Надіслано
receipt-seen-by = Переглянуто ({ $name }), { $when }
receipt-seen = Переглянуто, { $when }
proposal-agreed-by = Погоджено ({ $name })
proposal-declined-by = Відхилено ({ $name })
proposal-comment-from = Коментар ({ $name }):
proposal-reason-from = Причина ({ $name }):
rejected-rolled-back = Не прийнято, тому скасовано: { $reason }
rejected-change = «{ $what }» не прийнято: { $reason }
rejected-dismiss = Гаразд

## Зміни, які сервер може відхилити
op-set_activity_status = Зміна статусу завдання
op-propose_activity = Запропоноване завдання
op-answer_event = Відповідь на зустріч
op-add_agenda_item = Питання до зустрічі
op-mark_document_ready = Документ позначено готовим
op-send_message = Повідомлення
op-mark_messages_read = Повідомлення позначено прочитаними
op-set_preferred_language = Зміна мови
op-propose_wording = Пропозиція кращого тексту
op-add_document_page = Сторінка документа
op-remove_document_page = Видалення сторінки
reject-not_found = цього більше не існує
reject-caseworker_owned = змінити це може лише ваш консультант
reject-superseded = тим часом ваш консультант це змінив
reject-changed_on_other_device = тим часом ви змінили це на іншому своєму пристрої
reject-event_cancelled = зустріч скасовано
reject-invalid_value = текст порожній або задовгий
reject-id_taken = це вже збережено
reject-unsupported_language = ця мова недоступна
reject-document_accepted = ваш консультант уже прийняв цей документ
reject-too_large = файл завеликий

## Помилки
error-load = Не вдалося прочитати дані на пристрої. Спробуйте ще раз.
error-invalid_body = Застосунок надіслав те, чого сервер не зрозумів.
error-invalid_value = Щось із написаного порожнє або задовге.
error-payload_too_large = Це завелике для надсилання.
error-unauthorized = Цей пристрій не розпізнано. Підʼєднайтеся знову з новим кодом.
error-device_revoked = Ваш консультант відʼєднав цей пристрій.
error-forbidden = Вам не дозволено це робити.
error-not_found = Не знайдено.
error-conflict = Хтось інший це змінив. Перегляньте й спробуйте знову.
error-offset_mismatch = Надсилання файлу збилося. Воно продовжиться саме.
error-page_rejected = Цей файл не вдалося використати. Додайте його ще раз.
error-code_invalid = Код неправильний. Перевірте його і спробуйте ще раз.
error-code_expired = Термін дії коду минув. Попросіть у консультанта новий.
error-code_used = Цей код уже використано. Попросіть у консультанта новий.
error-code_locked = Забагато невдалих спроб. Попросіть у консультанта новий код.
error-rate_limited = Забагато спроб. Зачекайте кілька хвилин і спробуйте знову.
error-unsupported_protocol = Застосунок застарий для сервера. Оновіть застосунок.
error-internal = Щось пішло не так. Спробуйте ще раз.
error-offline = Немає інтернету. Підʼєднайтеся і спробуйте знову.
error-server_error = На сервері сталася помилка. Спробуйте пізніше.
error-unavailable = Сервер зараз зайнятий. Ваші зміни надійно збережено на цьому пристрої, їх буде надіслано пізніше.
error-local_storage = Не вдалося зберегти на цьому пристрої. Перезапустіть застосунок і спробуйте ще раз.
error-local_storage_locked = Не вдається відкрити дані на цьому пристрої. Перезапустіть застосунок. Якщо це повториться, вийдіть і підʼєднайтеся знову з новим кодом від консультанта.
error-not_enrolled = Цей пристрій ще не підʼєднано. Введіть код, який ви отримали від консультанта.
error-already_enrolled = Цей пристрій уже підʼєднано. Щоб використати інший код, спершу вийдіть.
error-server_url_invalid = Напишіть повну адресу, що починається з https://
error-code_missing = Напишіть код, який ви отримали від консультанта.
error-server_missing = У коді не сказано, куди підʼєднатися. Напишіть адресу сервера з аркуша.
error-scan_not_code = Це не код Veikart. Скануйте квадратний код на аркуші від консультанта.
error-camera_denied = Veikart не має дозволу на камеру. Введіть код вручну.
error-scan_failed = Камера не змогла прочитати код. Спробуйте ще раз або введіть код.

## Перший запуск
first-choose-language = Оберіть мову
enrol-title = Підʼєднати цей телефон
enrol-explain = Ваш консультант дає вам аркуш із квадратним кодом (QR-код) і кодом, який можна ввести. З ним ваш план і зустрічі зʼявляться на цьому телефоні.
enrol-server = Адреса сервера
enrol-server-hint = Лише якщо в коді немає адреси або консультант дає вам іншу адресу. Наприклад, https://veikart.oslo.kommune.no
enrol-code = Код
enrol-code-hint = Він є на аркуші від консультанта, наприклад ABCD-EFGH-JKMN. Можна також вставити все посилання.
enrol-submit = Підʼєднати
enrol-busy = Підʼєднання…
enrol-change-language = Змінити мову
enrol-scan = Сканувати код
enrol-scan-hint = Наведіть камеру на квадратний код на аркуші.
enrol-or-type = Або введіть код
enrol-other-server = Інший сервер

## The code sheet: printed from the console in the participant's language, Norwegian beside it
sheet-title = Підʼєднайте Veikart до свого телефона
sheet-step-open = Встановіть застосунок Veikart і відкрийте його. Виберіть свою мову.
sheet-step-scan = Виберіть «{ enrol-scan }» і наведіть камеру на квадратний код.
sheet-step-type = Немає камери? Введіть у застосунку код або посилання нижче.
sheet-code = Код
sheet-link = Посилання
sheet-once = Код діє один раз, протягом трьох днів. Нікому його не показуйте: з ним інші могли б побачити ваш план.

## Коди: завдання, цілі
activity-type-norwegian_course = Курс норвезької
activity-type-language_practice = Мовна практика на робочому місці (språkpraksis)
activity-type-work_practice = Робоча практика (arbeidspraksis)
activity-type-job_search = Пошук роботи
activity-type-course = Курс
activity-type-education = Навчання
activity-type-recognition = Визнання освіти
activity-type-meeting = Зустріч
activity-type-health = Здоровʼя
activity-type-housing = Житло
activity-type-other = Інше
activity-status-proposed = Запропоновано
activity-status-planned = Заплановано
activity-status-in_progress = Виконується
activity-status-done = Виконано
activity-status-cancelled = Скасовано
activity-mark-in_progress = Я над цим працюю
activity-mark-done = Готово
activity-mark-proposed = Не розпочато
activity-agreed = Погоджено з консультантом
activity-not-agreed = Ще не погоджено
activity-due = Термін: { $date }
activity-overdue = Термін минув { $date }
activity-period = { $from } – { $to }
activity-place = Місце:
goal-kind-sluttmaal = Кінцева мета
goal-kind-norskmaal = Мета з норвезької
goal-kind-delmaal = Проміжна мета
goal-status-active = Активна
goal-status-achieved = Досягнуто
goal-status-dropped = Припинено
goal-target = Цільова дата { $date }
owner-participant = Ви
owner-caseworker = Консультант
owner-school = Центр освіти дорослих

## Коди: зустрічі
event-kind-class_session = Заняття
event-kind-meeting = Зустріч
event-kind-kartlegging = Співбесіда для оцінки навичок
event-kind-trekantsamtale = Тристороння зустріч
event-kind-placement_shift = День практики
event-status-scheduled = Заплановано
event-status-cancelled = Скасовано
party-role-participant = Ви
party-role-caseworker = Консультант
party-role-nav_adviser = Консультант NAV
party-role-teacher = Вчитель
party-role-interpreter = Перекладач
party-role-employer = Роботодавець
answer-coming = Я прийду
answer-cant_come = Я не зможу прийти
author-participant = Ви
author-caseworker = Консультант

## Сьогодні
today-hello = Вітаємо, { $name }
today-programme-starts = Ваша вступна програма починається { $date }.
today-next = Найближчі зустрічі
today-no-events = Найближчим часом зустрічей немає.
today-see-schedule = Переглянути весь розклад
today-due = Зробити незабаром
today-nothing-due = Наступні два тижні термінів немає.
today-unread = { $count ->
    [0] Немає непрочитаних повідомлень
    [one] { $count } непрочитане повідомлення
    [few] { $count } непрочитані повідомлення
   *[other] { $count } непрочитаних повідомлень
}
today-no-unread = Ви прочитали всі повідомлення.
today-open-messages = Відкрити повідомлення

## Зустрічі
event-when = { $day }, { $time }
event-room = кімната { $room }
event-moved-from = Перенесено. Було: { $when }
event-changed-room = Змінено: кімната { $room }, була { $was }
event-changed-room-added = Змінено: кімната { $room }
event-changed-place = Змінено місце. Було: { $was }
list-pair = { $first }, { $second }
list-separator = {", "}
event-bring = Взяти з собою:
event-parties = Хто буде
event-agenda = Порядок денний
event-school-part = Від центру освіти дорослих
event-add-question = Додати питання до зустрічі
event-add-question-submit = Додати
event-next-steps = Домовлені наступні кроки
answer-group = Ваша відповідь
answer-cant = Я не зможу прийти
answer-can-after-all = Я все-таки зможу прийти
answer-reason-label = Чому ви не зможете прийти?
answer-send = Надіслати відповідь
answer-you-coming = Ви відповіли, що прийдете.
answer-you-cant = Ви відповіли, що не зможете прийти.

## План
plan-title = Мій план
plan-summary = Підсумок
plan-sluttmaal = Кінцева мета
plan-norskmaal = Мета з норвезької
plan-programme = Вступна програма (introduksjonsprogram)
plan-programme-dates = { $from } – { $to }
plan-settled = Дата поселення
plan-bydel = район { $bydel }
plan-caseworker = Ваш консультант
plan-not-set = Ще не визначено
plan-goals = Цілі та завдання
plan-no-goals = Цілей ще немає.
plan-no-activities = Завдань ще немає.
plan-other = Інші мої завдання
plan-courses = Курси
plan-course-level = рівень { $level }
propose-open = Запропонувати завдання
propose-title = Запропонувати завдання
propose-hint = Ваш консультант перегляне пропозицію. До того часу вона позначена «Ще не погоджено».
propose-field-title = Що ви хочете зробити?
propose-field-description = Докладніше (необовʼязково)
propose-field-type = Тип
propose-field-goal = Мета (необовʼязково)
propose-no-goal = Без мети
propose-field-due = До якого часу (необовʼязково)
propose-submit = Запропонувати
plan-next-steps = Наступні кроки із зустрічей
step-from-meeting = Домовлено на зустрічі { $date }
step-owner-participant = Це робите ви
step-owner-caseworker = Це робить ваш консультант
step-owner-school = Це робить центр освіти дорослих

## Розклад
schedule-title = Розклад
schedule-view = Показати як
schedule-list = Список
schedule-week = Тиждень
schedule-empty = Наступні чотири тижні нічого немає.
schedule-prev-week = Попередній тиждень
schedule-next-week = Наступний тиждень
schedule-this-week = Цей тиждень
schedule-week-of = { $from } – { $to }
schedule-day-free = Вільно
schedule-pick-hint = Оберіть зустріч, щоб побачити більше й відповісти.
schedule-selected = Обрана зустріч
schedule-download-ics = Завантажити календар (.ics)

## Визнання освіти
rec-title = Визнання освіти
rec-none = У вас немає заяви на визнання. Якщо у вас є освіта з іншої країни, запитайте консультанта.
rec-route = Процедура
rec-route-hkdir_general = Загальне визнання (HK-dir)
rec-route-regulated_profession = Авторизація для регульованої професії
rec-route-vocational = Визнання професійної освіти
rec-route-authority-hkdir_general = HK-dir
rec-route-authority-regulated_profession = Профільний орган вашої професії
rec-route-authority-vocational = Адміністрація фюльке (області)
rec-authority = Вирішує
rec-from = Освіта з
rec-case-number = Номер справи
rec-case-number-none = Ще не надано
rec-status-not_applied = Заяву не подано
rec-status-draft = Готується
rec-status-submitted = Надіслано
rec-status-documents_missing = Бракує документів
rec-status-in_processing = Розглядається
rec-status-decided_full = Визнано
rec-status-decided_partial = Визнано частково
rec-status-rejected = Не визнано
rec-status-appealed = Подано скаргу
rec-next-collect = { $count ->
    [1] Отримайте останній документ. Коли він буде готовий, натисніть «Документ у мене є», і консультант надішле заяву.
    [one] Отримайте { $count } документ, якого бракує. Натискайте «Документ у мене є» для кожного; консультант надішле заяву, коли будуть усі.
    [few] Отримайте { $count } документи, яких бракує. Натискайте «Документ у мене є» для кожного; консультант надішле заяву, коли будуть усі.
   *[other] Отримайте { $count } документів, яких бракує. Натискайте «Документ у мене є» для кожного; консультант надішле заяву, коли будуть усі.
}
rec-next-ready = Усі документи готові. Ваш консультант перевірить їх і надішле заяву.
rec-next-submitted = Заяву надіслано. { $authority } перевіряє, чи є всі документи.
rec-next-documents_missing = { $authority } потребує більше документів. Перегляньте список нижче й поговоріть із консультантом.
rec-next-in_processing = { $authority } розглядає вашу заяву. Зараз вам нічого не потрібно робити.
rec-next-decided_full = Вашу освіту визнано. Збережіть рішення: роботодавці можуть його попросити.
rec-next-decided_partial = Частину вашої освіти визнано. Запитайте консультанта про курси, які можуть заповнити прогалину.
rec-next-rejected = Вашу освіту не визнано. Ви можете оскаржити рішення, зазвичай протягом 3 тижнів. Поговоріть із консультантом.
rec-next-appealed = Вашу скаргу надіслано. Відповідь прийде листом.
rec-duration-hkdir_general = Зазвичай HK-dir розглядає заяву близько чотирьох місяців після того, як отримає всі документи.
rec-duration-regulated_profession = Зазвичай це триває кілька місяців після надходження всіх документів.
rec-duration-vocational = Зазвичай це триває кілька місяців після надходження всіх документів.
rec-documents-missing = { $count ->
    [0] Усі документи є
    [one] Бракує { $count } документа
   *[other] Бракує { $count } документів
}
rec-documents-other = Інші документи
rec-all-documents = У вас є всі документи.
rec-todo-title = Що зробити зараз
rec-todo-get = Отримати: { $document }
rec-todo-nothing = Зараз вам нічого не потрібно робити. Тут буде написано, коли від вас щось знадобиться.
rec-steps = Кроки до рішення
rec-step-state-done = Зроблено
rec-step-state-now = Зараз
rec-step-state-ahead = Далі
rec-step-gather = Зібрати документи
rec-step-send = { $authority } отримує заяву від вашого консультанта
rec-step-process = { $authority } розглядає заяву
rec-step-decision = { $authority } ухвалює рішення
rec-step-appeal = Скаргу розглядають
doc-note-from-caseworker = Від вашого консультанта
doc-more-about = Більше про цей документ
doc-what = Що це
doc-where = Де отримати
doc-mark-ready = Документ у мене є
doc-status-missing = Бракує
doc-status-ready = Готово
doc-status-received = Отримано
doc-status-not_needed = Не потрібен
page-count = { $count ->
    [0] Сторінки
    [one] { $count } сторінка
    [few] { $count } сторінки
   *[other] { $count } сторінок
}
page-label = Сторінка { $number }
page-add-photo = Сфотографувати
page-add-file = Вибрати файл
page-preparing = Готуємо сторінку …
page-added = { $count ->
    [one] Сторінку додано. Її буде надіслано вашому консультантові, коли ви будете в мережі.
   *[other] Додано сторінок: { $count }. Їх буде надіслано вашому консультантові, коли ви будете в мережі.
}
page-removed = Сторінку видалено.
page-remove = Видалити
page-remove-label = Видалити сторінку { $number }
page-kind-pdf = PDF
page-state-on_device = Чекає на цьому пристрої
page-state-sending = Надсилається … { $percent } %
page-state-sent = Надіслано
page-state-refused = Не вдалося використати. Видаліть її та додайте знову.
page-state-other_device = Чекає на вашому іншому пристрої
page-pack-no_pages = Сторінок ще немає. Сфотографуйте кожну сторінку або виберіть файл.
page-pack-on_device = Збережено на цьому пристрої. Буде надіслано, коли ви будете в мережі.
page-pack-sending = Надсилається …
page-pack-in_review = Надіслано. Ваш консультант перегляне це.
page-pack-judged = Ваш консультант це переглянув.
verdict-accepted = Прийнято вашим консультантом
verdict-next-accepted = З цим документом більше нічого робити не потрібно.
verdict-unreadable = Неможливо прочитати: сфотографуйте знову
verdict-next-unreadable = Покладіть сторінку рівно при доброму світлі й фотографуйте прямо згори, щоб увесь текст був чітким. Потім видаліть старі сторінки.
verdict-wrong_document = Не той документ
verdict-next-wrong_document = Перевірте, який документ тут потрібен, і додайте сторінки саме цього документа. Видаліть неправильні сторінки.
verdict-needs_authorised_translation = Потрібен авторизований переклад
verdict-next-needs_authorised_translation = Замовте переклад документа в державного авторизованого перекладача (statsautorisert translatør) і додайте також сторінки перекладу.
verdict-needs_original = Потрібен оригінал від школи чи університету
verdict-next-needs_original = Попросіть школу чи університет, що видали документ, надіслати його напряму до органу, який ухвалює рішення щодо вашої заяви. Ваш консультант може допомогти.
page-error-pdf_too_big = Цей PDF більший за 20 МБ. Сфотографуйте сторінки замість нього або зменште PDF.
page-error-too_big = Сторінка завелика навіть після зменшення. Спробуйте інше фото.
page-error-not_supported = Можна додавати лише фото та файли PDF.
page-error-unreadable = Не вдалося прочитати файл. Спробуйте інший файл або зробіть фото.
doc-kind-diploma = Диплом
doc-kind-transcript = Додаток з оцінками
doc-kind-translation = Авторизований переклад
doc-kind-passport_copy = Копія паспорта
doc-kind-cv = Резюме (CV)
doc-kind-employment_certificate = Довідка з роботи
doc-kind-course_description = Опис дисциплін
doc-kind-language_certificate = Мовний сертифікат
doc-kind-other = Інший документ
doc-what-diploma = Документ, який ви отримали після закінчення навчання, із зазначенням ступеня чи кваліфікації.
doc-where-diploma = Використайте свій оригінал. Якщо його втрачено, заклад, що його видав, може надіслати дублікат.
doc-what-transcript = Перелік усіх ваших дисциплін з оцінками та годинами або кредитами.
doc-where-transcript = У навчальній частині вашого закладу. Багато закладів надсилають його електронною поштою на запит.
doc-what-translation = Переклад диплома й додатка норвезькою або англійською, зроблений авторизованим перекладачем.
doc-where-translation = У державного авторизованого перекладача (statsautorisert translatør). Запитайте консультанта, чи оплатить це комуна.
doc-what-passport_copy = Копія сторінки паспорта з вашим фото та іменем.
doc-where-passport_copy = Зробіть копію або скан паспорта в бібліотеці чи у відділенні NAV. Консультант може допомогти.
doc-what-cv = Короткий перелік вашої освіти та місць роботи з роками.
doc-where-cv = Ви пишете його самі. Консультант або бібліотека можуть допомогти.
doc-what-employment_certificate = Лист від роботодавця про те, яку роботу ви виконували і як довго.
doc-where-employment_certificate = Від вашого колишнього роботодавця. Якщо не можете з ним звʼязатися, скажіть консультантові.
doc-what-course_description = Опис дисциплін і змісту вашого навчання.
doc-where-course_description = У вашому закладі освіти, часто на його вебсайті.
doc-what-language_certificate = Підтвердження вашого рівня норвезької чи англійської, наприклад результат іспиту.
doc-where-language_certificate = Там, де ви складали іспит. Результати Norskprøven є у вашому центрі освіти дорослих.
doc-what-other = Інший документ, про який попросив консультант. Дивіться примітку.
doc-where-other = Запитайте консультанта.

## Повідомлення
msg-title = Повідомлення
msg-thread = Листування з консультантом
msg-empty = Повідомлень ще немає.
msg-you = Ви
msg-read = Прочитано
msg-write = Написати консультантові
msg-offline-hint = Можна писати без інтернету. Повідомлення буде надіслано, коли ви знову будете в мережі.
msg-send = Надіслати

## Messages from templates (see en/app.ftl)
msg-template-bring_documents = Будь ласка, принесіть це на нашу зустріч ({ $at }):
msg-template-meeting_reminder = Нагадую про нашу зустріч: { $at }.
msg-template-meeting_moved = Нашу зустріч перенесено. Новий час: { $at }.
msg-template-class_cancelled = Ваше заняття скасовано: { $at }.
msg-template-please_call = Будь ласка, зателефонуйте мені, коли зможете.
msg-template-document_accepted = Ми отримали від вас цей документ, і з ним усе гаразд:
msg-template-document_needed = Мені ще потрібен від вас цей документ:
msg-template-programme_starts = Ваша вступна програма починається { $on }.
msg-template-in-norwegian = Норвезькою
msg-written-in-nb = Написано норвезькою

## Proposing a better text (see en/app.ftl)
wording-open = Текст неправильний або незрозумілий?
wording-title = Запропонуйте кращий текст
wording-explain = Виберіть текст, який неправильний або незрозумілий, і напишіть, яким він має бути. Вашу пропозицію отримають ті, хто перекладає застосунок; вашого імені вони не побачать. Її буде надіслано, коли ви будете в мережі.
wording-which = Який текст?
wording-now = Зараз написано:
wording-better = Яким він має бути
wording-comment = Коментар (необов’язково)
wording-send = Надіслати пропозицію
wording-sent = Дякуємо! Пропозицію буде надіслано, коли ви будете в мережі.

## Я
me-title = Я
me-language = Мова
me-language-label = Мова застосунку
me-text-size = Розмір тексту
me-text-size-option = { $percent } %
me-reminders = Нагадування
me-reminders-label = Нагадувати перед зустрічами
me-reminders-off = Без нагадувань
me-reminders-minutes = За { $minutes } хв
me-reminders-hours = { $hours ->
    [one] За 1 годину
    [24] За 1 день
    [few] За { $hours } години
   *[other] За { $hours } годин
}
me-sync = Оновлення
me-sync-state = Зʼєднання
me-sync-state-online = У мережі
me-sync-state-offline = Без мережі
me-sync-state-error = Проблема з оновленням
me-sync-state-never = Ще не оновлено
me-sync-server = Сервер
me-sync-last = Востаннє оновлено
me-sync-attempt = Остання спроба
me-sync-error = Проблема
me-sync-never = Ніколи
me-sync-pending = Чекає на надсилання
me-key-storage = Захист даних
me-key-storage-keystore = Зашифровано, ключ зберігає телефон
me-key-storage-file = Зашифровано, ключ зберігається в застосунку
me-export = Експорт моїх даних
me-export-hint = Зберегти копію всього, що є на цьому пристрої.
me-export-json = Усі мої дані (JSON)
me-export-ics = Календар (.ics)
me-exported = Файл збережено.
me-sign-out = Вийти й видалити
me-sign-out-explain = Усе, що Veikart зберіг на цьому пристрої, буде видалено. Ваш план зберігає консультант; ви зможете підʼєднатися знову з новим кодом.
me-sign-out-pending = { $count ->
    [one] { $count } зміну ще не надіслано, її буде втрачено.
    [few] { $count } зміни ще не надіслано, їх буде втрачено.
   *[other] { $count } змін ще не надіслано, їх буде втрачено.
}
me-sign-out-button = Вийти й видалити дані
me-sign-out-confirm = Так, видалити все
me-sign-out-confirm-group = Підтвердіть вихід
me-translations = Переклади
me-translations-yours-unchecked = Тексти вашою мовою ще не перевірив носій мови. Якщо щось неправильно або незрозуміло, повідомте нам.
me-translations-unchecked = Ще не перевірено носієм мови:
me-translations-all-checked = Кожну мову застосунку перевірив її носій.
me-translations-help = Щоб запропонувати кращий текст, виберіть «Текст неправильний або незрозумілий?» унизу будь-якого екрана.

## Notifications, shown by the Rust side (src-tauri)
notification-title = Veikart
notification-appointment-added = Нова зустріч: { $title }, { $time }
notification-appointment-moved = Зустріч перенесено: { $title }, тепер { $time }
notification-appointment-moved-where = Зустріч змінено: { $title }, тепер { $time }, { $where }
notification-appointment-cancelled = Скасовано: { $title }, { $time }
notification-message = Нове повідомлення від вашого консультанта
notification-verdict = { $document }: { $verdict }
notification-reminder = Нагадування: { $title } о { $time }

# Відвідування центру освіти дорослих цього місяця (issue 10)
plan-attendance = Відвідування цього місяця
plan-attendance-hint = Пропуски без поважної причини зменшують вашу виплату за вступною програмою.
attendance-present = Присутність
attendance-late = Запізнення
attendance-absent = Відсутність
plan-absences = Пропуски
plan-child-days-left = Залишилося днів відпустки через хворобу дитини (за останні 12 місяців): { $count }
absence-status-not_assessed = Ще не розглянуто
absence-status-approved = Схвалено
absence-status-needs_document = Потрібна довідка від лікаря
absence-status-no_valid_reason = Без поважної причини: виплату буде зменшено
absence-kind-own_illness_self_certified = Власна хвороба (повідомлення про хворобу без довідки лікаря)
absence-kind-own_illness_doctors_note = Власна хвороба (довідка від лікаря)
absence-kind-child_illness = Хвороба дитини
absence-kind-welfare_leave = Відпустка з особистих причин
absence-kind-holy_day = Релігійне свято
absence-kind-other_approved_leave = Інша погоджена відпустка
absence-kind-no_valid_reason = Без поважної причини
