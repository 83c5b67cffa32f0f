//! Loading shared/fixtures/reference-participant.json (a neutral shape) onto Veikart's model.

use anyhow::{Context, bail};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Oslo;
use serde_json::Value;
use veikart_protocol::*;

fn s<'a>(v: &'a Value, k: &str) -> anyhow::Result<&'a str> {
    v[k].as_str().with_context(|| format!("{k} missing in {v}"))
}

fn date(v: &Value, k: &str) -> anyhow::Result<NaiveDate> {
    Ok(NaiveDate::parse_from_str(s(v, k)?, "%Y-%m-%d")?)
}

fn opt_date(v: &Value, k: &str) -> anyhow::Result<Option<NaiveDate>> {
    v[k].as_str()
        .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d"))
        .transpose()
        .map_err(Into::into)
}

fn oslo(day: NaiveDate, hm: &str) -> anyhow::Result<DateTime<Utc>> {
    let t = NaiveDateTime::parse_from_str(&format!("{day} {hm}"), "%Y-%m-%d %H:%M")?;
    Oslo.from_local_datetime(&t)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .context("no such Oslo time")
}

fn id(v: &Value) -> anyhow::Result<String> {
    Ok(s(v, "id")?.replace(':', "-"))
}

/// Where a fixture row goes: the participant's scope, or the course's.
#[derive(Clone)]
pub enum Placed {
    Participant(Row),
    Course(String, Row),
}

/// Every row of the fixture as Veikart rows, plus the participant's answers and course membership.
pub fn load(json: &str, participant_id: &str) -> anyhow::Result<Vec<Placed>> {
    let items: Vec<Value> = serde_json::from_str(json)?;
    let mut out = Vec::new();
    for v in &items {
        let row = match s(v, "type")? {
            "profile" => Row::Profile(Profile {
                id: participant_id.to_owned(),
                name: s(v, "name")?.to_owned(),
                bydel_id: String::new(),
                bydel_name: s(v, "bydel")?.to_owned(),
                preferred_language: s(v, "preferred_language")?.to_owned(),
                settled_on: date(v, "settled_on")?,
                programme_decided_on: None,
                programme_start: opt_date(v, "programme_start")?,
                programme_end: opt_date(v, "programme_end")?,
                sluttmaal: None,
                norskmaal: None,
                caseworker_id: None,
                caseworker_name: Some(s(v, "caseworker")?.to_owned()),
                recognition_relevant: true,
            }),
            "goal" => Row::Goal(Goal {
                id: id(v)?,
                goal_kind: match s(v, "kind")? {
                    "sluttmaal" => GoalKind::Sluttmaal,
                    "norskmaal" => GoalKind::Norskmaal,
                    _ => GoalKind::Delmaal,
                },
                title: Text::nb(s(v, "title")?),
                status: if s(v, "status")? == "oppnaadd" {
                    GoalStatus::Achieved
                } else {
                    GoalStatus::Active
                },
                target_date: opt_date(v, "target_date")?,
            }),
            "activity" => Row::Activity(Activity {
                id: id(v)?,
                goal_id: v["goal_id"].as_str().map(|g| g.replace(':', "-")),
                activity_type: match s(v, "activity_type")? {
                    "PRAKSIS" => ActivityType::WorkPractice,
                    "GODKJENNING" => ActivityType::Recognition,
                    "NORSK" => ActivityType::NorwegianCourse,
                    "SAMTALE" => ActivityType::Meeting,
                    "JOBBSOK" => ActivityType::JobSearch,
                    "KURS" => ActivityType::Course,
                    _ => ActivityType::Other,
                },
                status: match s(v, "status")? {
                    "FULLFORT" => ActivityStatus::Done,
                    "GJENNOMFORES" => ActivityStatus::InProgress,
                    "FORSLAG" => ActivityStatus::Proposed,
                    "PLANLAGT" => ActivityStatus::Planned,
                    _ => ActivityStatus::Cancelled,
                },
                owner: if s(v, "owner")? == "deltaker" {
                    Owner::Participant
                } else {
                    Owner::Caseworker
                },
                agreed: s(v, "status")? != "FORSLAG",
                title: Text::nb(s(v, "title")?),
                description: v["description"].as_str().map(Text::nb),
                due: opt_date(v, "due")?,
                starts_on: None,
                ends_on: None,
                place: None,
                seen: None,
                response: None,
                from_event_id: None,
            }),
            "course" => {
                let course = id(v)?;
                out.push(Placed::Participant(Row::CourseMembership(
                    CourseMembership {
                        id: format!("member-{course}-{participant_id}"),
                        course_id: course.clone(),
                    },
                )));
                out.push(Placed::Course(
                    course.clone(),
                    Row::Course(Course {
                        id: course,
                        name: Text::nb(s(v, "name")?),
                        provider: s(v, "provider")?.to_owned(),
                        level: v["level"].as_str().map(str::to_owned),
                        starts_on: date(v, "start_date")?,
                        ends_on: date(v, "end_date")?,
                        school_id: None,
                        teacher_ids: Vec::new(),
                    }),
                ));
                continue;
            }
            "course_session" => {
                let course = s(v, "course_id")?.replace(':', "-");
                let day = date(v, "date")?;
                out.push(Placed::Course(
                    course.clone(),
                    Row::Event(Event {
                        id: id(v)?,
                        event_kind: EventKind::ClassSession,
                        course_id: Some(course),
                        activity_id: None,
                        title: None,
                        starts_at: oslo(day, s(v, "start")?)?,
                        ends_at: oslo(day, s(v, "end")?)?,
                        place: None,
                        room: v["room"].as_str().map(str::to_owned),
                        bring: None,
                        parties: vec![Party {
                            role: PartyRole::Teacher,
                            name: v["teacher"].as_str().map(str::to_owned),
                        }],
                        status: if s(v, "status")? == "avlyst" {
                            EventStatus::Cancelled
                        } else {
                            EventStatus::Scheduled
                        },
                        agenda: None,
                        next_steps: None,
                        school_part: None,
                        previous: None,
                    }),
                ));
                continue;
            }
            "meeting" => {
                let event_id = id(v)?;
                let starts_at: DateTime<Utc> = s(v, "time")?.parse()?;
                let parties = v["parties"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(|p| {
                        let (role, name) = p.split_once(':').unwrap_or((p, ""));
                        Party {
                            role: match role {
                                "deltaker" => PartyRole::Participant,
                                "tolk" => PartyRole::Interpreter,
                                "nav" => PartyRole::NavAdviser,
                                "praksissted" => PartyRole::Employer,
                                "laerer" => PartyRole::Teacher,
                                _ => PartyRole::Caseworker,
                            },
                            name: (!name.is_empty()).then(|| name.to_owned()),
                        }
                    })
                    .collect();
                if let Some(answer) = v["participant_answer"].as_str() {
                    out.push(Placed::Participant(Row::Answer(Answer {
                        id: Answer::id_for(participant_id, &event_id),
                        event_id: event_id.clone(),
                        response: if answer == "kommer" {
                            Response::Coming
                        } else {
                            Response::CantCome
                        },
                        reason: None,
                        answered_at: starts_at - chrono::Duration::days(2),
                        seen: None,
                    })));
                }
                Row::Event(Event {
                    id: event_id,
                    event_kind: match s(v, "kind")? {
                        "trekantsamtale" => EventKind::Trekantsamtale,
                        "kartlegging" => EventKind::Kartlegging,
                        _ => EventKind::Meeting,
                    },
                    course_id: None,
                    activity_id: None,
                    title: Some(Text::nb(s(v, "kind")?)),
                    starts_at,
                    ends_at: starts_at + chrono::Duration::hours(1),
                    place: Some(Text::nb(s(v, "place")?)),
                    room: None,
                    bring: None,
                    parties,
                    status: EventStatus::Scheduled,
                    agenda: v["agenda"].as_str().map(Text::nb),
                    next_steps: None,
                    school_part: None,
                    previous: None,
                })
            }
            "recognition_case" => {
                let status = match s(v, "status")? {
                    "til_behandling" => RecognitionStatus::InProcessing,
                    "under_arbeid" => RecognitionStatus::Draft,
                    _ => RecognitionStatus::NotApplied,
                };
                Row::RecognitionCase(RecognitionCase {
                    id: id(v)?,
                    credential: Text::nb("Utdanning fra utlandet"),
                    country: None,
                    level: None,
                    route: if s(v, "route")? == "lovregulert_yrke" {
                        RecognitionRoute::RegulatedProfession
                    } else {
                        RecognitionRoute::HkdirGeneral
                    },
                    authority: None,
                    status,
                    case_number: v["reference"].as_str().map(str::to_owned),
                    history: vec![StatusChange {
                        status,
                        on: date(v, "opened")?,
                    }],
                    sent: None,
                })
            }
            "required_document" => Row::RequiredDocument(RequiredDocument {
                id: id(v)?,
                case_id: s(v, "case_id")?.replace(':', "-"),
                document_kind: match s(v, "kind")? {
                    "vitnemaal" => DocumentKind::Diploma,
                    "karakterutskrift" => DocumentKind::Transcript,
                    "pass" => DocumentKind::PassportCopy,
                    "oversettelse" => DocumentKind::Translation,
                    "arbeidsattest" => DocumentKind::EmploymentCertificate,
                    "cv" => DocumentKind::Cv,
                    _ => DocumentKind::Other,
                },
                status: match s(v, "status")? {
                    "mangler" => DocumentStatus::Missing,
                    "levert" => DocumentStatus::Ready,
                    _ => DocumentStatus::Received,
                },
                note: v["note"].as_str().map(Text::nb),
                seen: None,
                verdict: None,
            }),
            "message" => {
                let author = s(v, "author")?;
                Row::Message(Message {
                    id: id(v)?,
                    author: if author == "deltaker" {
                        Author::Participant
                    } else {
                        Author::Caseworker
                    },
                    author_name: author.split_once(':').map(|(_, n)| n.to_owned()),
                    body: Text::nb(s(v, "body")?),
                    sent_at: s(v, "sent_at")?.parse()?,
                    read_at: None,
                    template: None,
                    seen: None,
                })
            }
            other => bail!("unknown fixture row type {other}"),
        };
        out.push(Placed::Participant(row));
    }
    Ok(out)
}
