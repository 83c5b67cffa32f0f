//! Participants' proposals for better wording of the app's texts: which texts there are (the
//! message ids of the app's Fluent files, built into the server), who may read the proposals (a
//! bydel's own; every bydel's for an admin), what they add up to per language and text, and the
//! patch to the `.ftl` files that a translator reviews and applies.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Serialize;

use super::LANGUAGES;
use super::error::{DomainError, DomainResult};
use crate::store::{Caseworker, Role, Tx, WordingProposal};

/// The app's Fluent files as this server was built with them, in [`LANGUAGES`]' order.
pub const APP_FTL: [(&str, &str); 8] = [
    ("nb", include_str!("../../../../locales/nb/app.ftl")),
    ("en", include_str!("../../../../locales/en/app.ftl")),
    ("uk", include_str!("../../../../locales/uk/app.ftl")),
    ("ru", include_str!("../../../../locales/ru/app.ftl")),
    ("ar", include_str!("../../../../locales/ar/app.ftl")),
    ("ti", include_str!("../../../../locales/ti/app.ftl")),
    ("prs", include_str!("../../../../locales/prs/app.ftl")),
    ("so", include_str!("../../../../locales/so/app.ftl")),
];

/// Whether a native speaker has checked a language's texts (`locales/review.json`, the one place
/// this is kept; the app's Me screen reads the same file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    /// The texts are written in it first.
    Source,
    Checked,
    NotChecked,
}

#[derive(serde::Deserialize)]
struct ReviewFile {
    languages: BTreeMap<String, ReviewEntry>,
}

#[derive(serde::Deserialize)]
struct ReviewEntry {
    status: Review,
}

static REVIEW: LazyLock<BTreeMap<String, Review>> = LazyLock::new(|| {
    serde_json::from_str::<ReviewFile>(include_str!("../../../../locales/review.json"))
        .map(|f| {
            f.languages
                .into_iter()
                .map(|(l, e)| (l, e.status))
                .collect()
        })
        .unwrap_or_default()
});

/// A language's review; one the file does not name (or a file that does not read) counts as not
/// checked, never as checked.
pub fn review(lang: &str) -> Review {
    REVIEW.get(lang).copied().unwrap_or(Review::NotChecked)
}

fn source(lang: &str) -> Option<&'static str> {
    APP_FTL.iter().find(|(l, _)| *l == lang).map(|(_, s)| *s)
}

/// The id of the message that starts on this line, if one does (`key = …` at the line's start;
/// terms, `-key`, are not texts the app shows).
fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once(" =")?;
    let ok = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some(id)
}

/// The lines of a message in a file: its first line and the indented lines that continue it.
fn message_lines(src: &str, key: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = src.lines().collect();
    let start = lines.iter().position(|l| message_id(l) == Some(key))?;
    let end = lines[start + 1..]
        .iter()
        .position(|l| !l.starts_with(' '))
        .map_or(lines.len(), |n| start + 1 + n);
    Some((start, end))
}

/// Whether `key` is one of the app's texts (every language has the same keys; a test says so).
pub fn is_key(key: &str) -> bool {
    source("en").is_some_and(|src| src.lines().any(|l| message_id(l) == Some(key)))
}

/// A message as it is written in a language's file (its value, and the indented lines of a
/// message with variants), for showing what a proposal would replace.
pub fn current(lang: &str, key: &str) -> Option<String> {
    let src = source(lang)?;
    let (start, end) = message_lines(src, key)?;
    let lines: Vec<&str> = src.lines().collect();
    let first = lines[start].split_once(" =")?.1.trim();
    let mut out = vec![first.to_owned()];
    out.extend(lines[start + 1..end].iter().map(|l| l.trim().to_owned()));
    Some(out.join("\n").trim().to_owned())
}

/// One text of one language and what participants proposed for it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct KeySummary {
    pub key: String,
    /// How the text is written now in this language, and in English for a reader of neither.
    pub current: String,
    pub english: String,
    /// Every proposal for it.
    pub total: usize,
    /// Each different text proposed, with how many proposed it, the most proposed first.
    pub texts: Vec<(String, usize)>,
    pub comments: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LanguageSummary {
    pub language: String,
    pub total: usize,
    pub keys: Vec<KeySummary>,
}

/// The same text typed twice is one proposal: spaces and line breaks count as one space.
fn normal(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Proposals per language (in the app's order) and text (the most proposed first).
pub fn summarise(proposals: &[WordingProposal]) -> Vec<LanguageSummary> {
    let mut by: BTreeMap<(usize, String), Vec<&WordingProposal>> = BTreeMap::new();
    for p in proposals {
        let order = LANGUAGES
            .iter()
            .position(|l| *l == p.language)
            .unwrap_or(LANGUAGES.len());
        by.entry((order, p.key.clone())).or_default().push(p);
    }
    let mut languages: Vec<LanguageSummary> = Vec::new();
    for ((_, key), ps) in by {
        let language = ps[0].language.clone();
        let mut texts: Vec<(String, usize)> = Vec::new();
        for p in &ps {
            let t = normal(&p.text);
            match texts.iter_mut().find(|(x, _)| *x == t) {
                Some((_, n)) => *n += 1,
                None => texts.push((t, 1)),
            }
        }
        // Stable: among texts proposed as often, the first proposed first.
        texts.sort_by_key(|t| std::cmp::Reverse(t.1));
        let summary = KeySummary {
            current: current(&language, &key).unwrap_or_default(),
            english: current("en", &key).unwrap_or_default(),
            key,
            total: ps.len(),
            texts,
            comments: ps.iter().filter_map(|p| p.comment.clone()).collect(),
        };
        match languages.last_mut() {
            Some(l) if l.language == language => {
                l.total += summary.total;
                l.keys.push(summary);
            }
            _ => languages.push(LanguageSummary {
                language,
                total: summary.total,
                keys: vec![summary],
            }),
        }
    }
    for l in &mut languages {
        l.keys
            .sort_by(|a, b| b.total.cmp(&a.total).then(a.key.cmp(&b.key)));
    }
    languages
}

/// The proposals of the caseworker's own bydel.
pub fn bydel_proposals(tx: &mut dyn Tx, cw: &Caseworker) -> DomainResult<Vec<WordingProposal>> {
    Ok(tx.wording_proposals(Some(&cw.bydel_id))?)
}

/// Every bydel's proposals: for the project, so for an admin only.
pub fn all_proposals(tx: &mut dyn Tx, cw: &Caseworker) -> DomainResult<Vec<WordingProposal>> {
    if !matches!(cw.role, Role::Admin | Role::MunicipalityAdmin) {
        return Err(DomainError::forbidden(
            "every bydel's proposals are for an admin",
        ));
    }
    Ok(tx.wording_proposals(None)?)
}

/// A proposed text as the value of a one-line Fluent message: on one line, with the braces
/// Fluent would read as placeables written as string literals.
fn ftl_value(text: &str) -> String {
    normal(text)
        .chars()
        .map(|c| match c {
            '{' => "{\"{\"}".to_owned(),
            '}' => "{\"}\"}".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// One change to a file: replace `remove` lines from `start` with `insert`.
struct Edit {
    start: usize,
    remove: usize,
    insert: Vec<String>,
}

const CONTEXT: usize = 3;

/// A unified diff of `path` for edits in line order that do not overlap.
fn unified_diff(path: &str, src: &str, edits: &[Edit]) -> String {
    let lines: Vec<&str> = src.lines().collect();
    let mut out = format!("diff --git a/{path} b/{path}\n--- a/{path}\n+++ b/{path}\n");
    let mut groups: Vec<&[Edit]> = Vec::new();
    let mut from = 0;
    for i in 1..=edits.len() {
        let joined = i < edits.len()
            && edits[i].start <= edits[i - 1].start + edits[i - 1].remove + 2 * CONTEXT;
        if !joined {
            groups.push(&edits[from..i]);
            from = i;
        }
    }
    // Lines the hunks before this one added, less those they removed.
    let mut offset: isize = 0;
    for group in groups {
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        let old_start = first.start.saturating_sub(CONTEXT);
        let old_end = (last.start + last.remove + CONTEXT).min(lines.len());
        let mut body = Vec::new();
        let mut at = old_start;
        for e in group {
            body.extend(lines[at..e.start].iter().map(|l| format!(" {l}")));
            body.extend(
                lines[e.start..e.start + e.remove]
                    .iter()
                    .map(|l| format!("-{l}")),
            );
            body.extend(e.insert.iter().map(|l| format!("+{l}")));
            at = e.start + e.remove;
        }
        body.extend(lines[at..old_end].iter().map(|l| format!(" {l}")));
        let old_count = old_end - old_start;
        let added: usize = group.iter().map(|e| e.insert.len()).sum();
        let removed: usize = group.iter().map(|e| e.remove).sum();
        let new_count = old_count + added - removed;
        let new_start = (old_start as isize + offset).max(0) as usize;
        out.push_str(&format!(
            "@@ -{},{old_count} +{},{new_count} @@\n",
            old_start + 1,
            new_start + 1
        ));
        for line in body {
            out.push_str(&line);
            out.push('\n');
        }
        if old_end == lines.len() && !src.ends_with('\n') {
            out.push_str("\\ No newline at end of file\n");
        }
        offset += added as isize - removed as isize;
    }
    out
}

/// A patch to `locales/<lang>/app.ftl` for each language with proposals (or only `only`): each
/// one-line message takes the most proposed text; a message with values or variants keeps its
/// text, with the proposals as comments above it for a translator to fold in (a participant saw
/// it with the values filled in, which a patch cannot take back apart). Against the files this
/// server was built with.
/// `note(n, total, text)` is the comment over a message with values or variants for a text `n`
/// of its `total` proposals proposed, in the reader's language.
pub fn patch(
    summaries: &[LanguageSummary],
    only: Option<&str>,
    header: &str,
    note: impl Fn(usize, usize, &str) -> String,
) -> String {
    let mut out = String::new();
    for line in header.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    for l in summaries
        .iter()
        .filter(|l| only.is_none_or(|o| o == l.language))
    {
        let Some(src) = source(&l.language) else {
            continue;
        };
        let lines: Vec<&str> = src.lines().collect();
        let mut edits = Vec::new();
        for k in &l.keys {
            let (Some((start, end)), Some((best, _))) =
                (message_lines(src, &k.key), k.texts.first())
            else {
                continue;
            };
            let simple = end == start + 1 && !lines[start].contains('{');
            if simple {
                edits.push(Edit {
                    start,
                    remove: 1,
                    insert: vec![format!("{} = {}", k.key, ftl_value(best))],
                });
            } else {
                edits.push(Edit {
                    start,
                    remove: 0,
                    insert: k
                        .texts
                        .iter()
                        .map(|(t, n)| format!("# {}", normal(&note(*n, k.total, t))))
                        .collect(),
                });
            }
        }
        if edits.is_empty() {
            continue;
        }
        edits.sort_by_key(|e| e.start);
        out.push_str(&unified_diff(
            &format!("locales/{}/app.ftl", l.language),
            src,
            &edits,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::{TimeZone, Utc};

    fn proposal(n: u32, lang: &str, key: &str, text: &str) -> WordingProposal {
        WordingProposal {
            id: format!("d1-{n}"),
            bydel_id: "grorud".into(),
            participant_id: "p1".into(),
            device_id: "d1".into(),
            language: lang.into(),
            key: key.into(),
            text: text.into(),
            comment: (n == 1).then(|| "«ስደዱ» is plural".into()),
            created_at: Utc.with_ymd_and_hms(2026, 8, 17, 8, 0, n).unwrap(),
        }
    }

    #[test]
    fn every_language_has_the_keys_of_english() {
        let keys = |lang: &str| -> Vec<String> {
            source(lang)
                .unwrap()
                .lines()
                .filter_map(message_id)
                .map(str::to_owned)
                .collect()
        };
        let en = keys("en");
        assert!(en.len() > 300);
        for (lang, _) in APP_FTL {
            assert_eq!(keys(lang), en, "{lang}");
        }
        assert_eq!(
            APP_FTL.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            LANGUAGES
        );
        assert!(is_key("msg-send") && is_key("sync-pending"));
        for not_a_key in ["", "msg", "-brand", "msg-send =", "../app.ftl", "MSG-SEND"] {
            assert!(!is_key(not_a_key), "{not_a_key:?}");
        }
    }

    /// The review file names every language of the app once, and says what the project knows:
    /// no native speaker has checked Ukrainian, Russian, Arabic, Tigrinya, Dari or Somali yet.
    #[test]
    fn the_review_file_names_every_language() {
        let file: ReviewFile =
            serde_json::from_str(include_str!("../../../../locales/review.json")).unwrap();
        let mut named: Vec<&str> = file.languages.keys().map(String::as_str).collect();
        let mut langs = LANGUAGES.to_vec();
        named.sort_unstable();
        langs.sort_unstable();
        assert_eq!(named, langs);
        assert_eq!(review("nb"), Review::Source);
        for lang in ["uk", "ru", "ar", "ti", "prs", "so"] {
            assert_eq!(review(lang), Review::NotChecked, "{lang}");
        }
        assert_eq!(review("xx"), Review::NotChecked);
    }

    #[test]
    fn proposals_add_up_per_language_and_text() {
        let ps = vec![
            proposal(1, "ti", "msg-send", "ስደድ"),
            proposal(2, "ti", "msg-send", " ስደድ "),
            proposal(3, "ti", "msg-send", "ለኣኽ"),
            proposal(4, "uk", "msg-read", "Прочитане"),
            proposal(5, "ti", "nav-me", "ኣነ"),
        ];
        let s = summarise(&ps);
        assert_eq!(
            s.iter().map(|l| l.language.as_str()).collect::<Vec<_>>(),
            vec!["uk", "ti"],
            "in the app's order of languages"
        );
        let ti = &s[1];
        assert_eq!(ti.total, 4);
        assert_eq!(ti.keys[0].key, "msg-send");
        assert_eq!(ti.keys[0].current, "ስደዱ");
        assert_eq!(ti.keys[0].english, "Send");
        assert_eq!(
            ti.keys[0].texts,
            vec![("ስደድ".to_owned(), 2), ("ለኣኽ".to_owned(), 1)]
        );
        assert_eq!(ti.keys[0].comments, vec!["«ስደዱ» is plural".to_owned()]);
    }

    /// The patch applies to the files with `git apply`, and the patched files parse as Fluent with
    /// the proposed texts as their values; braces stay text; a message with variants gets the
    /// proposals as comments and keeps its text.
    #[test]
    fn the_patch_applies_and_the_files_parse_with_the_proposed_texts() {
        let ps = vec![
            proposal(1, "ti", "msg-send", "ስደድ"),
            proposal(2, "ti", "msg-read", "ተነቢቡ {ኣሎ}"),
            proposal(3, "ti", "sync-pending", "3 ለውጢ ይጽበ"),
            proposal(4, "uk", "nav-me", "Мій профіль"),
            proposal(5, "uk", "app-name", "Veikart – дорога"),
        ];
        let note = |n: usize, total: usize, t: &str| format!("Proposed ({n} of {total}): {t}");
        let patch = patch(&summarise(&ps), None, "Veikart: a test\nsecond line", note);
        assert!(patch.starts_with("# Veikart: a test\n# second line\n"));
        let dir = tempfile::tempdir().unwrap();
        for (lang, src) in APP_FTL {
            let d = dir.path().join("locales").join(lang);
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(d.join("app.ftl"), src).unwrap();
        }
        std::fs::write(dir.path().join("p.patch"), &patch).unwrap();
        let out = std::process::Command::new("git")
            .args(["apply", "--verbose", "p.patch"])
            .current_dir(dir.path())
            .output()
            .expect("git is needed to check the patch");
        assert!(
            out.status.success(),
            "{}\n{patch}",
            String::from_utf8_lossy(&out.stderr)
        );
        let read = |lang: &str| {
            std::fs::read_to_string(dir.path().join(format!("locales/{lang}/app.ftl"))).unwrap()
        };
        let value = |lang: &str, key: &str| {
            let res = fluent_bundle::FluentResource::try_new(read(lang)).unwrap();
            let mut b = fluent_bundle::FluentBundle::new(vec![lang.parse().unwrap()]);
            b.set_use_isolating(false);
            b.add_resource(res).unwrap();
            let msg = b.get_message(key).unwrap();
            let mut errors = Vec::new();
            b.format_pattern(msg.value().unwrap(), None, &mut errors)
                .into_owned()
        };
        assert_eq!(value("ti", "msg-send"), "ስደድ");
        assert_eq!(value("ti", "msg-read"), "ተነቢቡ {ኣሎ}");
        assert_eq!(value("uk", "nav-me"), "Мій профіль");
        assert_eq!(value("uk", "app-name"), "Veikart – дорога");
        let ti = read("ti");
        assert!(ti.contains("# Proposed (1 of 1): 3 ለውጢ ይጽበ\nsync-pending ="));
        let message = |src: &str| -> Vec<String> {
            let (start, end) = message_lines(src, "sync-pending").unwrap();
            src.lines()
                .skip(start)
                .take(end - start)
                .map(str::to_owned)
                .collect()
        };
        let before = message(source("ti").unwrap());
        assert!(before.len() > 1, "a message with variants");
        assert_eq!(message(&ti), before, "kept as it was");
        // Only Ukrainian, when asked for.
        let uk = super::patch(&summarise(&ps), Some("uk"), "x", note);
        assert!(uk.contains("locales/uk/app.ftl") && !uk.contains("locales/ti/app.ftl"));
    }
}
