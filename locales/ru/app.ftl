# Veikart, приложение для участников — русский.
# Общий для интерфейса (ui/) и Rust-части. Каждое сообщение здесь должно быть во всех языках.

app-name = Veikart
language-autonym = Русский
loading = Загрузка…
skip-to-content = Перейти к содержанию
action-cancel = Отмена

## Названия языков (чтобы отмечать текст на другом языке)
lang-name-nb = Норвежский
lang-name-nn = Норвежский (нюнорск)
lang-name-en = Английский
lang-name-uk = Украинский
lang-name-ru = Русский
lang-name-ar = Арабский
lang-name-ti = Тигринья
lang-name-prs = Дари
lang-name-fa = Персидский
lang-name-so = Сомали
text-translation = Перевод

## Календарь: названия и шаблоны, если у устройства нет данных о датах для языка
cal-month-1 = января
cal-month-2 = февраля
cal-month-3 = марта
cal-month-4 = апреля
cal-month-5 = мая
cal-month-6 = июня
cal-month-7 = июля
cal-month-8 = августа
cal-month-9 = сентября
cal-month-10 = октября
cal-month-11 = ноября
cal-month-12 = декабря
cal-weekday-0 = воскресенье
cal-weekday-1 = понедельник
cal-weekday-2 = вторник
cal-weekday-3 = среда
cal-weekday-4 = четверг
cal-weekday-5 = пятница
cal-weekday-6 = суббота
cal-weekday-short-0 = вс
cal-weekday-short-1 = пн
cal-weekday-short-2 = вт
cal-weekday-short-3 = ср
cal-weekday-short-4 = чт
cal-weekday-short-5 = пт
cal-weekday-short-6 = сб
cal-pattern-day-long = { $weekday }, { $day } { $month }
cal-pattern-date = { $day } { $month } { $year } г.
cal-pattern-day-short = { $weekdayShort }, { $day }
cal-pattern-date-time = { $day } в { $time }
cal-pattern-time-range = { $from }–{ $to }
day-today = Сегодня, { $day }
day-tomorrow = Завтра, { $day }

## Навигация
nav-label = Главное меню
nav-today = Сегодня
nav-plan = План
nav-schedule = Расписание
nav-recognition = Образование
nav-messages = Сообщения
nav-me = Я
nav-unread = { $count ->
    [one] { $count } непрочитанное сообщение
    [few] { $count } непрочитанных сообщения
   *[other] { $count } непрочитанных сообщений
}

## Синхронизация
sync-region = Соединение и изменения
sync-online = В сети · обновлено { $when }
sync-offline = Не в сети · последнее обновление { $when }
sync-offline-never = Не в сети · ещё не обновлялось
sync-never = Ещё не обновлялось
sync-failed = Не удалось обновить: { $reason }
sync-pending = { $count ->
    [0] Нет ожидающих изменений
    [one] { $count } изменение ждёт отправки
    [few] { $count } изменения ждут отправки
   *[other] { $count } изменений ждут отправки
}
sync-now = Обновить сейчас
sync-error-offline = нет интернета
sync-error-server_error = на сервере произошла ошибка
sync-error-unsupported_protocol = приложение устарело, обновите его
sync-error-device_revoked = это устройство отключено
sync-error-unauthorized = это устройство не распознано
sync-error-unavailable = сервер сейчас занят, ваши изменения в сохранности и будут отправлены позже
sync-error-internal = что-то пошло не так
pending-waiting = Ждёт отправки
receipt-sent = Отправлено
receipt-seen-by = Просмотрено ({ $name }), { $when }
receipt-seen = Просмотрено, { $when }
proposal-agreed-by = Согласовано ({ $name })
proposal-declined-by = Отклонено ({ $name })
proposal-comment-from = Комментарий ({ $name }):
proposal-reason-from = Причина ({ $name }):
rejected-rolled-back = Не принято, поэтому отменено: { $reason }
rejected-change = «{ $what }» не принято: { $reason }
rejected-dismiss = Понятно

## Изменения, которые сервер может отклонить
op-set_activity_status = Изменение статуса задачи
op-propose_activity = Предложенная задача
op-answer_event = Ответ на встречу
op-add_agenda_item = Вопрос к встрече
op-mark_document_ready = Документ отмечен готовым
op-send_message = Сообщение
op-mark_messages_read = Сообщения отмечены прочитанными
op-set_preferred_language = Смена языка
op-propose_wording = Предложение лучшего текста
op-add_document_page = Страница документа
op-remove_document_page = Удаление страницы
reject-not_found = этого больше нет
reject-caseworker_owned = изменить это может только ваш консультант
reject-superseded = тем временем ваш консультант это изменил
reject-changed_on_other_device = тем временем вы изменили это на другом своём устройстве
reject-event_cancelled = встреча отменена
reject-invalid_value = текст пустой или слишком длинный
reject-id_taken = это уже сохранено
reject-unsupported_language = этот язык недоступен
reject-document_accepted = ваш консультант уже принял этот документ
reject-too_large = файл слишком большой

## Ошибки
error-load = Не удалось прочитать данные на устройстве. Попробуйте ещё раз.
error-invalid_body = Приложение отправило то, чего сервер не понял.
error-invalid_value = Что-то из написанного пустое или слишком длинное.
error-payload_too_large = Файл или текст слишком большой для отправки.
error-unauthorized = Это устройство не распознано. Подключитесь снова с новым кодом.
error-device_revoked = Ваш консультант отключил это устройство.
error-forbidden = Вам нельзя это делать.
error-not_found = Не найдено.
error-conflict = Кто-то другой это изменил. Посмотрите ещё раз и повторите.
error-offset_mismatch = Отправка файла сбилась. Она продолжится сама.
error-page_rejected = Этот файл не удалось использовать. Добавьте его ещё раз.
error-code_invalid = Код неверный. Проверьте его и попробуйте снова.
error-code_expired = Срок действия кода истёк. Попросите у консультанта новый.
error-code_used = Этот код уже использован. Попросите у консультанта новый.
error-code_locked = Слишком много неудачных попыток. Попросите у консультанта новый код.
error-rate_limited = Слишком много попыток. Подождите несколько минут и попробуйте снова.
error-unsupported_protocol = Приложение слишком старое для сервера. Обновите приложение.
error-internal = Что-то пошло не так. Попробуйте ещё раз.
error-offline = Нет интернета. Подключитесь и попробуйте снова.
error-server_error = На сервере произошла ошибка. Попробуйте позже.
error-unavailable = Сервер сейчас занят. Ваши изменения надёжно сохранены на этом устройстве и будут отправлены позже.
error-local_storage = Не удалось сохранить на этом устройстве. Перезапустите приложение и попробуйте снова.
error-local_storage_locked = Не удаётся открыть данные на этом устройстве. Перезапустите приложение. Если это повторится, выйдите и подключитесь снова с новым кодом от консультанта.
error-not_enrolled = Это устройство ещё не подключено. Введите код, который вы получили от консультанта.
error-already_enrolled = Это устройство уже подключено. Чтобы использовать другой код, сначала выйдите.
error-server_url_invalid = Напишите полный адрес, начиная с https://
error-code_missing = Напишите код, который вы получили от консультанта.
error-server_missing = В коде не сказано, куда подключаться. Напишите адрес сервера с листа.
error-scan_not_code = Это не код Veikart. Сканируйте квадратный код на листе от консультанта.
error-camera_denied = У Veikart нет доступа к камере. Введите код вручную.
error-scan_failed = Камера не смогла прочитать код. Попробуйте ещё раз или введите код.

## Первый запуск
first-choose-language = Выберите язык
enrol-title = Подключить этот телефон
enrol-explain = Ваш консультант даст вам лист с квадратным кодом (QR-код) и кодом для ввода. С ним ваш план и встречи появятся на этом телефоне.
enrol-server = Адрес сервера
enrol-server-hint = Только если в коде нет адреса или консультант даёт вам другой адрес. Например, https://veikart.oslo.kommune.no
enrol-code = Код
enrol-code-hint = Он есть на листе от консультанта, например ABCD-EFGH-JKMN. Можно также вставить всю ссылку.
enrol-submit = Подключить
enrol-busy = Подключение…
enrol-change-language = Сменить язык
enrol-scan = Сканировать код
enrol-scan-hint = Наведите камеру на квадратный код на листе.
enrol-or-type = Или введите код
enrol-other-server = Другой сервер

## The code sheet: printed from the console in the participant's language, Norwegian beside it
sheet-title = Подключите Veikart к своему телефону
sheet-step-open = Установите приложение Veikart и откройте его. Выберите свой язык.
sheet-step-scan = Выберите «{ enrol-scan }» и наведите камеру на квадратный код.
sheet-step-type = Нет камеры? Введите в приложении код или ссылку ниже.
sheet-code = Код
sheet-link = Ссылка
sheet-once = Код действует один раз, в течение трёх дней. Никому его не показывайте: с ним другие могли бы увидеть ваш план.

## Коды: задачи, цели
activity-type-norwegian_course = Курс норвежского
activity-type-language_practice = Языковая практика на рабочем месте (språkpraksis)
activity-type-work_practice = Рабочая практика (arbeidspraksis)
activity-type-job_search = Поиск работы
activity-type-course = Курс
activity-type-education = Учёба
activity-type-recognition = Признание образования
activity-type-meeting = Встреча
activity-type-health = Здоровье
activity-type-housing = Жильё
activity-type-other = Другое
activity-status-proposed = Предложено
activity-status-planned = Запланировано
activity-status-in_progress = Выполняется
activity-status-done = Выполнено
activity-status-cancelled = Отменено
activity-mark-in_progress = Я над этим работаю
activity-mark-done = Готово
activity-mark-proposed = Не начато
activity-agreed = Согласовано с консультантом
activity-not-agreed = Ещё не согласовано
activity-due = Срок: { $date }
activity-overdue = Срок истёк { $date }
activity-period = { $from } – { $to }
activity-place = Место:
goal-kind-sluttmaal = Конечная цель
goal-kind-norskmaal = Цель по норвежскому
goal-kind-delmaal = Промежуточная цель
goal-status-active = Активна
goal-status-achieved = Достигнута
goal-status-dropped = Прекращена
goal-target = Целевая дата { $date }
owner-participant = Вы
owner-caseworker = Консультант
owner-school = Центр образования для взрослых

## Коды: встречи
event-kind-class_session = Занятие
event-kind-meeting = Встреча
event-kind-kartlegging = Беседа для оценки навыков
event-kind-trekantsamtale = Трёхсторонняя встреча
event-kind-placement_shift = День практики
event-status-scheduled = Запланировано
event-status-cancelled = Отменено
party-role-participant = Вы
party-role-caseworker = Консультант
party-role-nav_adviser = Консультант NAV
party-role-teacher = Учитель
party-role-interpreter = Переводчик
party-role-employer = Работодатель
answer-coming = Я приду
answer-cant_come = Я не смогу прийти
author-participant = Вы
author-caseworker = Консультант

## Сегодня
today-hello = Здравствуйте, { $name }
today-programme-starts = Ваша вводная программа начинается { $date }.
today-next = Ближайшие встречи
today-no-events = В ближайшее время встреч нет.
today-see-schedule = Посмотреть всё расписание
today-due = Сделать в ближайшее время
today-nothing-due = В следующие две недели сроков нет.
today-unread = { $count ->
    [0] Нет непрочитанных сообщений
    [one] { $count } непрочитанное сообщение
    [few] { $count } непрочитанных сообщения
   *[other] { $count } непрочитанных сообщений
}
today-no-unread = Вы прочитали все сообщения.
today-open-messages = Открыть сообщения

## Встречи
event-when = { $day }, { $time }
event-room = кабинет { $room }
event-moved-from = Перенесено. Было: { $when }
event-changed-room = Изменено: кабинет { $room }, был { $was }
event-changed-room-added = Изменено: кабинет { $room }
event-changed-place = Изменено место. Было: { $was }
list-pair = { $first }, { $second }
list-separator = {", "}
event-bring = Взять с собой:
event-parties = Кто будет
event-agenda = Повестка дня
event-school-part = От центра образования для взрослых
event-add-question = Добавить вопрос к встрече
event-add-question-submit = Добавить
event-next-steps = Согласованные следующие шаги
answer-group = Ваш ответ
answer-cant = Я не смогу прийти
answer-can-after-all = Я всё-таки смогу прийти
answer-reason-label = Почему вы не сможете прийти?
answer-send = Отправить ответ
answer-you-coming = Вы ответили, что придёте.
answer-you-cant = Вы ответили, что не сможете прийти.

## План
plan-title = Мой план
plan-summary = Сводка
plan-sluttmaal = Конечная цель
plan-norskmaal = Цель по норвежскому
plan-programme = Вводная программа (introduksjonsprogram)
plan-programme-dates = { $from } – { $to }
plan-settled = Дата поселения в коммуне
plan-bydel = район { $bydel }
plan-caseworker = Ваш консультант
plan-not-set = Ещё не решено
plan-goals = Цели и задачи
plan-no-goals = Целей пока нет.
plan-no-activities = Задач пока нет.
plan-other = Другие мои задачи
plan-courses = Курсы
plan-course-level = уровень { $level }
propose-open = Предложить задачу
propose-title = Предложить задачу
propose-hint = Ваш консультант рассмотрит предложение. До тех пор оно отмечено «Ещё не согласовано».
propose-field-title = Что вы хотите сделать?
propose-field-description = Подробнее (необязательно)
propose-field-type = Тип
propose-field-goal = Цель (необязательно)
propose-no-goal = Без цели
propose-field-due = К какому сроку (необязательно)
propose-submit = Предложить
plan-next-steps = Следующие шаги со встреч
step-from-meeting = Договорились на встрече { $date }
step-owner-participant = Это делаете вы
step-owner-caseworker = Это делает ваш консультант
step-owner-school = Это делает центр образования для взрослых

## Расписание
schedule-title = Расписание
schedule-view = Показать как
schedule-list = Список
schedule-week = Неделя
schedule-empty = В следующие четыре недели ничего нет.
schedule-prev-week = Предыдущая неделя
schedule-next-week = Следующая неделя
schedule-this-week = Эта неделя
schedule-week-of = { $from } – { $to }
schedule-day-free = Свободно
schedule-pick-hint = Выберите встречу, чтобы увидеть подробности и ответить.
schedule-selected = Выбранная встреча
schedule-download-ics = Скачать календарь (.ics)

## Признание образования
rec-title = Признание образования
rec-none = У вас нет заявления о признании. Если у вас есть образование из другой страны, спросите консультанта.
rec-route = Процедура
rec-route-hkdir_general = Общее признание (HK-dir)
rec-route-regulated_profession = Авторизация для регулируемой профессии
rec-route-vocational = Признание профессионального образования
rec-route-authority-hkdir_general = HK-dir
rec-route-authority-regulated_profession = Профильное ведомство по вашей профессии
rec-route-authority-vocational = Администрация фюльке
rec-authority = Решает
rec-from = Образование из
rec-case-number = Номер дела
rec-case-number-none = Ещё не присвоен
rec-status-not_applied = Заявление не подано
rec-status-draft = Готовится
rec-status-submitted = Отправлено
rec-status-documents_missing = Не хватает документов
rec-status-in_processing = Рассматривается
rec-status-decided_full = Признано
rec-status-decided_partial = Признано частично
rec-status-rejected = Не признано
rec-status-appealed = Подана жалоба
rec-next-collect = { $count ->
    [1] Получите последний документ. Когда он будет готов, нажмите «Документ у меня есть», и консультант отправит заявление.
    [one] Получите { $count } недостающий документ. Нажимайте «Документ у меня есть» для каждого; консультант отправит заявление, когда будут все.
    [few] Получите { $count } недостающих документа. Нажимайте «Документ у меня есть» для каждого; консультант отправит заявление, когда будут все.
   *[other] Получите { $count } недостающих документов. Нажимайте «Документ у меня есть» для каждого; консультант отправит заявление, когда будут все.
}
rec-next-ready = Все документы готовы. Ваш консультант проверит их и отправит заявление.
rec-next-submitted = Заявление отправлено. { $authority } проверяет, все ли документы на месте.
rec-next-documents_missing = { $authority } запрашивает дополнительные документы. Посмотрите список ниже и поговорите с консультантом.
rec-next-in_processing = { $authority } рассматривает ваше заявление. Сейчас вам ничего не нужно делать.
rec-next-decided_full = Ваше образование признано. Сохраните решение: работодатели могут его попросить.
rec-next-decided_partial = Часть вашего образования признана. Спросите консультанта о курсах, которые помогут восполнить пробел.
rec-next-rejected = Ваше образование не признано. Вы можете обжаловать решение, обычно в течение 3 недель. Поговорите с консультантом.
rec-next-appealed = Ваша жалоба отправлена. Ответ придёт письмом.
rec-duration-hkdir_general = Обычно HK-dir рассматривает заявление около четырёх месяцев после получения всех документов.
rec-duration-regulated_profession = Обычно это занимает несколько месяцев после поступления всех документов.
rec-duration-vocational = Обычно это занимает несколько месяцев после поступления всех документов.
rec-documents-missing = { $count ->
    [0] Все документы есть
    [one] Не хватает { $count } документа
   *[other] Не хватает { $count } документов
}
rec-documents-other = Другие документы
rec-all-documents = У вас есть все документы.
rec-todo-title = Что сделать сейчас
rec-todo-get = Получить: { $document }
rec-todo-nothing = Сейчас вам ничего не нужно делать. Здесь будет написано, когда от вас что-то понадобится.
rec-steps = Шаги до решения
rec-step-state-done = Сделано
rec-step-state-now = Сейчас
rec-step-state-ahead = Потом
rec-step-gather = Собрать документы
rec-step-send = { $authority } получает заявление от вашего консультанта
rec-step-process = { $authority } рассматривает заявление
rec-step-decision = { $authority } принимает решение
rec-step-appeal = Жалобу рассматривают
doc-note-from-caseworker = От вашего консультанта
doc-more-about = Подробнее об этом документе
doc-what = Что это
doc-where = Где получить
doc-mark-ready = Документ у меня есть
doc-status-missing = Не хватает
doc-status-ready = Готово
doc-status-received = Получено
doc-status-not_needed = Не нужен
page-count = { $count ->
    [0] Страницы
    [one] { $count } страница
    [few] { $count } страницы
   *[other] { $count } страниц
}
page-label = Страница { $number }
page-add-photo = Сфотографировать
page-add-file = Выбрать файл
page-preparing = Готовим страницу …
page-added = { $count ->
    [one] Страница добавлена. Она будет отправлена вашему консультанту, когда вы будете в сети.
   *[other] Добавлено страниц: { $count }. Они будут отправлены вашему консультанту, когда вы будете в сети.
}
page-removed = Страница удалена.
page-remove = Удалить
page-remove-label = Удалить страницу { $number }
page-kind-pdf = PDF
page-state-on_device = Ждёт на этом устройстве
page-state-sending = Отправляется … { $percent } %
page-state-sent = Отправлено
page-state-refused = Не удалось использовать. Удалите её и добавьте снова.
page-state-other_device = Ждёт на другом вашем устройстве
page-pack-no_pages = Страниц пока нет. Сфотографируйте каждую страницу или выберите файл.
page-pack-on_device = Сохранено на этом устройстве. Будет отправлено, когда вы будете в сети.
page-pack-sending = Отправляется …
page-pack-in_review = Отправлено. Ваш консультант посмотрит.
page-pack-judged = Ваш консультант посмотрел.
verdict-accepted = Принято вашим консультантом
verdict-next-accepted = С этим документом больше ничего делать не нужно.
verdict-unreadable = Невозможно прочитать: сфотографируйте снова
verdict-next-unreadable = Положите страницу ровно при хорошем свете и снимайте прямо сверху, чтобы весь текст был чётким. Затем удалите старые страницы.
verdict-wrong_document = Не тот документ
verdict-next-wrong_document = Проверьте, какой документ здесь нужен, и добавьте страницы именно этого документа. Удалите неправильные страницы.
verdict-needs_authorised_translation = Нужен заверенный перевод
verdict-next-needs_authorised_translation = Закажите перевод документа у государственного уполномоченного переводчика (statsautorisert translatør) и добавьте также страницы перевода.
verdict-needs_original = Нужен оригинал из школы или университета
verdict-next-needs_original = Попросите школу или университет, выдавшие документ, отправить его напрямую в орган, который принимает решение по вашему заявлению. Ваш консультант может помочь.
page-error-pdf_too_big = Этот PDF больше 20 МБ. Вместо него сфотографируйте страницы или уменьшите PDF.
page-error-too_big = Страница слишком большая даже после уменьшения. Попробуйте другое фото.
page-error-not_supported = Можно добавлять только фото и файлы PDF.
page-error-unreadable = Не удалось прочитать файл. Попробуйте другой файл или сделайте фото.
doc-kind-diploma = Диплом
doc-kind-transcript = Приложение с оценками
doc-kind-translation = Заверенный перевод
doc-kind-passport_copy = Копия паспорта
doc-kind-cv = Резюме (CV)
doc-kind-employment_certificate = Справка с работы
doc-kind-course_description = Описание дисциплин
doc-kind-language_certificate = Языковой сертификат
doc-kind-other = Другой документ
doc-what-diploma = Документ, который вы получили по окончании учёбы, с указанием степени или квалификации.
doc-where-diploma = Используйте свой оригинал. Если он утерян, учебное заведение, которое его выдало, может прислать дубликат.
doc-what-transcript = Список всех ваших предметов с оценками и часами или кредитами.
doc-where-transcript = В учебной части вашего учебного заведения. Многие высылают его по электронной почте по запросу.
doc-what-translation = Перевод диплома и приложения на норвежский или английский, сделанный авторизованным переводчиком.
doc-where-translation = У государственного авторизованного переводчика (statsautorisert translatør). Спросите консультанта, оплатит ли это коммуна.
doc-what-passport_copy = Копия страницы паспорта с вашей фотографией и именем.
doc-where-passport_copy = Сделайте копию или скан паспорта в библиотеке или в отделении NAV. Консультант может помочь.
doc-what-cv = Краткий список вашего образования и мест работы с годами.
doc-where-cv = Вы пишете его сами. Консультант или библиотека могут помочь.
doc-what-employment_certificate = Письмо от работодателя о том, какую работу вы выполняли и как долго.
doc-where-employment_certificate = От вашего бывшего работодателя. Если не можете с ним связаться, скажите консультанту.
doc-what-course_description = Описание предметов и содержания вашего образования.
doc-where-course_description = В вашем учебном заведении, часто на его сайте.
doc-what-language_certificate = Подтверждение вашего уровня норвежского или английского, например результат экзамена.
doc-where-language_certificate = Там, где вы сдавали экзамен. Результаты Norskprøven есть в вашем центре образования для взрослых.
doc-what-other = Другой документ, о котором попросил консультант. См. примечание.
doc-where-other = Спросите консультанта.

## Сообщения
msg-title = Сообщения
msg-thread = Переписка с консультантом
msg-empty = Сообщений пока нет.
msg-you = Вы
msg-read = Прочитано
msg-write = Написать консультанту
msg-offline-hint = Можно писать без интернета. Сообщение отправится, когда вы снова будете в сети.
msg-send = Отправить

## Messages from templates (see en/app.ftl)
msg-template-bring_documents = Пожалуйста, принесите это на нашу встречу ({ $at }):
msg-template-meeting_reminder = Напоминаю о нашей встрече: { $at }.
msg-template-meeting_moved = Нашу встречу перенесли. Новое время: { $at }.
msg-template-class_cancelled = Ваше занятие отменено: { $at }.
msg-template-please_call = Пожалуйста, позвоните мне, когда сможете.
msg-template-document_accepted = Мы получили от вас этот документ, с ним всё в порядке:
msg-template-document_needed = Мне всё ещё нужен от вас этот документ:
msg-template-programme_starts = Ваша вводная программа начинается { $on }.
msg-template-in-norwegian = По-норвежски
msg-written-in-nb = Написано по-норвежски

## Proposing a better text (see en/app.ftl)
wording-open = Текст неправильный или непонятный?
wording-title = Предложите лучший текст
wording-explain = Выберите текст, который неправильный или непонятный, и напишите, каким он должен быть. Ваше предложение получат те, кто переводит приложение; вашего имени они не увидят. Оно отправится, когда вы будете в сети.
wording-which = Какой текст?
wording-now = Сейчас написано:
wording-better = Каким он должен быть
wording-comment = Комментарий (необязательно)
wording-send = Отправить предложение
wording-sent = Спасибо! Предложение отправится, когда вы будете в сети.

## Я
me-title = Я
me-language = Язык
me-language-label = Язык приложения
me-text-size = Размер текста
me-text-size-option = { $percent } %
me-reminders = Напоминания
me-reminders-label = Напоминать перед встречами
me-reminders-off = Без напоминаний
me-reminders-minutes = За { $minutes } мин
me-reminders-hours = { $hours ->
    [one] За 1 час
    [24] За 1 день
    [few] За { $hours } часа
   *[other] За { $hours } часов
}
me-sync = Обновления
me-sync-state = Соединение
me-sync-state-online = В сети
me-sync-state-offline = Не в сети
me-sync-state-error = Проблема с обновлением
me-sync-state-never = Ещё не обновлялось
me-sync-server = Сервер
me-sync-last = Последнее обновление
me-sync-attempt = Последняя попытка
me-sync-error = Проблема
me-sync-never = Никогда
me-sync-pending = Ждёт отправки
me-key-storage = Защита данных
me-key-storage-keystore = Зашифровано, ключ хранит телефон
me-key-storage-file = Зашифровано, ключ хранится в приложении
me-export = Экспорт моих данных
me-export-hint = Сохранить копию всего, что есть на этом устройстве.
me-export-json = Все мои данные (JSON)
me-export-ics = Календарь (.ics)
me-exported = Файл сохранён.
me-sign-out = Выйти и удалить
me-sign-out-explain = Всё, что Veikart сохранил на этом устройстве, будет удалено. Ваш план хранится у консультанта; вы сможете подключиться снова с новым кодом.
me-sign-out-pending = { $count ->
    [one] { $count } изменение ещё не отправлено и будет потеряно.
    [few] { $count } изменения ещё не отправлены и будут потеряны.
   *[other] { $count } изменений ещё не отправлены и будут потеряны.
}
me-sign-out-button = Выйти и удалить данные
me-sign-out-confirm = Да, удалить всё
me-sign-out-confirm-group = Подтвердите выход
me-translations = Переводы
me-translations-yours-unchecked = Тексты на вашем языке ещё не проверил носитель языка. Если что-то неправильно или непонятно, сообщите нам.
me-translations-unchecked = Ещё не проверено носителем языка:
me-translations-all-checked = Каждый язык приложения проверил его носитель.
me-translations-help = Чтобы предложить лучший текст, выберите «Текст неправильный или непонятный?» внизу любого экрана.

## Notifications, shown by the Rust side (src-tauri)
notification-title = Veikart
notification-appointment-added = Новая встреча: { $title }, { $time }
notification-appointment-moved = Встреча перенесена: { $title }, теперь { $time }
notification-appointment-moved-where = Встреча изменена: { $title }, теперь { $time }, { $where }
notification-appointment-cancelled = Отменено: { $title }, { $time }
notification-message = Новое сообщение от вашего консультанта
notification-verdict = { $document }: { $verdict }
notification-reminder = Напоминание: { $title } в { $time }

# Посещаемость центра образования для взрослых в этом месяце (issue 10)
plan-attendance = Посещаемость в этом месяце
plan-attendance-hint = Пропуски без уважительной причины уменьшают вашу выплату по вводной программе.
attendance-present = Присутствие
attendance-late = Опоздания
attendance-absent = Отсутствие
plan-absences = Пропуски
plan-child-days-left = Осталось дней отгула по болезни ребёнка (за последние 12 месяцев): { $count }
absence-status-not_assessed = Ещё не рассмотрено
absence-status-approved = Одобрено
absence-status-needs_document = Нужна справка от врача
absence-status-no_valid_reason = Без уважительной причины: выплата будет уменьшена
absence-kind-own_illness_self_certified = Собственная болезнь (уведомление о болезни без справки врача)
absence-kind-own_illness_doctors_note = Собственная болезнь (справка от врача)
absence-kind-child_illness = Болезнь ребёнка
absence-kind-welfare_leave = Отпуск по личным обстоятельствам
absence-kind-holy_day = Религиозный праздник
absence-kind-other_approved_leave = Другой одобренный отпуск
absence-kind-no_valid_reason = Без уважительной причины
