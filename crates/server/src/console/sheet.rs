//! The code sheet's words for the participant: the app's own texts (`sheet-*` in
//! `locales/<lang>/app.ftl`), so the paper says what the app will show, in the participant's
//! preferred language, with the Norwegian beside it.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use serde::Serialize;

// Every app language's file: the console's own two are not enough for a participant.
use crate::domain::wording::APP_FTL;

/// The sheet's texts, in the order printed.
const KEYS: [&str; 7] = [
    "sheet-title",
    "sheet-step-open",
    "sheet-step-scan",
    "sheet-step-type",
    "sheet-code",
    "sheet-link",
    "sheet-once",
];

type Bundles = HashMap<&'static str, FluentBundle<FluentResource>>;

static BUNDLES: LazyLock<Result<Bundles, String>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for (lang, source) in APP_FTL {
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| format!("{lang}/app.ftl: {errors:?}"))?;
        let id = lang
            .parse::<unic_langid::LanguageIdentifier>()
            .map_err(|e| format!("{lang}: {e:?}"))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Printed text: isolation marks would only be stray characters on paper.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{lang}/app.ftl: {errors:?}"))?;
        out.insert(lang, bundle);
    }
    Ok(out)
});

/// One language's column of the sheet.
#[derive(Debug, Clone, Serialize)]
pub struct SheetTexts {
    /// For `lang=` (Dari is `fa-AF` to browsers, as in the app).
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub step_open: String,
    pub step_scan: String,
    pub step_type: String,
    pub code: String,
    pub link: String,
    pub once: String,
}

fn html_lang(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "nb" => "nb",
        "en" => "en",
        "uk" => "uk",
        "ru" => "ru",
        "ar" => "ar",
        "ti" => "ti",
        "prs" => "fa-AF",
        "so" => "so",
        _ => return None,
    })
}

/// The sheet in `lang`, or `None` for a language the app does not have.
pub fn texts(lang: &str) -> Option<SheetTexts> {
    let bundle = BUNDLES.as_ref().ok()?.get(lang)?;
    let mut t = Vec::with_capacity(KEYS.len());
    for key in KEYS {
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            return None;
        }
        t.push(text);
    }
    let mut t = t.into_iter();
    let mut next = || t.next().unwrap_or_default();
    Some(SheetTexts {
        lang: html_lang(lang)?,
        dir: if matches!(lang, "ar" | "prs") {
            "rtl"
        } else {
            "ltr"
        },
        title: next(),
        step_open: next(),
        step_scan: next(),
        step_type: next(),
        code: next(),
        link: next(),
        once: next(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_app_language_has_the_whole_sheet() {
        for lang in veikart_protocol::LANGUAGES {
            let t = texts(lang).unwrap_or_else(|| panic!("the sheet in {lang}"));
            for text in [&t.title, &t.step_open, &t.step_scan, &t.step_type, &t.once] {
                assert!(!text.trim().is_empty(), "{lang}");
            }
        }
        assert!(texts("xx").is_none());
    }

    #[test]
    fn the_scan_step_names_the_apps_own_button() {
        let t = texts("ti").expect("ti");
        assert!(t.step_scan.contains("ነቲ ኮድ ስካን ግበርዎ"), "{}", t.step_scan);
        assert_eq!(texts("ar").expect("ar").dir, "rtl");
        assert_eq!(texts("prs").expect("prs").lang, "fa-AF");
    }
}
