//! `demo-seed`: a realistic demo in plausible Norwegian, deterministic, built around the people in
//! shared/JOURNEYS.md (Semhar, Olena, Ahmad, Kari) and 200+ others. Dates are relative to the day it
//! runs so the demo always has a next week. Running it twice changes nothing.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use veikart_protocol::*;

use crate::domain::placement::{Home, placement};
use crate::domain::{templates, tokens, validate};
use crate::store::{Caseworker, Role, Store, StoreError, Tx};

const SEEDED_KEY: &str = "demo_seeded";
const SOURCE: &str = "demo-seed";

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("demo row {0} is invalid: {1}")]
    Invalid(String, String),
}

/// A caseworker created by the seed, with the API token shown once.
pub struct SeededCaseworker {
    pub email: String,
    pub bydel: String,
    pub token: String,
}

pub async fn demo<S: Store>(store: &S) -> Result<String, SeedError> {
    let (summary, _) = store.write(seed_all).await?;
    Ok(summary)
}

fn seed_all(tx: &mut dyn Tx) -> Result<String, SeedError> {
    if tx.meta(SEEDED_KEY)?.is_some() {
        return Ok("The demo data is already there; nothing changed.".into());
    }
    let today = tx.now().date_naive();
    let mut rng = StdRng::seed_from_u64(2026);
    let mut seeded = Vec::new();
    let mut participants = 0;
    for bydel in &BYDELER {
        tx.insert_bydel(bydel.id, bydel.name)?;
        for (i, (name, email, role)) in bydel.caseworkers.iter().enumerate() {
            let cw = Caseworker {
                id: format!("cw-{}-{}", bydel.id, i + 1),
                bydel_id: bydel.id.to_owned(),
                name: (*name).to_owned(),
                email: (*email).to_owned(),
                role: *role,
                school_id: None,
            };
            tx.insert_caseworker(&cw)?;
            let token = tokens::new_token();
            tx.set_caseworker_token(&cw.id, &tokens::hash(&token))?;
            seeded.push(SeededCaseworker {
                email: cw.email,
                bydel: bydel.name.to_owned(),
                token,
            });
        }
        let courses = seed_courses(tx, bydel, today)?;
        seed_guidance(tx, bydel)?;
        for n in 0..bydel.participants {
            let journey = JOURNEYS
                .iter()
                .find(|j| j.bydel == bydel.id && j.index == n);
            seed_participant(tx, &mut rng, bydel, n, journey, &courses, today)?;
            participants += 1;
        }
    }
    let teachers = seed_school(tx, today)?;
    tx.set_meta(SEEDED_KEY, &tx.now().to_rfc3339())?;
    let mut out = format!(
        "Seeded {} bydeler, {} caseworkers, a school with {teachers} teachers and {participants} participants.\n\nCaseworker API tokens (shown once):\n",
        BYDELER.len(),
        seeded.len()
    );
    for s in seeded {
        out.push_str(&format!("  {:<32} {:<16} {}\n", s.email, s.bydel, s.token));
    }
    Ok(out)
}

struct Bydel {
    id: &'static str,
    name: &'static str,
    office: &'static str,
    caseworkers: &'static [(&'static str, &'static str, Role)],
    participants: usize,
}

const BYDELER: [Bydel; 3] = [
    Bydel {
        id: "ostensjo",
        name: "Østensjø",
        office: "Nav Østensjø, Olaf Helsets vei 6, 3. etasje",
        caseworkers: &[
            (
                "Kari Nordmann",
                "kari.nordmann@bos.oslo.kommune.no",
                Role::Caseworker,
            ),
            ("Lars Berg", "lars.berg@bos.oslo.kommune.no", Role::Leader),
        ],
        participants: 80,
    },
    Bydel {
        id: "grorud",
        name: "Grorud",
        office: "Nav Grorud, Trondheimsveien 435, 2. etasje",
        caseworkers: &[
            (
                "Mohammed Johansen",
                "mohammed.johansen@bgr.oslo.kommune.no",
                Role::Caseworker,
            ),
            (
                "Ingrid Haugen",
                "ingrid.haugen@bgr.oslo.kommune.no",
                Role::Leader,
            ),
        ],
        participants: 70,
    },
    Bydel {
        id: "st-hanshaugen",
        name: "St. Hanshaugen",
        office: "Nav St. Hanshaugen, Waldemar Thranes gate 2",
        caseworkers: &[
            (
                "Siri Lunde",
                "siri.lunde@bsh.oslo.kommune.no",
                Role::Caseworker,
            ),
            ("Per Olsen", "per.olsen@bsh.oslo.kommune.no", Role::Admin),
            // The municipality's own admin: accounts and reports across bydeler, no participant.
            (
                "Eva Berg",
                "eva.berg@oslo.kommune.no",
                Role::MunicipalityAdmin,
            ),
        ],
        participants: 60,
    },
];

/// The people of shared/JOURNEYS.md, placed at fixed positions so their ids are stable.
struct Journey {
    bydel: &'static str,
    index: usize,
    name: &'static str,
    lang: &'static str,
    settled_days_ago: i64,
    credential: Option<(&'static str, RecognitionRoute, RecognitionStatus)>,
}

const JOURNEYS: [Journey; 3] = [
    Journey {
        bydel: "grorud",
        index: 0,
        name: "Semhar Tesfay",
        lang: "ti",
        settled_days_ago: 150,
        credential: None,
    },
    Journey {
        bydel: "st-hanshaugen",
        index: 0,
        name: "Olena Kovalenko",
        lang: "uk",
        settled_days_ago: 400,
        credential: Some((
            "Bachelor i sykepleie (Kyiv)",
            RecognitionRoute::RegulatedProfession,
            RecognitionStatus::DocumentsMissing,
        )),
    },
    Journey {
        bydel: "ostensjo",
        index: 0,
        name: "Ahmad Rahimi",
        lang: "prs",
        settled_days_ago: 300,
        credential: None,
    },
];

const GIVEN: [(&str, &str); 24] = [
    ("Yonas", "ti"),
    ("Selam", "ti"),
    ("Hiwet", "ti"),
    ("Abraham", "ti"),
    ("Oksana", "uk"),
    ("Dmytro", "uk"),
    ("Iryna", "uk"),
    ("Andrii", "uk"),
    ("Natalia", "ru"),
    ("Sergei", "ru"),
    ("Fatima", "ar"),
    ("Omar", "ar"),
    ("Layla", "ar"),
    ("Yusuf", "ar"),
    ("Zahra", "prs"),
    ("Mohammad", "prs"),
    ("Farida", "prs"),
    ("Hamid", "prs"),
    ("Hodan", "so"),
    ("Abdirahman", "so"),
    ("Amina", "so"),
    ("Mustafa", "so"),
    ("Grace", "en"),
    ("Daniel", "en"),
];

const FAMILY: [&str; 20] = [
    "Tesfaye",
    "Haile",
    "Bondarenko",
    "Shevchenko",
    "Melnyk",
    "Ivanova",
    "Al-Sayed",
    "Haddad",
    "Karimi",
    "Ahmadi",
    "Hosseini",
    "Noori",
    "Warsame",
    "Abdi",
    "Hassan",
    "Mohamed",
    "Gebremedhin",
    "Kuznetsova",
    "Rahimi",
    "Yousef",
];

const SLUTTMAAL: [&str; 6] = [
    "Fast jobb som helsefagarbeider",
    "Fullført videregående skole",
    "Jobb i butikk eller lager",
    "Autorisasjon og jobb som sykepleier",
    "Fagbrev som elektriker",
    "Jobb som barnehageassistent",
];

const DELMAAL: [&str; 5] = [
    "Lage CV og søknadsbrev",
    "Arbeidspraksis på sykehjem",
    "Bolig og økonomi",
    "Jobbsøkerkurs hos Nav",
    "Kurs i digital kompetanse",
];

const PLACES: [&str; 4] = [
    "Rema 1000 Bøler",
    "Kiwi Grorud senter",
    "Ellingsrudhjemmet sykehjem",
    "Coop Extra Tåsen",
];

fn oslo(date: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    let local = date.and_hms_opt(hour, minute, 0).unwrap_or_default();
    chrono_oslo_offset(local)
}

/// Oslo is UTC+1 in winter and UTC+2 in summer (last Sunday of March to last Sunday of October).
fn chrono_oslo_offset(local: chrono::NaiveDateTime) -> DateTime<Utc> {
    let year = local.year();
    let last_sunday = |month: u32| {
        let mut d = NaiveDate::from_ymd_opt(year, month, 31).unwrap_or_default();
        while d.weekday() != Weekday::Sun {
            d -= Duration::days(1);
        }
        d
    };
    let summer = local.date() >= last_sunday(3) && local.date() < last_sunday(10);
    let offset = if summer { 2 } else { 1 };
    Utc.from_utc_datetime(&(local - Duration::hours(offset)))
}

fn next_weekday(from: NaiveDate, day: Weekday) -> NaiveDate {
    let mut d = from + Duration::days(1);
    while d.weekday() != day {
        d += Duration::days(1);
    }
    d
}

fn put(tx: &mut dyn Tx, home: &Home, row: Row) -> Result<(), SeedError> {
    validate::row(&row).map_err(|e| SeedError::Invalid(row.id().to_owned(), e))?;
    tx.put_row(&placement(&row, home), &row, SOURCE)?;
    Ok(())
}

fn seed_courses(
    tx: &mut dyn Tx,
    bydel: &Bydel,
    today: NaiveDate,
) -> Result<Vec<String>, SeedError> {
    let term_start = today - Duration::days(60);
    let mut ids = Vec::new();
    for (n, (name, level, room, teacher)) in [
        (
            "Norsk og samfunnskunnskap A2–B1, dagkurs",
            "A2",
            "203",
            "Lars Berg",
        ),
        ("Norsk B1 med arbeidsretting", "B1", "114", "Anne Solberg"),
    ]
    .into_iter()
    .enumerate()
    {
        let id = format!("demo-course-{}-{}", bydel.id, n + 1);
        let home = Home::Course {
            id: id.clone(),
            bydel_id: bydel.id.to_owned(),
        };
        put(
            tx,
            &home,
            Row::Course(Course {
                id: id.clone(),
                name: Text::nb(name),
                provider: "Oslo Voksenopplæring Rosenhof".into(),
                level: Some(level.into()),
                starts_on: term_start,
                ends_on: term_start + Duration::weeks(20),
                school_id: None,
                teacher_ids: Vec::new(),
            }),
        )?;
        // Three days a week, 09:00–11:30, for a term of twenty weeks.
        let mut day = term_start;
        let mut k = 0;
        while day < term_start + Duration::weeks(20) {
            if matches!(day.weekday(), Weekday::Mon | Weekday::Wed | Weekday::Thu) {
                k += 1;
                put(
                    tx,
                    &home,
                    Row::Event(Event {
                        id: format!("{id}-s{k:03}"),
                        event_kind: EventKind::ClassSession,
                        course_id: Some(id.clone()),
                        activity_id: None,
                        title: None,
                        starts_at: oslo(day, 9, 0),
                        ends_at: oslo(day, 11, 30),
                        place: Some(Text::nb("Oslo Voksenopplæring Rosenhof, Rosenhoffgata 3")),
                        room: Some(room.into()),
                        bring: Some(Text::nb("Arbeidsbok og lånekort")),
                        parties: vec![Party {
                            role: PartyRole::Teacher,
                            name: Some(teacher.into()),
                        }],
                        status: EventStatus::Scheduled,
                        agenda: None,
                        next_steps: None,
                        school_part: None,
                        previous: None,
                    }),
                )?;
            }
            day += Duration::days(1);
        }
        ids.push(id);
    }
    Ok(ids)
}

/// Voksenopplæringen as a party: the school, its two teachers (console accounts; no API token,
/// the API is the bydel's) and their courses, each mixing participants of all three bydeler.
pub const DEMO_SCHOOL: (&str, &str) = ("oslo-vo-rosenhof", "Oslo Voksenopplæring Rosenhof");

/// (id, name, e-mail) of the demo teachers; the accounts are kept in Grorud.
pub const DEMO_TEACHERS: [(&str, &str, &str); 2] = [
    (
        "cw-school-1",
        "Anne Solberg",
        "anne.solberg@oslovo.oslo.kommune.no",
    ),
    (
        "cw-school-2",
        "Jonas Dahl",
        "jonas.dahl@oslovo.oslo.kommune.no",
    ),
];

fn seed_school(tx: &mut dyn Tx, today: NaiveDate) -> Result<usize, SeedError> {
    let (school_id, school_name) = DEMO_SCHOOL;
    tx.insert_school(school_id, school_name)?;
    for (id, name, email) in DEMO_TEACHERS {
        tx.insert_caseworker(&Caseworker {
            id: id.into(),
            bydel_id: "grorud".into(),
            name: name.into(),
            email: email.into(),
            role: Role::Teacher,
            school_id: Some(school_id.into()),
        })?;
    }
    let term_start = today - Duration::days(60);
    let now = tx.now();
    for (n, (course_name, level, teacher)) in [
        ("Norsk A2, ettermiddag (Rosenhof)", "A2", 0),
        ("Norsk B1, ettermiddag (Rosenhof)", "B1", 1),
    ]
    .into_iter()
    .enumerate()
    {
        let id = format!("demo-school-course-{}", n + 1);
        // A school's course is city-wide; its scope is kept with the school's host bydel.
        let home = Home::Course {
            id: id.clone(),
            bydel_id: "st-hanshaugen".into(),
        };
        put(
            tx,
            &home,
            Row::Course(Course {
                id: id.clone(),
                name: Text::nb(course_name),
                provider: school_name.into(),
                level: Some(level.into()),
                starts_on: term_start,
                ends_on: term_start + Duration::weeks(20),
                school_id: Some(school_id.into()),
                teacher_ids: vec![DEMO_TEACHERS[teacher].0.into()],
            }),
        )?;
        // Members: four of each bydel (Semhar, Ahmad and Olena in the first course).
        let members: Vec<(String, &str)> = BYDELER
            .iter()
            .flat_map(|b| (1..=4).map(move |k| (format!("demo-{}-{:03}", b.id, k + 4 * n), b.id)))
            .collect();
        for (pid, bydel) in &members {
            let p_home = Home::Participant {
                id: pid.clone(),
                bydel_id: (*bydel).into(),
            };
            put(
                tx,
                &p_home,
                Row::CourseMembership(CourseMembership {
                    id: format!("member:{id}:{pid}"),
                    course_id: id.clone(),
                }),
            )?;
        }
        // Monday, Tuesday and Thursday afternoons; the register taken for the past four weeks.
        let mut day = term_start;
        let mut k = 0;
        while day < term_start + Duration::weeks(20) {
            if matches!(day.weekday(), Weekday::Mon | Weekday::Tue | Weekday::Thu) {
                k += 1;
                let session = Event {
                    id: format!("{id}-s{k:03}"),
                    event_kind: EventKind::ClassSession,
                    course_id: Some(id.clone()),
                    activity_id: None,
                    title: None,
                    starts_at: oslo(day, 12, 30),
                    ends_at: oslo(day, 15, 0),
                    place: Some(Text::nb("Oslo Voksenopplæring Rosenhof, Rosenhoffgata 3")),
                    room: Some(format!("3{}0", n + 1)),
                    bring: None,
                    parties: vec![Party {
                        role: PartyRole::Teacher,
                        name: Some(DEMO_TEACHERS[teacher].1.into()),
                    }],
                    status: EventStatus::Scheduled,
                    agenda: None,
                    next_steps: None,
                    school_part: None,
                    previous: None,
                };
                put(tx, &home, Row::Event(session.clone()))?;
                if day < today && day >= today - Duration::days(28) {
                    seed_register(tx, &members, &session, k, today, now)?;
                }
            }
            day += Duration::days(1);
        }
    }
    seed_semhar_cant_come(tx, today)?;
    Ok(DEMO_TEACHERS.len())
}

/// One past session's register: most came, a few late, a few absent; absences older than a week
/// classified by the caseworker, the newer ones waiting.
fn seed_register(
    tx: &mut dyn Tx,
    members: &[(String, &str)],
    session: &Event,
    k: usize,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(), SeedError> {
    let day = session.starts_at.date_naive();
    for (i, (pid, bydel)) in members.iter().enumerate() {
        let semhar = pid == "demo-grorud-001";
        let (mark, late_minutes) = match (i + k) % 13 {
            0 | 5 => (AttendanceMark::Absent, None),
            3 => (AttendanceMark::Late, Some(10 + (k % 3) as u32 * 5)),
            _ => (AttendanceMark::Present, None),
        };
        // Semhar's child was ill for two days this term.
        let (mark, late_minutes) = if semhar && k.is_multiple_of(17) {
            (AttendanceMark::Absent, None)
        } else {
            (mark, late_minutes)
        };
        let absence =
            (mark == AttendanceMark::Absent && day < today - Duration::days(7)).then(|| {
                if semhar {
                    AbsenceKind::ChildIllness
                } else if (i + k).is_multiple_of(2) {
                    AbsenceKind::NoValidReason
                } else {
                    AbsenceKind::OwnIllnessSelfCertified
                }
            });
        put(
            tx,
            &Home::Participant {
                id: pid.clone(),
                bydel_id: (*bydel).into(),
            },
            Row::Attendance(Attendance {
                id: Attendance::id_for(pid, &session.id),
                event_id: session.id.clone(),
                course_id: session.course_id.clone().unwrap_or_default(),
                starts_at: session.starts_at,
                ends_at: session.ends_at,
                mark,
                late_minutes,
                absence,
                doctors_note: false,
                document_missing: false,
                child_days_allowed: Some(10),
                recorded_at: now,
            }),
        )?;
    }
    Ok(())
}

/// Semhar's "can't come — sick child" for the next Thursday class of the school's course: it
/// reaches her teacher's class list and her caseworker's "can't come" queue.
fn seed_semhar_cant_come(tx: &mut dyn Tx, today: NaiveDate) -> Result<(), SeedError> {
    let thursday = next_weekday(today, Weekday::Thu);
    let course = "demo-school-course-1";
    let session = tx
        .child_rows(course, RowKind::Event)?
        .into_iter()
        .find_map(|s| match s.row {
            Some(Row::Event(e)) if e.starts_at.date_naive() == thursday => Some(e.id),
            _ => None,
        });
    let Some(event_id) = session else {
        return Ok(());
    };
    let pid = "demo-grorud-001";
    let answered_at = tx.now();
    put(
        tx,
        &Home::Participant {
            id: pid.into(),
            bydel_id: "grorud".into(),
        },
        Row::Answer(Answer {
            id: Answer::id_for(pid, &event_id),
            event_id,
            response: Response::CantCome,
            reason: Some("ወደይ ሓሚሙ – sick child".into()),
            answered_at,
            seen: None,
        }),
    )
}

fn seed_guidance(tx: &mut dyn Tx, bydel: &Bydel) -> Result<(), SeedError> {
    let home = Home::Bydel {
        id: bydel.id.to_owned(),
    };
    let articles = [
        (
            "nb",
            "recognition",
            "Godkjenning av utdanning",
            "HK-dir vurderer utdanning fra utlandet. Saksbehandlingen tar vanligvis rundt fire måneder etter at alle dokumentene er kommet inn. Veilederen din hjelper deg med søknaden.",
        ),
        (
            "en",
            "recognition",
            "Recognition of education",
            "HK-dir assesses education from abroad. Processing usually takes about four months after all documents have arrived. Your caseworker helps you with the application.",
        ),
        (
            "nb",
            "translation",
            "Oversettelse av dokumenter",
            "Dokumenter som ikke er på engelsk, norsk, svensk eller dansk må oversettes av en statsautorisert translatør.",
        ),
        (
            "en",
            "translation",
            "Translating documents",
            "Documents that are not in English, Norwegian, Swedish or Danish must be translated by a state-authorised translator.",
        ),
    ];
    for (lang, topic, title, body) in articles {
        put(
            tx,
            &home,
            Row::Guidance(Guidance {
                id: format!("demo-guide-{}-{topic}-{lang}", bydel.id),
                lang: lang.into(),
                topic: topic.into(),
                title: title.into(),
                body: body.into(),
            }),
        )?;
    }
    Ok(())
}

const ALL_RECOGNITION: [RecognitionStatus; 9] = [
    RecognitionStatus::NotApplied,
    RecognitionStatus::Draft,
    RecognitionStatus::Submitted,
    RecognitionStatus::DocumentsMissing,
    RecognitionStatus::InProcessing,
    RecognitionStatus::DecidedFull,
    RecognitionStatus::DecidedPartial,
    RecognitionStatus::Rejected,
    RecognitionStatus::Appealed,
];

fn seed_participant(
    tx: &mut dyn Tx,
    rng: &mut StdRng,
    bydel: &Bydel,
    n: usize,
    journey: Option<&Journey>,
    courses: &[String],
    today: NaiveDate,
) -> Result<(), SeedError> {
    let id = format!("demo-{}-{:03}", bydel.id, n + 1);
    let home = Home::Participant {
        id: id.clone(),
        bydel_id: bydel.id.to_owned(),
    };
    let (given, lang) = *GIVEN.choose(rng).unwrap_or(&GIVEN[0]);
    let family = FAMILY.choose(rng).copied().unwrap_or(FAMILY[0]);
    let (name, lang, settled_days_ago) = match journey {
        Some(j) => (j.name.to_owned(), j.lang, j.settled_days_ago),
        None => (format!("{given} {family}"), lang, rng.random_range(20..700)),
    };
    let settled_on = today - Duration::days(settled_days_ago);
    // Some recently settled participants have no programme decision yet: the console flags them.
    let decided = settled_days_ago > 90 || rng.random_bool(0.5);
    let programme_start = decided.then(|| settled_on + Duration::days(rng.random_range(20..110)));
    let (cw_name, _, _) = bydel.caseworkers[0];
    let recognition_relevant = journey.map_or(rng.random_bool(0.4), |j| j.credential.is_some());
    let sluttmaal = SLUTTMAAL.choose(rng).copied().unwrap_or(SLUTTMAAL[0]);
    put(
        tx,
        &home,
        Row::Profile(Profile {
            id: id.clone(),
            name,
            bydel_id: bydel.id.into(),
            bydel_name: bydel.name.into(),
            preferred_language: lang.into(),
            settled_on,
            programme_decided_on: programme_start.map(|s| s - Duration::days(14)),
            programme_start,
            programme_end: programme_start.map(|s| s + Duration::days(730)),
            sluttmaal: Some(Text::nb(sluttmaal)),
            norskmaal: Some(Text::nb("Norsk muntlig og skriftlig på nivå B1")),
            caseworker_id: Some(format!("cw-{}-1", bydel.id)),
            caseworker_name: Some(cw_name.into()),
            recognition_relevant,
        }),
    )?;
    let Some(start) = programme_start else {
        // Not started: only the first meeting is planned.
        return seed_meeting(tx, &home, &id, bydel, today, 0, EventKind::Kartlegging);
    };
    let goal = |k: &str| format!("{id}-goal-{k}");
    let goals = [
        (goal("slutt"), GoalKind::Sluttmaal, sluttmaal.to_owned()),
        (
            goal("norsk"),
            GoalKind::Norskmaal,
            "Norsk B1 muntlig".to_owned(),
        ),
        (
            goal("del"),
            GoalKind::Delmaal,
            DELMAAL
                .choose(rng)
                .copied()
                .unwrap_or(DELMAAL[0])
                .to_owned(),
        ),
    ];
    for (gid, kind, title) in &goals {
        put(
            tx,
            &home,
            Row::Goal(Goal {
                id: gid.clone(),
                goal_kind: *kind,
                title: Text::nb(title.clone()),
                status: GoalStatus::Active,
                target_date: Some(start + Duration::days(700)),
            }),
        )?;
    }
    let activities = [
        (
            goal("norsk"),
            ActivityType::NorwegianCourse,
            "Norskkurs hos Voksenopplæringen",
            ActivityStatus::InProgress,
            Owner::Caseworker,
            120,
        ),
        (
            goal("del"),
            ActivityType::JobSearch,
            "Lage CV og søknadsbrev",
            ActivityStatus::Planned,
            Owner::Participant,
            10,
        ),
        (
            goal("del"),
            ActivityType::Course,
            "Kurs i digital kompetanse",
            ActivityStatus::Done,
            Owner::Participant,
            -20,
        ),
        (
            goal("slutt"),
            ActivityType::Meeting,
            "Møte med Nav om jobbmuligheter",
            ActivityStatus::Proposed,
            Owner::Participant,
            30,
        ),
    ];
    for (k, (gid, ty, title, status, owner, due_in)) in activities.into_iter().enumerate() {
        put(
            tx,
            &home,
            Row::Activity(Activity {
                id: format!("{id}-act-{k}"),
                goal_id: Some(gid),
                activity_type: ty,
                status,
                owner,
                agreed: status != ActivityStatus::Proposed,
                title: Text::nb(title),
                description: None,
                due: Some(today + Duration::days(due_in)),
                starts_on: None,
                ends_on: None,
                place: None,
                seen: None,
                response: None,
                from_event_id: None,
            }),
        )?;
    }
    let in_course = journey.is_some() || rng.random_bool(0.8);
    if in_course && let Some(course) = courses.get(n % courses.len()) {
        put(
            tx,
            &home,
            Row::CourseMembership(CourseMembership {
                id: format!("member:{course}:{id}"),
                course_id: course.clone(),
            }),
        )?;
    }
    // Language practice (språkpraksis) for about half, and for Ahmad: two days a week in a shop.
    let ahmad = journey.is_some_and(|j| j.name.starts_with("Ahmad"));
    if ahmad || (settled_days_ago > 200 && rng.random_bool(0.5)) {
        seed_placement(tx, rng, &home, &id, today)?;
    }
    seed_meeting(tx, &home, &id, bydel, today, 1, EventKind::Meeting)?;
    if ahmad || rng.random_bool(0.3) {
        seed_meeting(tx, &home, &id, bydel, today, 2, EventKind::Trekantsamtale)?;
    }
    if recognition_relevant {
        let (credential, route, status) = journey.and_then(|j| j.credential).unwrap_or((
            "Bachelor i ingeniørfag",
            RecognitionRoute::HkdirGeneral,
            ALL_RECOGNITION[n % ALL_RECOGNITION.len()],
        ));
        seed_recognition(tx, &home, &id, today, credential, route, status)?;
    }
    seed_messages(tx, &home, &id, cw_name, today)
}

fn seed_placement(
    tx: &mut dyn Tx,
    rng: &mut StdRng,
    home: &Home,
    id: &str,
    today: NaiveDate,
) -> Result<(), SeedError> {
    let place = PLACES.choose(rng).copied().unwrap_or(PLACES[0]);
    let activity_id = format!("{id}-praksis");
    put(
        tx,
        home,
        Row::Activity(Activity {
            id: activity_id.clone(),
            goal_id: Some(format!("{id}-goal-norsk")),
            activity_type: ActivityType::LanguagePractice,
            status: ActivityStatus::InProgress,
            owner: Owner::Caseworker,
            agreed: true,
            title: Text::nb(format!("Språkpraksis hos {place}")),
            description: Some(Text::nb("To dager i uka, tirsdag og fredag")),
            due: None,
            starts_on: Some(today - Duration::days(30)),
            ends_on: Some(today + Duration::days(60)),
            place: Some(Text::nb(place)),
            seen: None,
            response: None,
            from_event_id: None,
        }),
    )?;
    for week in 0..3 {
        for day in [Weekday::Tue, Weekday::Fri] {
            let date = next_weekday(today + Duration::weeks(week) - Duration::days(1), day);
            put(
                tx,
                home,
                Row::Event(Event {
                    id: format!("{id}-shift-{week}-{day}"),
                    event_kind: EventKind::PlacementShift,
                    course_id: None,
                    activity_id: Some(activity_id.clone()),
                    title: Some(Text::nb("Språkpraksis")),
                    starts_at: oslo(date, 8, 0),
                    ends_at: oslo(date, 14, 0),
                    place: Some(Text::nb(place)),
                    room: None,
                    bring: Some(Text::nb("Arbeidsklær og matpakke")),
                    parties: vec![Party {
                        role: PartyRole::Employer,
                        name: Some("Butikksjef".into()),
                    }],
                    status: EventStatus::Scheduled,
                    agenda: None,
                    next_steps: None,
                    school_part: None,
                    previous: None,
                }),
            )?;
        }
    }
    Ok(())
}

/// The day of a participant's `k`th seeded meeting (it starts at 9 + k o'clock).
fn meeting_day(today: NaiveDate, k: i64) -> NaiveDate {
    next_weekday(
        today + Duration::days(k * 2),
        [Weekday::Tue, Weekday::Wed, Weekday::Fri][k as usize % 3],
    )
}

fn seed_meeting(
    tx: &mut dyn Tx,
    home: &Home,
    id: &str,
    bydel: &Bydel,
    today: NaiveDate,
    k: i64,
    kind: EventKind,
) -> Result<(), SeedError> {
    let date = meeting_day(today, k);
    let (title, parties, bring, agenda) = match kind {
        EventKind::Kartlegging => (
            "Kartleggingssamtale",
            vec![
                Party {
                    role: PartyRole::Participant,
                    name: None,
                },
                Party {
                    role: PartyRole::Caseworker,
                    name: Some(bydel.caseworkers[0].0.into()),
                },
                Party {
                    role: PartyRole::Interpreter,
                    name: None,
                },
            ],
            "Pass og eventuelle vitnemål",
            "Utdanning, arbeidserfaring og mål",
        ),
        EventKind::Trekantsamtale => (
            "Trekantsamtale",
            vec![
                Party {
                    role: PartyRole::Participant,
                    name: None,
                },
                Party {
                    role: PartyRole::NavAdviser,
                    name: Some(bydel.caseworkers[0].0.into()),
                },
                Party {
                    role: PartyRole::Teacher,
                    name: Some("Anne Solberg".into()),
                },
            ],
            "Timeplanen din",
            "Hvordan går norskkurset og praksisen? Neste steg mot jobb.",
        ),
        _ => (
            "Oppfølgingssamtale",
            vec![
                Party {
                    role: PartyRole::Participant,
                    name: None,
                },
                Party {
                    role: PartyRole::Caseworker,
                    name: Some(bydel.caseworkers[0].0.into()),
                },
            ],
            "Bankkort og timeplan",
            "Gjennomgang av planen",
        ),
    };
    put(
        tx,
        home,
        Row::Event(Event {
            id: format!("{id}-meeting-{k}"),
            event_kind: kind,
            course_id: None,
            activity_id: None,
            title: Some(Text::nb(title)),
            starts_at: oslo(date, 9 + k as u32, 0),
            ends_at: oslo(date, 10 + k as u32, 0),
            place: Some(Text::nb(bydel.office)),
            room: None,
            bring: Some(Text::nb(bring)),
            parties,
            status: EventStatus::Scheduled,
            agenda: Some(Text::nb(agenda)),
            next_steps: None,
            school_part: None,
            previous: None,
        }),
    )
}

fn seed_recognition(
    tx: &mut dyn Tx,
    home: &Home,
    id: &str,
    today: NaiveDate,
    credential: &str,
    route: RecognitionRoute,
    status: RecognitionStatus,
) -> Result<(), SeedError> {
    let case_id = format!("{id}-case");
    let position = ALL_RECOGNITION
        .iter()
        .position(|s| *s == status)
        .unwrap_or(0);
    let history = ALL_RECOGNITION[..=position]
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            // A case passes through the statuses in order, skipping the other decisions.
            !matches!(
                s,
                RecognitionStatus::DecidedFull
                    | RecognitionStatus::DecidedPartial
                    | RecognitionStatus::Rejected
            ) || **s == status
                || status == RecognitionStatus::Appealed && **s == RecognitionStatus::Rejected
        })
        .map(|(k, s)| StatusChange {
            status: *s,
            on: today - Duration::days(20 * (position as i64 - k as i64)),
        })
        .collect();
    let submitted = position >= 2;
    put(
        tx,
        home,
        Row::RecognitionCase(RecognitionCase {
            id: case_id.clone(),
            credential: Text::nb(credential),
            country: Some(
                if route == RecognitionRoute::RegulatedProfession {
                    "Ukraina"
                } else {
                    "Syria"
                }
                .into(),
            ),
            level: Some("Bachelor".into()),
            route,
            authority: Some(
                match route {
                    RecognitionRoute::RegulatedProfession => "Helsedirektoratet",
                    RecognitionRoute::HkdirGeneral => "HK-dir",
                    RecognitionRoute::Vocational => "Oslo fylkeskommune",
                }
                .into(),
            ),
            status,
            case_number: submitted.then(|| format!("26/{:05}", id.len() * 997 % 100_000)),
            history,
            sent: None,
        }),
    )?;
    let docs = [
        (DocumentKind::Diploma, true),
        (DocumentKind::Transcript, true),
        (DocumentKind::Translation, false),
        (DocumentKind::PassportCopy, false),
    ];
    for (k, (kind, have)) in docs.into_iter().enumerate() {
        let status = if submitted && status != RecognitionStatus::DocumentsMissing {
            DocumentStatus::Received
        } else if have {
            DocumentStatus::Ready
        } else {
            DocumentStatus::Missing
        };
        put(
            tx,
            home,
            Row::RequiredDocument(RequiredDocument {
                id: format!("{case_id}-doc-{k}"),
                case_id: case_id.clone(),
                document_kind: kind,
                status,
                note: (kind == DocumentKind::Translation)
                    .then(|| Text::nb("Må oversettes av statsautorisert translatør")),
                seen: None,
                verdict: None,
            }),
        )?;
    }
    Ok(())
}

fn seed_messages(
    tx: &mut dyn Tx,
    home: &Home,
    id: &str,
    cw_name: &str,
    today: NaiveDate,
) -> Result<(), SeedError> {
    let thread = [
        (
            Author::Caseworker,
            "Hei! Velkommen til introduksjonsprogrammet. Si fra hvis du lurer på noe.",
            14,
            true,
        ),
        (
            Author::Participant,
            "Takk! Når begynner norskkurset?",
            13,
            true,
        ),
    ];
    for (k, (author, body, days_ago, read)) in thread.into_iter().enumerate() {
        let sent_at = oslo(today - Duration::days(days_ago), 10, 15);
        put(
            tx,
            home,
            Row::Message(Message {
                id: format!("{id}-msg-{k}"),
                author,
                author_name: (author == Author::Caseworker).then(|| cw_name.to_owned()),
                body: Text::nb(body),
                sent_at,
                read_at: read.then_some(sent_at + Duration::hours(3)),
                template: None,
                seen: None,
            }),
        )?;
    }
    // The reminder to bring papers to the next meeting, from a template: shown in the
    // participant's language.
    let template = MessageTemplate {
        key: "bring_documents".into(),
        params: [
            (
                "at".to_owned(),
                TemplateValue::DateTime(oslo(meeting_day(today, 1), 10, 0)),
            ),
            (
                "documents".to_owned(),
                TemplateValue::DocumentKinds(vec![
                    DocumentKind::PassportCopy,
                    DocumentKind::Diploma,
                ]),
            ),
        ]
        .into(),
        note: None,
    };
    let body = templates::body(&template).ok_or_else(|| {
        SeedError::Invalid(
            format!("{id}-msg-template"),
            "the template's Norwegian text is missing".into(),
        )
    })?;
    put(
        tx,
        home,
        Row::Message(Message {
            id: format!("{id}-msg-template"),
            author: Author::Caseworker,
            author_name: Some(cw_name.to_owned()),
            body: Text::nb(body),
            sent_at: oslo(today - Duration::days(1), 10, 15),
            read_at: None,
            template: Some(template),
            seen: None,
        }),
    )?;
    Ok(())
}

/// For tests: the seeded caseworkers' ids and bydeler.
pub fn demo_caseworker_ids() -> Vec<(String, String)> {
    BYDELER
        .iter()
        .flat_map(|b| {
            (0..b.caseworkers.len())
                .map(move |i| (format!("cw-{}-{}", b.id, i + 1), b.id.to_owned()))
        })
        .collect()
}
