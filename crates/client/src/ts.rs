//! The participant UI's types, generated from these: the view models, the rows and codes in them,
//! the codes a command or a sync can fail with, and the languages, declared in TypeScript by ts-rs
//! into `ui/src/generated/`. The UI takes its types from there, so a change on this side that the
//! UI does not follow fails the UI's type check rather than showing up as `undefined` on a screen.
//!
//! `cargo xtask ts` writes the files; the test below fails while the checked-in ones differ.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use ts_rs::{Config, TS};
use veikart_protocol as p;

use crate::error::{ClientErrorCode, DeviceErrorCode};
use crate::views as v;

/// What `cargo xtask ts` runs: this module's test, told to write instead of compare.
pub const REGENERATE: &str = "cargo xtask ts";

const HEADER: &str = "\
// Generated from the Rust types by ts-rs (crates/client/src/ts.rs): do not edit.
// `cargo xtask ts` writes it again; `cargo test -p veikart-client` fails while it is out of date.

";

/// Every generated file, by name in `ui/src/generated/`, with its contents.
pub fn files() -> Result<BTreeMap<&'static str, String>, String> {
    let mut out = Out::new();
    out.text.push_str(HEADER);

    out.section("The languages of the participant app (veikart_protocol::LANGUAGES).");
    let languages: Vec<String> = p::LANGUAGES.iter().map(|l| format!("\"{l}\"")).collect();
    let _ = writeln!(
        out.text,
        "export const LANGUAGES = [{}] as const;\nexport type Lang = (typeof LANGUAGES)[number];\n",
        languages.join(", ")
    );

    out.section("Codes the UI translates, each with the list of its values.");
    out.codes::<p::GoalKind>("GOAL_KINDS")?;
    out.codes::<p::GoalStatus>("GOAL_STATUSES")?;
    out.codes::<p::ActivityType>("ACTIVITY_TYPES")?;
    out.codes::<p::ActivityStatus>("ACTIVITY_STATUSES")?;
    out.codes::<p::Owner>("OWNERS")?;
    out.codes::<p::EventKind>("EVENT_KINDS")?;
    out.codes::<p::EventStatus>("EVENT_STATUSES")?;
    out.codes::<p::PartyRole>("PARTY_ROLES")?;
    out.codes::<p::Response>("RESPONSES")?;
    out.codes::<p::RecognitionRoute>("RECOGNITION_ROUTES")?;
    out.codes::<p::RecognitionStatus>("RECOGNITION_STATUSES")?;
    out.codes::<p::DocumentKind>("DOCUMENT_KINDS")?;
    out.codes::<p::DocumentStatus>("DOCUMENT_STATUSES")?;
    out.codes::<p::Author>("AUTHORS")?;
    out.codes::<p::ProposalOutcome>("PROPOSAL_OUTCOMES")?;
    out.codes::<p::AbsenceKind>("ABSENCE_KINDS")?;
    out.codes::<v::AbsenceStatus>("ABSENCE_STATUSES")?;
    out.codes::<p::VerdictCode>("VERDICT_CODES")?;
    out.codes::<p::PageRejectReason>("PAGE_REJECT_REASONS")?;
    out.codes::<p::RejectCode>("REJECT_CODES")?;
    out.codes::<p::ErrorCode>("ERROR_CODES")?;
    out.codes::<DeviceErrorCode>("DEVICE_ERROR_CODES")?;
    out.codes::<v::PageState>("PAGE_STATES")?;
    out.codes::<v::PackState>("PACK_STATES")?;
    out.decl::<ClientErrorCode>();

    out.section("Rows (crates/protocol/src/row.rs).");
    out.decl::<p::Text>();
    out.decl::<p::Seen>();
    out.decl::<p::ProposalResponse>();
    out.decl::<p::Profile>();
    out.decl::<p::Goal>();
    out.decl::<p::Activity>();
    out.decl::<p::Course>();
    out.decl::<p::Party>();
    out.decl::<p::Event>();
    out.decl::<p::EventPrevious>();
    out.decl::<p::Answer>();
    out.decl::<p::StatusChange>();
    out.decl::<p::SentToAuthority>();
    out.decl::<p::RecognitionCase>();
    out.decl::<p::DocumentVerdict>();
    out.decl::<p::RequiredDocument>();
    // MIME types, not codes the UI translates: declared, without a list.
    out.decl::<p::PageType>();
    out.decl::<p::DocumentPage>();
    out.decl::<p::UploadState>();
    out.decl::<p::Message>();
    out.decl::<p::MessageTemplate>();
    out.decl::<p::TemplateValue>();

    out.section("What the commands return (crates/client/src/views.rs).");
    out.decl::<v::Local>();
    out.decl::<v::Rejection>();
    out.decl::<v::Receipt>();
    out.decl::<v::MeetingRef>();
    out.decl::<v::ActivityView>();
    out.decl::<v::GoalView>();
    out.decl::<v::CourseAttendance>();
    out.decl::<v::AbsenceView>();
    out.decl::<v::AttendanceView>();
    out.decl::<v::PlanView>();
    out.decl::<v::AnswerView>();
    out.decl::<v::AgendaItemView>();
    out.decl::<v::EventView>();
    out.decl::<v::ScheduleView>();
    out.decl::<v::PageView>();
    out.decl::<crate::pages::PageProgress>();
    out.decl::<v::DocumentView>();
    out.decl::<v::CaseView>();
    out.decl::<v::RecognitionView>();
    out.decl::<v::MessageView>();
    out.decl::<v::MessagesView>();
    out.decl::<v::TodayView>();
    out.decl::<v::SyncStatus>();

    out.complete()?;
    Ok(BTreeMap::from([("bindings.ts", out.text)]))
}

/// Write the generated files into `dir`, removing any other file there (a type that went away).
pub fn write(dir: &Path) -> Result<(), String> {
    let files = files()?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for old in listing(dir)? {
        if !files.contains_key(old.as_str()) {
            std::fs::remove_file(dir.join(&old)).map_err(|e| format!("{old}: {e}"))?;
        }
    }
    for (name, text) in files {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}

fn listing(dir: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    Ok(names)
}

/// How `found` differs from `wanted`: the files missing, extra or changed, each with the first line
/// that differs.
pub fn differences(wanted: &Path, found: &Path) -> Result<Vec<String>, String> {
    let want = listing(wanted)?;
    let have = listing(found).unwrap_or_default();
    let mut out = Vec::new();
    for name in &want {
        let Ok(theirs) = std::fs::read_to_string(found.join(name)) else {
            out.push(format!("{name} is missing"));
            continue;
        };
        let ours =
            std::fs::read_to_string(wanted.join(name)).map_err(|e| format!("{name}: {e}"))?;
        if ours != theirs {
            let line = ours
                .lines()
                .zip(theirs.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| ours.lines().count().min(theirs.lines().count()));
            out.push(format!("{name} differs from line {}", line + 1));
        }
    }
    for name in have.iter().filter(|n| !want.contains(n)) {
        out.push(format!("{name} is not generated any more"));
    }
    Ok(out)
}

struct Out {
    cfg: Config,
    text: String,
    declared: Vec<String>,
    /// (type, a type it refers to), to check that every referred type is declared too.
    refers: Vec<(String, String)>,
}

impl Out {
    fn new() -> Self {
        Out {
            // u64 and i64 here are counts and sequence numbers, far below 2^53: JSON numbers.
            cfg: Config::new().with_large_int("number"),
            text: String::new(),
            declared: Vec::new(),
            refers: Vec::new(),
        }
    }

    fn section(&mut self, title: &str) {
        let _ = write!(self.text, "// {title}\n\n");
    }

    fn decl<T: TS + 'static>(&mut self) {
        self.declare::<T>();
        self.text.push('\n');
    }

    fn declare<T: TS + 'static>(&mut self) {
        let name = T::ident(&self.cfg);
        if let Some(docs) = T::docs() {
            self.text.push_str(&docs);
        }
        let _ = writeln!(
            self.text,
            "export {}",
            one_field_a_line(&T::decl(&self.cfg))
        );
        for dep in T::dependencies(&self.cfg) {
            self.refers.push((name.clone(), dep.ts_name));
        }
        self.declared.push(name);
    }

    /// A unit enum: its type, and its values as a list the UI can walk (the translation tests do).
    fn codes<T: TS + 'static>(&mut self, list: &str) -> Result<(), String> {
        let name = T::ident(&self.cfg);
        let union = T::inline(&self.cfg);
        let values = string_literals(&union)
            .ok_or_else(|| format!("{name} is not a union of codes: {union}"))?;
        self.declare::<T>();
        let _ = writeln!(
            self.text,
            "export const {list} = [{}] as const satisfies readonly {name}[];\n",
            values.join(", ")
        );
        Ok(())
    }

    fn complete(&self) -> Result<(), String> {
        let missing: Vec<String> = self
            .refers
            .iter()
            .filter(|(_, dep)| !self.declared.contains(dep))
            .map(|(ty, dep)| format!("{ty} refers to {dep}"))
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!("not declared: {}", missing.join(", ")))
        }
    }
}

/// ts-rs writes an object type on one line with its fields' doc comments in between; a field a
/// line, each comment above its field, reads (and diffs) like the Rust it comes from. Nested object
/// types stay on the line of their field, and a union of object types stays as it is.
fn one_field_a_line(decl: &str) -> String {
    let mut out = String::with_capacity(decl.len() * 2);
    let mut depth = 0usize;
    let mut fresh_line = false;
    let mut split = false;
    let mut rest = decl;
    while let Some(c) = rest.chars().next() {
        if depth == 1 && rest.starts_with("/**") {
            let end = rest.find("*/").map_or(rest.len(), |i| i + 2);
            for line in rest[..end].lines() {
                let line = line.trim();
                out.push_str(if line.starts_with('*') { "   " } else { "  " });
                out.push_str(line);
                out.push('\n');
            }
            rest = rest[end..].trim_start();
            fresh_line = true;
            continue;
        }
        if fresh_line && c != '}' {
            out.push_str("  ");
        }
        fresh_line = false;
        let len = if c == '"' {
            // A string literal: copied whole, whatever braces or commas are in it.
            rest[1..].find('"').map_or(rest.len(), |i| i + 2)
        } else {
            c.len_utf8()
        };
        out.push_str(&rest[..len]);
        let opens_fields = c == '{' && depth == 0;
        if opens_fields && split {
            // A second object at the top level: a union of objects.
            return decl.to_owned();
        }
        split |= opens_fields;
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        rest = &rest[len..];
        if opens_fields || (c == ',' && depth == 1) {
            out.push('\n');
            rest = rest.trim_start();
            fresh_line = true;
        }
    }
    out
}

/// `"a" | "b"` → `["\"a\"", "\"b\""]`; None unless every member is a plain snake_case string.
fn string_literals(union: &str) -> Option<Vec<String>> {
    union
        .split(" | ")
        .map(|member| {
            let code = member.strip_prefix('"')?.strip_suffix('"')?;
            let plain = !code.is_empty()
                && code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            plain.then(|| member.to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked_in() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/generated")
    }

    /// The drift check: what the Rust types declare now against what the UI was built with.
    /// With VEIKART_WRITE_TS set (`cargo xtask ts`) it writes them instead.
    #[test]
    fn ui_src_generated_is_up_to_date() {
        if std::env::var_os("VEIKART_WRITE_TS").is_some() {
            write(&checked_in()).unwrap();
            return;
        }
        let fresh = tempfile::tempdir().unwrap();
        write(fresh.path()).unwrap();
        let diff = differences(fresh.path(), &checked_in()).unwrap();
        assert!(
            diff.is_empty(),
            "ui/src/generated is not what the Rust types declare ({}).\n\
             Run `{REGENERATE}` to write it again, then `ui/run-tests.sh` to check the UI against it.",
            diff.join("; ")
        );
    }

    #[test]
    fn the_code_lists_are_the_enums_values() {
        let text = &files().unwrap()["bindings.ts"];
        let device: Vec<String> = DeviceErrorCode::ALL
            .iter()
            .map(|c| format!("\"{}\"", ClientErrorCode::from(*c)))
            .collect();
        assert!(
            text.contains(&format!(
                "export const DEVICE_ERROR_CODES = [{}] as const",
                device.join(", ")
            )),
            "DeviceErrorCode::ALL and the generated list differ"
        );
        assert!(text.contains(
            "export const RESPONSES = [\"coming\", \"cant_come\"] as const satisfies readonly Response[];"
        ));
        assert!(text.contains("export type ClientErrorCode = DeviceErrorCode | ErrorCode;"));
        assert!(text.contains(
            "export const LANGUAGES = [\"nb\", \"en\", \"uk\", \"ru\", \"ar\", \"ti\", \"prs\", \"so\"] as const;"
        ));
    }

    #[test]
    fn object_types_get_a_field_a_line_with_its_comment_above() {
        let decl = "type T = { a: string, \n/**\n * Why, with a comma { and a brace.\n */\nb?: { [key in string]: string }, c: \"x, }\" | null, };";
        assert_eq!(
            one_field_a_line(decl),
            "type T = {\n  a: string,\n  /**\n   * Why, with a comma { and a brace.\n   */\n  b?: { [key in string]: string },\n  c: \"x, }\" | null,\n};"
        );
        assert_eq!(
            one_field_a_line(r#"type U = "a" | "b";"#),
            r#"type U = "a" | "b";"#
        );
        let union =
            r#"type V = { "type": "date", "value": string } | { type: string, value?: unknown };"#;
        assert_eq!(one_field_a_line(union), union);
    }

    #[test]
    fn only_plain_code_unions_become_lists() {
        assert_eq!(
            string_literals(r#""a" | "b_2""#),
            Some(vec![r#""a""#.to_owned(), r#""b_2""#.to_owned()])
        );
        assert_eq!(string_literals(r#""a" | { "op": "x" }"#), None);
        assert_eq!(string_literals("string"), None);
        assert_eq!(string_literals(r#""A b""#), None);
    }

    #[test]
    fn a_changed_missing_or_stale_file_is_a_difference() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        std::fs::write(a.path().join("x.ts"), "one\ntwo\n").unwrap();
        std::fs::write(b.path().join("x.ts"), "one\ntwo\n").unwrap();
        assert!(differences(a.path(), b.path()).unwrap().is_empty());
        std::fs::write(b.path().join("x.ts"), "one\nthree\n").unwrap();
        std::fs::write(b.path().join("old.ts"), "").unwrap();
        std::fs::write(a.path().join("new.ts"), "").unwrap();
        assert_eq!(
            differences(a.path(), b.path()).unwrap(),
            [
                "new.ts is missing",
                "x.ts differs from line 2",
                "old.ts is not generated any more"
            ]
        );
    }
}
