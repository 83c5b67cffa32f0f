// Demo data for the three participants of JOURNEYS.md, shaped exactly like the Rust rows
// (crates/protocol/src/row.rs). "Now" in the tests is Monday 17 August 2026, 09:30 in Oslo.
import type {
  Activity, AgendaItemView, Answer, AttendanceView, Course, Event, Goal, Message, Party, Profile, RecognitionCase,
  RequiredDocument, Seen, SyncStatus, Text,
} from '../../src/types';

export const NOW = '2026-08-17T07:30:00Z';

export interface Persona {
  profile: Profile;
  goals: Goal[];
  activities: (Activity & { mine: boolean })[];
  courses: Course[];
  events: Event[];
  answers: Answer[];
  agenda: (Omit<AgendaItemView, 'receipt'> & { event_id: string; seen?: Seen | null })[];
  cases: RecognitionCase[];
  documents: RequiredDocument[];
  messages: Message[];
  sync: SyncStatus;
  /** This month's attendance as the client builds it (issue 10); none when nothing is recorded. */
  attendance?: AttendanceView;
}

const nb = (text: string, translations?: Record<string, string>): Text => ({ text, lang: 'nb', ...(translations ? { translations } : {}) });
const own = (text: string, lang: string): Text => ({ text, lang });

function activity(a: Partial<Activity> & Pick<Activity, 'id' | 'activity_type' | 'status' | 'owner' | 'title'>, mine = a.owner === 'participant'): Activity & { mine: boolean } {
  return { goal_id: null, agreed: true, description: null, due: null, starts_on: null, ends_on: null, place: null, ...a, mine };
}

function event(e: Partial<Event> & Pick<Event, 'id' | 'event_kind' | 'starts_at' | 'ends_at'>): Event {
  return {
    course_id: null, activity_id: null, title: null, place: null, room: null, bring: null, parties: [],
    status: 'scheduled', agenda: null, next_steps: null, ...e,
  };
}

function profile(p: Partial<Profile> & Pick<Profile, 'id' | 'name' | 'settled_on'>): Profile {
  return {
    bydel_id: '', bydel_name: '', preferred_language: 'nb', programme_decided_on: null, programme_start: null,
    programme_end: null, sluttmaal: null, norskmaal: null, caseworker_id: null, caseworker_name: null,
    recognition_relevant: false, ...p,
  };
}

/** Weekly class sessions of a course, Oslo summer time (UTC+2) until 25 October. */
function sessions(courseId: string, days: string[], fromH: number, toH: number, place: Text, room: string): Event[] {
  return days.map((d, i) => event({
    id: `${courseId}-s${i + 1}`, event_kind: 'class_session', course_id: courseId,
    starts_at: `${d}T${String(fromH - 2).padStart(2, '0')}:30:00Z`, ends_at: `${d}T${String(toH - 2).padStart(2, '0')}:00:00Z`,
    place, room,
  }));
}

// ---------------------------------------------------------------- Semhar, Tigrinya, Grorud
const mj: Party = { role: 'caseworker', name: 'Mohammed Johansen' };
const grorudVo = nb('Grorud voksenopplæring');
export const semhar: Persona = {
  profile: profile({
    id: 'p-semhar', name: 'Semhar Tesfay', bydel_id: 'grorud', bydel_name: 'Grorud', preferred_language: 'ti',
    settled_on: '2026-06-08', programme_decided_on: '2026-07-20', programme_start: '2026-08-17', programme_end: '2028-08-16',
    sluttmaal: nb('Fagbrev som helsefagarbeider og fast jobb i helsesektoren', {
      ti: 'ምስክር ወረቐት ሞያ ከም ሰራሕተኛ ጥዕና፡ ቀዋሚ ስራሕ ኣብ ዘርፊ ጥዕና',
      ar: 'شهادة مهنية كعاملة في الرعاية الصحية ووظيفة دائمة في القطاع الصحي',
    }),
    norskmaal: nb('Norsk nivå B1 muntlig og skriftlig', { ti: 'ኖርወይኛ ደረጃ B1 ብዘረባን ብጽሑፍን' }),
    caseworker_id: 'cw-mj', caseworker_name: 'Mohammed Johansen',
  }),
  goals: [
    { id: 'g-s1', goal_kind: 'sluttmaal', title: nb('Fagbrev som helsefagarbeider'), status: 'active', target_date: '2028-08-16' },
    { id: 'g-s2', goal_kind: 'norskmaal', title: nb('Norsk B1 muntlig'), status: 'active', target_date: '2027-12-15' },
    { id: 'g-s3', goal_kind: 'delmaal', title: nb('Språkpraksis på sykehjem', { ti: 'ልምምድ ቋንቋ ኣብ መዕቆቢ ኣረጋውያን' }), status: 'active', target_date: '2027-03-31' },
  ],
  activities: [
    activity({ id: 'a-s1', goal_id: 'g-s2', activity_type: 'norwegian_course', status: 'in_progress', owner: 'caseworker',
      title: nb('Norskopplæring, 15 timer i uka'), starts_on: '2026-08-17', ends_on: '2027-06-18', place: grorudVo }),
    activity({ id: 'a-s2', goal_id: 'g-s2', activity_type: 'norwegian_course', status: 'planned', owner: 'caseworker',
      title: nb('Norskprøven A2'), due: '2026-12-10' }),
    activity({ id: 'a-s3', goal_id: 'g-s3', activity_type: 'language_practice', status: 'planned', owner: 'participant',
      title: nb('Ringe tre sykehjem og spørre om praksisplass'), due: '2026-10-01',
      description: nb('Mohammed hjelper med listen over sykehjem i Grorud.') }),
    activity({ id: 'a-s4', activity_type: 'health', status: 'proposed', owner: 'participant',
      title: nb('Bestille time hos fastlegen', { ti: 'ምስ ናይ ስድራ ሓኪም ቆጸራ ሓዝ', ar: 'حجز موعد عند طبيب العائلة' }), due: '2026-08-21' }),
    activity({ id: 'a-s5', activity_type: 'housing', status: 'in_progress', owner: 'participant',
      title: nb('Søke om bostøtte hos Husbanken'), due: '2026-08-25' }),
    activity({ id: 'a-s6', activity_type: 'other', status: 'proposed', owner: 'participant', agreed: false,
      title: own('ናይ ደቂ ኣንስትዮ ኮርስ ምሕንባስ', 'ti'), seen: { by: 'Mohammed', at: '2026-08-14T08:10:00Z' },
      response: { outcome: 'commented', by: 'Mohammed', at: '2026-08-14T08:12:00Z',
        comment: nb('Fint forslag! Jeg sjekker om Grorud bad har et kurs for kvinner i høst.') } }),
    // Declined, with the caseworker's reason: cancelled, and the app says why.
    activity({ id: 'a-s7', activity_type: 'course', status: 'cancelled', owner: 'participant', agreed: false,
      title: own('ኮርስ መራሕ መኪና', 'ti'), seen: { by: 'Mohammed', at: '2026-08-14T08:10:00Z' },
      response: { outcome: 'declined', by: 'Mohammed', at: '2026-08-14T08:15:00Z',
        comment: nb('Førerkort er ikke en del av programmet nå. Vi tar det opp igjen når du har norsk på A2-nivå.') } }),
    // Next steps agreed in the first meeting (the console's "add a step to the plan").
    activity({ id: 'a-s-step1', activity_type: 'other', status: 'planned', owner: 'participant', from_event_id: 'e-s-first',
      title: nb('Åpne bankkonto og gi kontonummeret til Nav', { ti: 'ሕሳብ ባንኪ ክፈቲ፡ ቁጽሪ ሕሳብ ድማ ንNAV ሃቢ', ar: 'افتحي حسابًا مصرفيًا وأعطي رقم الحساب لـ NAV' }),
      due: '2026-09-15' }),
    activity({ id: 'a-s-step2', activity_type: 'other', status: 'done', owner: 'caseworker', from_event_id: 'e-s-first',
      title: nb('Bestille tolk til kartleggingssamtalen', { ti: 'ንዝርርብ ምዝገባ ተርጓሚ ምሓዝ', ar: 'حجز مترجم لمقابلة التقييم' }) }),
  ],
  courses: [{ id: 'c-grorud-a1', name: nb('Norsk A1–A2, gruppe 3'), provider: 'Grorud voksenopplæring', level: 'A1', starts_on: '2026-08-17', ends_on: '2027-06-18' }],
  // A sick child on Thursday 13 August (approved) and the Friday after (waiting for a doctor's note).
  attendance: {
    month: '2026-08',
    courses: [{ course_id: 'c-grorud-a1', course_name: nb('Norsk A1–A2, gruppe 3'), sessions: 4, present: 1, late: 1, absent: 2 }],
    absences: [
      { event_id: 'e-s-aug14', course_id: 'c-grorud-a1', starts_at: '2026-08-14T07:00:00Z', ends_at: '2026-08-14T09:30:00Z', kind: 'child_illness', status: 'needs_document' },
      { event_id: 'e-s-aug13', course_id: 'c-grorud-a1', starts_at: '2026-08-13T07:00:00Z', ends_at: '2026-08-13T09:30:00Z', kind: 'child_illness', status: 'approved' },
    ],
    child_days_left: 8,
  },
  events: [
    event({ id: 'e-s-first', event_kind: 'meeting', title: nb('Første samtale'),
      starts_at: '2026-08-10T08:00:00Z', ends_at: '2026-08-10T09:00:00Z', place: nb('Nav Grorud'),
      parties: [{ role: 'participant', name: 'Semhar Tesfay' }, mj] }),
    event({ id: 'e-s-kartlegging', event_kind: 'kartlegging', title: nb('Kartleggingssamtale'),
      starts_at: '2026-08-18T07:00:00Z', ends_at: '2026-08-18T08:30:00Z', place: nb('Nav Grorud'), room: '214, 2. etasje',
      bring: nb('Pass og eventuelle vitnemål', { ti: 'ፓስፖርትን ዘለኪ ዲፕሎማታትን ኣምጽኢ', uk: 'Паспорт і дипломи, якщо є', ar: 'جواز السفر وأي شهادات دراسية' }),
      parties: [{ role: 'participant', name: 'Semhar Tesfay' }, mj, { role: 'interpreter', name: null }],
      agenda: nb('Utdanning og arbeidserfaring, helse, mål for programmet.') }),
    ...sessions('c-grorud-a1', ['2026-08-19', '2026-08-20', '2026-08-24', '2026-08-26', '2026-08-27'], 10, 13, grorudVo, 'B12')
      .map((e) => ({ ...e, id: e.id.replace('c-grorud-a1', 'e-s-class') }))
      // Voksenopplæringen moved Thursday's class to another room (JOURNEYS.md, Kari).
      .map((e) => (e.id === 'e-s-class-s2' ? { ...e, room: 'B-999', previous: { starts_at: e.starts_at, room: 'B12', place: grorudVo } } : e)),
    // Moved by the caseworker from Thursday to Friday.
    event({ id: 'e-s-followup', event_kind: 'meeting', title: nb('Oppfølgingssamtale'),
      starts_at: '2026-08-28T11:00:00Z', ends_at: '2026-08-28T12:00:00Z', place: nb('Nav Grorud'), room: '214',
      previous: { starts_at: '2026-08-27T08:00:00Z', room: '214', place: nb('Nav Grorud') },
      parties: [{ role: 'participant', name: 'Semhar Tesfay' }, mj] }),
  ],
  // Answered and seen by the caseworker when he opened her page.
  answers: [{ id: 'answer:e-s-kartlegging', event_id: 'e-s-kartlegging', response: 'coming', reason: null,
    answered_at: '2026-08-12T16:00:00Z', seen: { by: 'Mohammed', at: '2026-08-13T07:45:00Z' } }],
  agenda: [],
  cases: [],
  documents: [],
  messages: [
    { id: 'm-s1', author: 'caseworker', author_name: 'Mohammed Johansen', sent_at: '2026-08-10T10:12:00Z', read_at: '2026-08-10T15:40:00Z',
      body: nb('Hei Semhar! Velkommen til introduksjonsprogrammet. Vi ses på kartleggingssamtalen tirsdag 18. august kl. 09.00.', {
        ti: 'ሰላም ሰምሃር! እንቋዕ ናብ መእተዊ ፕሮግራም ብደሓን መጻእኪ። ሰሉስ 18 ነሓሰ ሰዓት 09:00 ኣብ ዝርርብ ምዝገባ ክንራኸብ ኢና።',
        uk: 'Привіт, Семхар! Ласкаво просимо до вступної програми. Побачимося на співбесіді у вівторок, 18 серпня, о 09:00.',
        ar: 'مرحبًا سمهر! أهلاً بك في برنامج الاندماج. نلتقي في مقابلة التقييم يوم الثلاثاء 18 أغسطس الساعة 09:00.',
      }) },
    { id: 'm-s2', author: 'participant', author_name: 'Semhar Tesfay', sent_at: '2026-08-10T15:42:00Z', read_at: '2026-08-11T07:05:00Z',
      seen: { by: 'Mohammed', at: '2026-08-11T07:05:00Z' }, body: own('የቐንየለይ። ክመጽእ እየ።', 'ti') },
    // From a template: the app shows it in the participant's language; the body is what the server
    // wrote in Norwegian (crates/server/src/domain/templates.rs writes exactly this).
    { id: 'm-s-tpl', author: 'caseworker', author_name: 'Mohammed Johansen', sent_at: '2026-08-14T09:00:00Z', read_at: null,
      body: nb('Ta med dette til møtet vårt (tirsdag 18. august kl. 09:00):\n– Kopi av pass\n– Vitnemål\n\nTa også med CV hvis du har en.'),
      template: { key: 'bring_documents', note: 'Ta også med CV hvis du har en.', params: {
        at: { type: 'date_time', value: '2026-08-18T07:00:00Z' },
        documents: { type: 'document_kinds', value: ['passport_copy', 'diploma'] } } } },
    { id: 'm-s3', author: 'caseworker', author_name: 'Mohammed Johansen', sent_at: '2026-08-16T16:30:00Z', read_at: null,
      body: nb('Husk pass og vitnemål i morgen. En tolk blir med på telefon.') },
  ],
  sync: { enrolled: true, server_url: 'https://veikart.oslo.kommune.no', last_synced_at: '2026-08-16T19:05:00Z',
    last_attempt_at: '2026-08-17T07:28:00Z', last_error: 'offline', pending: 0, rejected: [] },
};

// ---------------------------------------------------------------- Olena, Ukrainian nurse, St. Hanshaugen
export const olena: Persona = {
  profile: profile({
    id: 'p-olena', name: 'Olena Kovalenko', bydel_id: 'st-hanshaugen', bydel_name: 'St. Hanshaugen', preferred_language: 'uk',
    settled_on: '2023-09-04', programme_decided_on: '2023-10-10', programme_start: '2023-11-06', programme_end: '2026-11-05',
    sluttmaal: nb('Autorisasjon og jobb som sykepleier', { uk: 'Авторизація та робота медсестрою' }),
    norskmaal: nb('Norsk B2 muntlig og skriftlig (krav for autorisasjon)', { uk: 'Норвезька B2 усно й письмово (вимога для авторизації)' }),
    caseworker_id: 'cw-kh', caseworker_name: 'Kristin Haugen', recognition_relevant: true,
  }),
  goals: [
    { id: 'g-o1', goal_kind: 'sluttmaal', title: nb('Autorisasjon som sykepleier'), status: 'active', target_date: '2026-11-05' },
    { id: 'g-o2', goal_kind: 'norskmaal', title: nb('Norsk B2'), status: 'achieved', target_date: '2026-06-01' },
  ],
  activities: [
    activity({ id: 'a-o1', goal_id: 'g-o1', activity_type: 'recognition', status: 'in_progress', owner: 'participant',
      title: nb('Søke autorisasjon hos Helsedirektoratet', { uk: 'Подати заяву на авторизацію до Helsedirektoratet' }), due: '2026-08-28' }),
    activity({ id: 'a-o2', goal_id: 'g-o1', activity_type: 'work_practice', status: 'in_progress', owner: 'caseworker',
      title: nb('Arbeidspraksis som helsefagarbeider'), starts_on: '2026-08-03', ends_on: '2026-10-30', place: nb('Lovisenberg Diakonale Sykehus') }),
    activity({ id: 'a-o3', goal_id: 'g-o2', activity_type: 'norwegian_course', status: 'done', owner: 'caseworker', title: nb('Norskprøven B2 bestått') }),
  ],
  courses: [],
  events: [
    event({ id: 'e-o-shift1', event_kind: 'placement_shift', activity_id: 'a-o2', title: nb('Praksis, sengepost 3'),
      starts_at: '2026-08-18T05:30:00Z', ends_at: '2026-08-18T13:30:00Z', place: nb('Lovisenberg Diakonale Sykehus'), room: 'Sengepost 3',
      bring: nb('Arbeidstøy får du der. Ta med ID-kort.', { uk: 'Робочий одяг видадуть на місці. Візьміть посвідчення.' }) }),
    event({ id: 'e-o-meet', event_kind: 'meeting', title: nb('Gå gjennom søknaden om autorisasjon'),
      starts_at: '2026-08-20T12:00:00Z', ends_at: '2026-08-20T13:00:00Z', place: nb('Bydel St. Hanshaugen, Colletts gate 43'), room: '3. etasje',
      bring: nb('Oversettelsen hvis du har den', { uk: 'Переклад, якщо він у вас є' }), parties: [{ role: 'participant', name: 'Olena Kovalenko' }, { role: 'caseworker', name: 'Kristin Haugen' }] }),
  ],
  answers: [{ id: 'answer:e-o-meet', event_id: 'e-o-meet', response: 'coming', reason: null, answered_at: '2026-08-14T09:00:00Z' }],
  agenda: [],
  cases: [
    { id: 'r-o1', credential: nb('Bachelor i sykepleie', { uk: 'Бакалавр медсестринства' }), country: 'Ukraina', level: 'Bachelor, 4 år',
      route: 'regulated_profession', authority: 'Helsedirektoratet', status: 'draft', case_number: null,
      history: [{ status: 'not_applied', on: '2024-02-12' }, { status: 'draft', on: '2026-05-04' }] },
    { id: 'r-o2', credential: nb('Master i folkehelse', { uk: 'Магістр громадського здоров’я' }), country: 'Ukraina', level: 'Master, 2 år',
      route: 'hkdir_general', authority: 'HK-dir', status: 'in_processing', case_number: '26/04417',
      history: [{ status: 'draft', on: '2026-04-02' }, { status: 'submitted', on: '2026-05-20' }, { status: 'documents_missing', on: '2026-06-10' }, { status: 'in_processing', on: '2026-07-01' }] },
  ],
  documents: [
    { id: 'd-o1', case_id: 'r-o1', document_kind: 'diploma', status: 'received', note: null },
    { id: 'd-o2', case_id: 'r-o1', document_kind: 'transcript', status: 'received', note: null },
    { id: 'd-o3', case_id: 'r-o1', document_kind: 'translation', status: 'missing',
      note: nb('Vitnemål og karakterutskrift må oversettes av statsautorisert translatør. Bydelen dekker utgiften.', {
        uk: 'Диплом і додаток з оцінками має перекласти державний авторизований перекладач. Район покриває витрати.' }) },
    { id: 'd-o4', case_id: 'r-o1', document_kind: 'passport_copy', status: 'missing', note: null },
    { id: 'd-o5', case_id: 'r-o2', document_kind: 'diploma', status: 'received', note: null },
    { id: 'd-o6', case_id: 'r-o2', document_kind: 'transcript', status: 'received', note: null },
    { id: 'd-o7', case_id: 'r-o2', document_kind: 'passport_copy', status: 'received', note: null },
  ],
  messages: [
    { id: 'm-o1', author: 'caseworker', author_name: 'Kristin Haugen', sent_at: '2026-08-12T08:15:00Z', read_at: '2026-08-12T09:00:00Z',
      body: nb('Hei Olena. Når oversettelsen er klar, kryss av i appen, så sender jeg søknaden til Helsedirektoratet.', {
        uk: 'Привіт, Олено. Коли переклад буде готовий, позначте це в застосунку, і я надішлю заяву до Helsedirektoratet.' }) },
    { id: 'm-o2', author: 'participant', author_name: 'Olena Kovalenko', sent_at: '2026-08-12T09:03:00Z', read_at: '2026-08-12T10:00:00Z',
      body: own('Дякую! Перекладачка обіцяла до кінця місяця.', 'uk') },
    { id: 'm-o3', author: 'caseworker', author_name: 'Kristin Haugen', sent_at: '2026-08-13T10:00:00Z', read_at: '2026-08-13T11:00:00Z',
      body: nb('Vi har fått dette dokumentet fra deg, og det er i orden:\n– Vitnemål'),
      template: { key: 'document_accepted', params: { document: { type: 'document_kind', value: 'diploma' } } } },
  ],
  sync: { enrolled: true, server_url: 'https://veikart.oslo.kommune.no', last_synced_at: '2026-08-17T07:25:00Z',
    last_attempt_at: '2026-08-17T07:25:00Z', pending: 0, rejected: [] },
};

// ---------------------------------------------------------------- Ahmad, Dari, Østensjø
const helsfyr = nb('Oslo voksenopplæring Helsfyr', { prs: 'آموزش بزرگسالان اسلو، هلسفیر' });
const kiwi = nb('Kiwi Bøler');
const ahmadParty: Party = { role: 'participant', name: 'Ahmad Rahimi' };
export const ahmad: Persona = {
  profile: profile({
    id: 'p-ahmad', name: 'Ahmad Rahimi', bydel_id: 'ostensjo', bydel_name: 'Østensjø', preferred_language: 'prs',
    settled_on: '2025-11-03', programme_decided_on: '2025-12-01', programme_start: '2026-01-05', programme_end: '2027-12-17',
    sluttmaal: nb('Fast jobb i dagligvarehandel', { prs: 'کار دائمی در فروشگاه مواد غذایی', ar: 'عمل دائم في تجارة المواد الغذائية' }),
    norskmaal: nb('Norsk B1 muntlig', { prs: 'زبان نارویژی سطح B1 شفاهی' }),
    caseworker_id: 'cw-ib', caseworker_name: 'Ingrid Bakken',
  }),
  goals: [
    { id: 'g-a1', goal_kind: 'sluttmaal', title: nb('Fast jobb i dagligvarehandel'), status: 'active', target_date: '2027-12-17' },
    { id: 'g-a2', goal_kind: 'delmaal', title: nb('Språkpraksis i butikk', { prs: 'کارآموزی زبان در فروشگاه' }), status: 'active', target_date: '2026-12-18' },
  ],
  activities: [
    activity({ id: 'a-a1', goal_id: 'g-a2', activity_type: 'language_practice', status: 'in_progress', owner: 'caseworker',
      title: nb('Språkpraksis to dager i uka'), starts_on: '2026-06-01', ends_on: '2026-12-18', place: kiwi }),
    activity({ id: 'a-a2', goal_id: 'g-a1', activity_type: 'job_search', status: 'in_progress', owner: 'participant',
      title: nb('Lage CV på norsk', { prs: 'نوشتن سی‌وی به زبان نارویژی' }), due: '2026-08-31' }),
    activity({ id: 'a-a3', activity_type: 'course', status: 'proposed', owner: 'participant', agreed: false,
      title: own('کورس رانندگی لیفتراک', 'prs') }),
    // Agreed in the three-way meeting: the school's step (issue 10).
    activity({ id: 'a-a-step1', activity_type: 'other', status: 'planned', owner: 'school', from_event_id: 'e-a-trekant',
      title: nb('Sende vurdering av norsknivået til Nav'), due: '2026-09-04' }),
  ],
  courses: [{ id: 'c-helsfyr-b1', name: nb('Norsk B1, morgen'), provider: 'Oslo voksenopplæring Helsfyr', level: 'A2–B1', starts_on: '2026-01-05', ends_on: '2026-12-18' }],
  events: [
    ...sessions('c-helsfyr-b1', ['2026-08-17', '2026-08-18', '2026-08-19', '2026-08-24', '2026-08-25', '2026-08-26'], 8, 14, helsfyr, '3.14'),
    ...['2026-08-20', '2026-08-21', '2026-08-27', '2026-08-28'].map((d, i) => event({
      id: `e-a-shift${i + 1}`, event_kind: 'placement_shift', activity_id: 'a-a1', starts_at: `${d}T06:00:00Z`, ends_at: `${d}T11:00:00Z`,
      place: kiwi, bring: nb('Arbeidssko', { prs: 'کفش کار' }) })),
    event({ id: 'e-a-trekant', event_kind: 'trekantsamtale', title: nb('Trekantsamtale om språkpraksisen'),
      starts_at: '2026-08-21T11:30:00Z', ends_at: '2026-08-21T12:30:00Z', place: kiwi, room: 'Pauserommet',
      parties: [ahmadParty, { role: 'nav_adviser', name: 'Ingrid Bakken' }, { role: 'teacher', name: 'Farid Noori' }, { role: 'employer', name: 'Tone Larsen' }],
      agenda: nb('Hvordan går praksisen? Norsken på jobb. Veien videre etter desember.', {
        prs: 'کارآموزی چطور پیش می‌رود؟ زبان نارویژی در محل کار. برنامه بعد از دسمبر.' }),
      // The teacher's part, written in the console in Norwegian.
      school_part: nb('Ahmad snakker mer norsk i pausene. Oppmøte i august: 5 av 6 økter.') }),
  ],
  answers: [{ id: 'answer:e-a-trekant', event_id: 'e-a-trekant', response: 'coming', reason: null, answered_at: '2026-08-15T10:00:00Z' }],
  agenda: [],
  cases: [],
  documents: [],
  messages: [
    { id: 'm-a1', author: 'caseworker', author_name: 'Ingrid Bakken', sent_at: '2026-08-14T11:00:00Z', read_at: null,
      body: nb('Hei Ahmad. Trekantsamtalen er fredag kl. 13.30 hos Kiwi Bøler. Skriv gjerne spørsmål i appen før møtet.', {
        prs: 'سلام احمد. جلسه سه‌جانبه روز جمعه ساعت ۱۳:۳۰ در کیوی بولر است. لطفاً پیش از جلسه سؤال‌های خود را در برنامه بنویسید.' }) },
  ],
  sync: { enrolled: true, server_url: 'https://veikart.oslo.kommune.no', last_synced_at: '2026-08-17T07:29:00Z',
    last_attempt_at: '2026-08-17T07:29:00Z', pending: 0, rejected: [] },
};

export const PERSONAS = { semhar, olena, ahmad } as const;
export type PersonaName = keyof typeof PERSONAS;
