//! Messages from templates on the server: the check against the closed list
//! (`veikart_protocol::template::MESSAGE_TEMPLATES`) and the Norwegian text the server stores as
//! the message's body. The text comes from the same Fluent file the app shows it from
//! (`locales/nb/app.ftl`, `msg-template-<key>`), and dates are written with that file's calendar
//! words and patterns, so the body reads as the Norwegian app would show it.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Europe::Oslo;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use veikart_protocol::template::{ParamKind, TemplateSpec, template_body, template_spec};
use veikart_protocol::{DocumentKind, MessageTemplate, TemplateValue};

use super::timetable::YEARS;
use super::validate::{self, TextProblem};

/// Characters of the caseworker's own words under a template's text (the body holds both).
pub const MAX_NOTE: usize = 2000;

/// What is wrong with a template message, for the console to show at the field concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateProblem {
    /// Not one of the templates.
    UnknownKey,
    /// The template needs this parameter.
    Missing(&'static str),
    /// This parameter has a value of another type than the template's.
    WrongType(&'static str),
    /// The template has no parameter of this name.
    Unexpected(String),
    /// A date outside 2000–2100 (a typing mistake).
    Year(&'static str),
    /// A list of documents that is empty, or names a document twice.
    Documents(&'static str),
    /// The caseworker's own words.
    Note(TextProblem),
}

impl std::fmt::Display for TemplateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TemplateProblem::UnknownKey => write!(f, "no such message template"),
            TemplateProblem::Missing(p) => write!(f, "the template needs the parameter {p}"),
            TemplateProblem::WrongType(p) => write!(f, "the parameter {p} has the wrong type"),
            TemplateProblem::Unexpected(p) => write!(
                f,
                "the template has no parameter {:?}",
                p.chars().take(40).collect::<String>()
            ),
            TemplateProblem::Year(p) => write!(f, "the parameter {p} is not in 2000–2100"),
            TemplateProblem::Documents(p) => {
                write!(f, "{p} must name one or more documents, each once")
            }
            TemplateProblem::Note(problem) => write!(f, "note: {problem:?}"),
        }
    }
}

fn in_years(d: NaiveDate) -> bool {
    YEARS.contains(&d.year())
}

/// Check a template message against the closed list: a known key, exactly its parameters, each of
/// its type and sensible, and the note as any free text.
pub fn check(t: &MessageTemplate) -> Result<&'static TemplateSpec, TemplateProblem> {
    let spec = template_spec(&t.key).ok_or(TemplateProblem::UnknownKey)?;
    if let Some(extra) = t
        .params
        .keys()
        .find(|k| !spec.params.iter().any(|(name, _)| name == k))
    {
        return Err(TemplateProblem::Unexpected(extra.clone()));
    }
    for (name, kind) in spec.params {
        let value = t.params.get(*name).ok_or(TemplateProblem::Missing(name))?;
        if !kind.admits(value) {
            return Err(TemplateProblem::WrongType(name));
        }
        match value {
            TemplateValue::DateTime(at) if !in_years(at.with_timezone(&Oslo).date_naive()) => {
                return Err(TemplateProblem::Year(name));
            }
            TemplateValue::Date(d) if !in_years(*d) => return Err(TemplateProblem::Year(name)),
            TemplateValue::DocumentKinds(kinds) => {
                let mut seen = kinds.clone();
                seen.sort_by_key(|k| *k as u8);
                seen.dedup();
                if kinds.is_empty() || seen.len() != kinds.len() {
                    return Err(TemplateProblem::Documents(name));
                }
            }
            _ => {}
        }
    }
    if let Some(note) = &t.note
        && let Some(problem) = validate::text_problem(note, MAX_NOTE)
    {
        return Err(TemplateProblem::Note(problem));
    }
    Ok(spec)
}

/// The Norwegian Fluent file's messages. Isolation marks would end up in the stored body.
static NB: LazyLock<Result<FluentBundle<FluentResource>, String>> = LazyLock::new(|| {
    let resource =
        FluentResource::try_new(include_str!("../../../../locales/nb/app.ftl").to_owned())
            .map_err(|(_, errors)| format!("nb/app.ftl: {errors:?}"))?;
    let id = "nb"
        .parse::<unic_langid::LanguageIdentifier>()
        .map_err(|e| format!("nb: {e:?}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("nb/app.ftl: {errors:?}"))?;
    Ok(bundle)
});

/// A message of nb/app.ftl, or `None` when it is missing (a test checks every one used is there).
fn nb(key: &str, args: &[(&str, String)]) -> Option<String> {
    let bundle = NB.as_ref().ok()?;
    let pattern = bundle.get_message(key)?.value()?;
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        fargs.set(*name, FluentValue::from(value.clone()));
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned();
    errors.is_empty().then_some(text)
}

fn calendar(day: NaiveDate) -> Option<[(&'static str, String); 4]> {
    Some([
        (
            "weekday",
            nb(
                &format!("cal-weekday-{}", day.weekday().num_days_from_sunday()),
                &[],
            )?,
        ),
        ("day", day.day().to_string()),
        ("month", nb(&format!("cal-month-{}", day.month()), &[])?),
        ("year", day.year().to_string()),
    ])
}

/// "tirsdag 18. august kl. 09:00", in Oslo.
fn date_time(at: DateTime<Utc>) -> Option<String> {
    let local = at.with_timezone(&Oslo);
    let day = nb("cal-pattern-day-long", &calendar(local.date_naive())?)?;
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    nb(
        "cal-pattern-date-time",
        &[("day", day), ("time", time.clone())],
    )
}

/// "17. august 2026".
fn date(d: NaiveDate) -> Option<String> {
    nb("cal-pattern-date", &calendar(d)?)
}

fn document(kind: DocumentKind) -> Option<String> {
    let code = serde_json::to_value(kind).ok()?;
    nb(&format!("doc-kind-{}", code.as_str()?), &[])
}

/// The template's text in Norwegian, with its values (documents listed under it). For a template
/// that passed [`check`]; `None` only if nb/app.ftl lacks one of its words.
pub fn norwegian(t: &MessageTemplate) -> Option<String> {
    let spec = template_spec(&t.key)?;
    let mut args = Vec::new();
    let mut items = Vec::new();
    for (name, _) in spec.params {
        match t.params.get(*name)? {
            TemplateValue::DateTime(at) => args.push((*name, date_time(*at)?)),
            TemplateValue::Date(d) => args.push((*name, date(*d)?)),
            TemplateValue::DocumentKind(k) => items.push(document(*k)?),
            TemplateValue::DocumentKinds(kinds) => {
                for k in kinds {
                    items.push(document(*k)?);
                }
            }
            TemplateValue::Other(_) => return None,
        }
    }
    let mut text = nb(&format!("msg-template-{}", spec.key), &args)?;
    for item in items {
        text.push_str("\n– ");
        text.push_str(&item);
    }
    Some(text)
}

/// The message's body: the template's Norwegian text, then the caseworker's own words.
pub fn body(t: &MessageTemplate) -> Option<String> {
    Some(template_body(&norwegian(t)?, t.note.as_deref()))
}

/// The template's Norwegian text with a placeholder for each value (`[label]`), to show what a
/// form will send before it is filled in. `label` names a parameter in the reader's language.
pub fn norwegian_outline(spec: &TemplateSpec, label: impl Fn(&str) -> String) -> Option<String> {
    let mut args = Vec::new();
    let mut items = Vec::new();
    for (name, kind) in spec.params {
        let placeholder = format!("[{}]", label(name));
        match kind {
            ParamKind::DateTime | ParamKind::Date => args.push((*name, placeholder)),
            ParamKind::DocumentKind | ParamKind::DocumentKinds => items.push(placeholder),
        }
    }
    let mut text = nb(&format!("msg-template-{}", spec.key), &args)?;
    for item in items {
        text.push_str("\n– ");
        text.push_str(&item);
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use veikart_protocol::template::MESSAGE_TEMPLATES;

    fn template(key: &str, params: Vec<(&str, TemplateValue)>) -> MessageTemplate {
        MessageTemplate {
            key: key.into(),
            params: params.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            note: None,
        }
    }

    fn at(s: &str) -> TemplateValue {
        TemplateValue::DateTime(s.parse().unwrap())
    }

    /// A value of each parameter's type, so every template can be rendered.
    fn filled(spec: &TemplateSpec) -> MessageTemplate {
        template(
            spec.key,
            spec.params
                .iter()
                .map(|(name, kind)| {
                    let v = match kind {
                        ParamKind::DateTime => at("2026-08-18T07:00:00Z"),
                        ParamKind::Date => TemplateValue::Date("2026-08-17".parse().unwrap()),
                        ParamKind::DocumentKind => TemplateValue::DocumentKind(DocumentKind::Cv),
                        ParamKind::DocumentKinds => TemplateValue::DocumentKinds(vec![
                            DocumentKind::PassportCopy,
                            DocumentKind::Diploma,
                        ]),
                    };
                    (*name, v)
                })
                .collect(),
        )
    }

    #[test]
    fn every_template_renders_in_norwegian_from_the_apps_own_file() {
        assert!(NB.is_ok(), "{:?}", NB.as_ref().err());
        for spec in &MESSAGE_TEMPLATES {
            let t = filled(spec);
            assert_eq!(check(&t), Ok(spec));
            let text = norwegian(&t).unwrap_or_else(|| panic!("{} does not render", spec.key));
            assert!(!text.contains('{') && !text.contains('['), "{text}");
            assert!(norwegian_outline(spec, |p| p.to_uppercase()).is_some());
        }
    }

    /// Every template has its text in every language of the app, with no value the Norwegian text
    /// lacks, and its name and fields in both languages of the console.
    #[test]
    fn every_template_is_in_every_app_language_and_named_in_the_console() {
        let apps = crate::domain::wording::APP_FTL;
        assert_eq!(apps.len(), crate::domain::LANGUAGES.len());
        let console = crate::console::i18n::I18n::load().unwrap();
        for spec in &MESSAGE_TEMPLATES {
            let key = format!("msg-template-{}", spec.key);
            for (lang, src) in apps {
                let line = src
                    .lines()
                    .find(|l| l.starts_with(&format!("{key} =")))
                    .unwrap_or_else(|| panic!("{key} missing in {lang}/app.ftl"));
                for var in line.split("{ $").skip(1) {
                    let name = var.split([' ', '}']).next().unwrap_or_default();
                    assert!(
                        spec.params.iter().any(|(p, _)| *p == name),
                        "{lang}/{key} uses ${name}, which the template does not have"
                    );
                }
            }
            for lang in crate::console::i18n::LANGS {
                assert!(console.has(lang, &format!("template-name-{}", spec.key)));
                for (name, kind) in spec.params {
                    let fields: Vec<String> = match kind {
                        ParamKind::DateTime => vec![
                            format!("template-param-{name}"),
                            format!("template-param-{name}-date"),
                            format!("template-param-{name}-time"),
                        ],
                        _ => vec![format!("template-param-{name}")],
                    };
                    for f in fields {
                        assert!(console.has(lang, &f), "{f} missing in {lang}/console.ftl");
                    }
                }
            }
        }
    }

    #[test]
    fn dates_are_oslo_time_in_norwegian_words() {
        // 07:00 UTC in August is 09:00 in Oslo; 23:30 UTC on 31 December is 00:30 on 1 January.
        let t = template(
            "bring_documents",
            vec![
                ("at", at("2026-08-18T07:00:00Z")),
                (
                    "documents",
                    TemplateValue::DocumentKinds(vec![
                        DocumentKind::PassportCopy,
                        DocumentKind::Diploma,
                    ]),
                ),
            ],
        );
        assert_eq!(
            norwegian(&t).unwrap(),
            "Ta med dette til møtet vårt (tirsdag 18. august kl. 09:00):\n– Kopi av pass\n– Vitnemål"
        );
        let t = template("meeting_moved", vec![("at", at("2026-12-31T23:30:00Z"))]);
        assert_eq!(
            norwegian(&t).unwrap(),
            "Møtet vårt er flyttet. Ny tid er fredag 1. januar kl. 00:30."
        );
        let t = template(
            "programme_starts",
            vec![("on", TemplateValue::Date("2026-08-17".parse().unwrap()))],
        );
        assert_eq!(
            norwegian(&t).unwrap(),
            "Introduksjonsprogrammet ditt starter 17. august 2026."
        );
        let mut t = template("please_call", vec![]);
        t.note = Some("Etter kl. 12 er best.".into());
        assert_eq!(
            body(&t).unwrap(),
            "Kan du ringe meg når du har anledning?\n\nEtter kl. 12 er best."
        );
    }

    #[test]
    fn only_the_closed_list_with_exactly_its_typed_parameters_passes() {
        let d = || TemplateValue::Date("2026-08-17".parse().unwrap());
        let docs = |k: Vec<DocumentKind>| TemplateValue::DocumentKinds(k);
        let cases: Vec<(MessageTemplate, TemplateProblem)> = vec![
            (template("send_money", vec![]), TemplateProblem::UnknownKey),
            (
                template("meeting_moved", vec![]),
                TemplateProblem::Missing("at"),
            ),
            (
                template("meeting_moved", vec![("at", d())]),
                TemplateProblem::WrongType("at"),
            ),
            (
                template(
                    "meeting_moved",
                    vec![("at", at("2026-08-18T07:00:00Z")), ("room", d())],
                ),
                TemplateProblem::Unexpected("room".into()),
            ),
            (
                template("please_call", vec![("at", at("2026-08-18T07:00:00Z"))]),
                TemplateProblem::Unexpected("at".into()),
            ),
            (
                template(
                    "programme_starts",
                    vec![("on", TemplateValue::Date("1926-08-17".parse().unwrap()))],
                ),
                TemplateProblem::Year("on"),
            ),
            (
                template("meeting_reminder", vec![("at", at("2201-01-01T10:00:00Z"))]),
                TemplateProblem::Year("at"),
            ),
            (
                template(
                    "bring_documents",
                    vec![
                        ("at", at("2026-08-18T07:00:00Z")),
                        ("documents", docs(vec![])),
                    ],
                ),
                TemplateProblem::Documents("documents"),
            ),
            (
                template(
                    "bring_documents",
                    vec![
                        ("at", at("2026-08-18T07:00:00Z")),
                        (
                            "documents",
                            docs(vec![
                                DocumentKind::Cv,
                                DocumentKind::Diploma,
                                DocumentKind::Cv,
                            ]),
                        ),
                    ],
                ),
                TemplateProblem::Documents("documents"),
            ),
            (
                template(
                    "document_needed",
                    vec![(
                        "document",
                        TemplateValue::Other(
                            serde_json::json!({"type": "document_kind", "value": "driving_licence"}),
                        ),
                    )],
                ),
                TemplateProblem::WrongType("document"),
            ),
        ];
        for (t, problem) in cases {
            assert_eq!(check(&t), Err(problem.clone()), "{t:?}");
        }
        let mut t = template("please_call", vec![]);
        t.note = Some("\u{202E}llac".into());
        assert_eq!(check(&t), Err(TemplateProblem::Note(TextProblem::Bidi)));
        t.note = Some("x".repeat(MAX_NOTE + 1));
        assert_eq!(
            check(&t),
            Err(TemplateProblem::Note(TextProblem::TooLong(MAX_NOTE)))
        );
        t.note = Some("Etter kl. 12.".into());
        assert!(check(&t).is_ok());
    }
}
