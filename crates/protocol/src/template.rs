//! Message templates: the common things a caseworker tells a participant ("bring these documents to
//! our meeting", "your class is cancelled", "please call me"), sent as a key and typed values so
//! that each device shows them in its participant's own language, from its own Fluent files
//! (`msg-template-<key>` in `locales/<lang>/app.ftl`), with dates in Europe/Oslo time in the
//! participant's locale and documents by their translated names.
//!
//! The list is closed: the server refuses any other key, and any parameter the template does not
//! name or of another type. A message from a template still carries its text in Norwegian in
//! [`crate::Message::body`] (the server writes it), which is what a device shows when it does not
//! know the key: an older app, or a template added after it was built.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::row::DocumentKind;

/// A message made from one of [`MESSAGE_TEMPLATES`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MessageTemplate {
    /// One of the keys of [`MESSAGE_TEMPLATES`].
    pub key: String,
    /// The template's parameters by name, each with its type.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, TemplateValue>,
    /// Words the caseworker wrote under the template's text, in Norwegian. They cannot be
    /// translated on the device, which marks them as written in Norwegian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A parameter's value, with its type, so a device can format it without knowing the template:
/// `{"type": "date_time", "value": "2026-08-18T07:00:00Z"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum TemplateValue {
    /// An instant, shown as a day and a time in Europe/Oslo.
    DateTime(DateTime<Utc>),
    /// A calendar date.
    Date(NaiveDate),
    /// A document, shown by its translated name.
    DocumentKind(DocumentKind),
    /// Documents, shown as a list under the template's text.
    DocumentKinds(Vec<DocumentKind>),
    /// A value this build cannot read (a type or a document kind a newer server added), kept as it
    /// came so that it is not lost when the row is stored again. A message with one is shown from
    /// its Norwegian body.
    #[serde(untagged)]
    Other(
        #[cfg_attr(feature = "ts", ts(type = "{ type: string, value?: unknown }"))]
        serde_json::Value,
    ),
}

/// The type a template's parameter must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    DateTime,
    Date,
    DocumentKind,
    DocumentKinds,
}

impl ParamKind {
    /// Whether `value` is of this type.
    pub fn admits(self, value: &TemplateValue) -> bool {
        matches!(
            (self, value),
            (ParamKind::DateTime, TemplateValue::DateTime(_))
                | (ParamKind::Date, TemplateValue::Date(_))
                | (ParamKind::DocumentKind, TemplateValue::DocumentKind(_))
                | (ParamKind::DocumentKinds, TemplateValue::DocumentKinds(_))
        )
    }
}

/// One template: its key and its parameters, each required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateSpec {
    pub key: &'static str,
    pub params: &'static [(&'static str, ParamKind)],
}

/// Every template there is. A new one needs its text in every `app.ftl` (`msg-template-<key>`) and
/// its name in every `console.ftl` (`template-name-<key>`); tests on both sides check that.
pub const MESSAGE_TEMPLATES: [TemplateSpec; 8] = [
    TemplateSpec {
        key: "bring_documents",
        params: &[
            ("at", ParamKind::DateTime),
            ("documents", ParamKind::DocumentKinds),
        ],
    },
    TemplateSpec {
        key: "meeting_reminder",
        params: &[("at", ParamKind::DateTime)],
    },
    TemplateSpec {
        key: "meeting_moved",
        params: &[("at", ParamKind::DateTime)],
    },
    TemplateSpec {
        key: "class_cancelled",
        params: &[("at", ParamKind::DateTime)],
    },
    TemplateSpec {
        key: "please_call",
        params: &[],
    },
    TemplateSpec {
        key: "document_accepted",
        params: &[("document", ParamKind::DocumentKind)],
    },
    TemplateSpec {
        key: "document_needed",
        params: &[("document", ParamKind::DocumentKind)],
    },
    TemplateSpec {
        key: "programme_starts",
        params: &[("on", ParamKind::Date)],
    },
];

/// The template with this key, if there is one.
pub fn template_spec(key: &str) -> Option<&'static TemplateSpec> {
    MESSAGE_TEMPLATES.iter().find(|t| t.key == key)
}

/// The body of a message from a template: the template's Norwegian text, then the caseworker's
/// own words after a blank line.
pub fn template_body(norwegian: &str, note: Option<&str>) -> String {
    match note {
        Some(note) => format!("{norwegian}\n\n{note}"),
        None => norwegian.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    #[test]
    fn values_carry_their_type() {
        let t = MessageTemplate {
            key: "bring_documents".into(),
            params: [
                (
                    "at".to_owned(),
                    TemplateValue::DateTime("2026-08-18T07:00:00Z".parse().unwrap()),
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
        let v = serde_json::to_value(&t).unwrap();
        assert_eq!(
            v,
            json!({"key": "bring_documents", "params": {
                "at": {"type": "date_time", "value": "2026-08-18T07:00:00Z"},
                "documents": {"type": "document_kinds", "value": ["passport_copy", "diploma"]}
            }})
        );
        assert_eq!(serde_json::from_value::<MessageTemplate>(v).unwrap(), t);
    }

    /// A newer server's value type, or a document kind this build lacks, is kept as it came: the
    /// row is stored again by the device and must not lose it.
    #[test]
    fn a_value_of_a_type_this_build_does_not_know_is_kept_as_it_came() {
        for raw in [
            json!({"type": "colour", "value": "red"}),
            json!({"type": "document_kind", "value": "driving_licence"}),
            json!({"type": "date", "value": "not a date"}),
        ] {
            let v: TemplateValue = serde_json::from_value(raw.clone()).unwrap();
            assert_eq!(v, TemplateValue::Other(raw.clone()));
            assert_eq!(serde_json::to_value(&v).unwrap(), raw);
            for kind in [
                ParamKind::DateTime,
                ParamKind::Date,
                ParamKind::DocumentKind,
                ParamKind::DocumentKinds,
            ] {
                assert!(!kind.admits(&v));
            }
        }
        let v: TemplateValue =
            serde_json::from_value(json!({"type": "date", "value": "2026-08-17"})).unwrap();
        assert!(ParamKind::Date.admits(&v) && !ParamKind::DateTime.admits(&v));
    }

    #[test]
    fn keys_are_unique_and_the_body_puts_the_note_after_a_blank_line() {
        let mut keys: Vec<_> = MESSAGE_TEMPLATES.iter().map(|t| t.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), MESSAGE_TEMPLATES.len());
        assert!(template_spec("please_call").is_some() && template_spec("nope").is_none());
        assert_eq!(template_body("Ring meg.", None), "Ring meg.");
        assert_eq!(
            template_body("Ring meg.", Some("Etter kl. 12.")),
            "Ring meg.\n\nEtter kl. 12."
        );
    }
}
