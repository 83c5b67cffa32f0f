//! The console's words, through the same Fluent files as the app (`locales/<lang>/console.ftl`).
//! Norwegian bokmål first, English second; a missing key shows the key, never panics.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The console is for caseworkers, in Norwegian and English: some of the app's languages
/// (`veikart_protocol::LANGUAGES`), never one the app lacks (a test checks).
pub const LANGS: [&str; 2] = ["nb", "en"];

const SOURCES: [(&str, &str); 2] = [
    ("nb", include_str!("../../../../locales/nb/console.ftl")),
    ("en", include_str!("../../../../locales/en/console.ftl")),
];

pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("langs", &self.bundles.len())
            .finish()
    }
}

/// An argument to a message: text or a number (numbers choose plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl I18n {
    pub fn load() -> Result<I18n, String> {
        let mut bundles = HashMap::new();
        for (lang, source) in SOURCES {
            let id: LanguageIdentifier = lang.parse().map_err(|e| format!("{lang}: {e:?}"))?;
            let resource = FluentResource::try_new(source.to_owned())
                .map_err(|(_, errors)| format!("{lang}/console.ftl: {errors:?}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks would show up as stray characters in form values and titles.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("{lang}/console.ftl: {errors:?}"))?;
            bundles.insert(lang, bundle);
        }
        Ok(I18n { bundles })
    }

    /// The language to use: the chosen one if the console has it, else Norwegian bokmål.
    pub fn pick(lang: Option<&str>) -> &'static str {
        lang.and_then(|l| LANGS.into_iter().find(|x| *x == l))
            .unwrap_or("nb")
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(key))
    }

    pub fn text(&self, lang: &str, key: &str, args: &[(&str, Arg)]) -> String {
        let Some(bundle) = self.bundles.get(Self::pick(Some(lang))) else {
            return key.to_owned();
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fargs.set(*name, FluentValue::from(s.clone())),
                Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// Every message id of a language, for the test that both languages have the same keys.
    pub fn keys(lang: &str) -> Vec<String> {
        SOURCES
            .iter()
            .filter(|(l, _)| *l == lang)
            .flat_map(|(_, src)| src.lines())
            .filter_map(|line| {
                let (id, _) = line.split_once(" =")?;
                (!id.starts_with(['#', ' ', '.', '-']) && !id.is_empty()).then(|| id.to_owned())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// A console language must be one the app has: a caseworker and a participant who share it
    /// see the same language names and the same words for codes.
    #[test]
    fn console_languages_are_app_languages_with_their_own_messages() {
        for lang in LANGS {
            assert!(
                veikart_protocol::LANGUAGES.contains(&lang),
                "{lang} is not one of the app's languages"
            );
        }
        let sources: Vec<&str> = SOURCES.iter().map(|(l, _)| *l).collect();
        assert_eq!(sources, LANGS, "every console language has its console.ftl");
    }

    #[test]
    fn both_languages_load_and_have_the_same_keys() {
        let i18n = I18n::load().unwrap();
        let mut nb = I18n::keys("nb");
        let mut en = I18n::keys("en");
        nb.sort();
        en.sort();
        assert_eq!(nb, en);
        assert!(nb.len() > 50);
        for key in &nb {
            assert!(i18n.has("en", key) && i18n.has("nb", key), "{key}");
        }
    }
}
