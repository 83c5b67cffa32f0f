//! The Rust side's translations: the same Fluent files as the UI (locales/<lang>/app.ftl), built
//! into the binary, for notifications and the calendar export.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

const SOURCES: [(&str, &str); 8] = [
    ("nb", include_str!("../../locales/nb/app.ftl")),
    ("en", include_str!("../../locales/en/app.ftl")),
    ("uk", include_str!("../../locales/uk/app.ftl")),
    ("ru", include_str!("../../locales/ru/app.ftl")),
    ("ar", include_str!("../../locales/ar/app.ftl")),
    ("ti", include_str!("../../locales/ti/app.ftl")),
    ("prs", include_str!("../../locales/prs/app.ftl")),
    ("so", include_str!("../../locales/so/app.ftl")),
];

pub struct Translator {
    bundle: FluentBundle<FluentResource>,
    fallback: FluentBundle<FluentResource>,
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let source = SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(SOURCES[0].1, |(_, s)| s);
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks around arguments would show as boxes in notifications.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            tracing::warn!(lang, count = errors.len(), "translation file has errors");
            r
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::warn!(
            lang,
            count = errors.len(),
            "translation file has duplicate keys"
        );
    }
    bundle
}

impl Translator {
    pub fn new(lang: &str) -> Self {
        Translator {
            bundle: bundle(lang),
            fallback: bundle("en"),
        }
    }

    /// The message `key` with `args`; English if the language lacks it, the key if both do.
    pub fn text(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for bundle in [&self.bundle, &self.fallback] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        key.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the Rust side uses exists in every language.
    #[test]
    fn every_native_key_is_translated_everywhere() {
        for (lang, _) in SOURCES {
            let bundle = bundle(lang);
            for key in crate::notices::KEYS
                .iter()
                .chain(crate::notices::EVENT_KIND_KEYS.iter())
            {
                assert!(bundle.get_message(key).is_some(), "{key} missing in {lang}");
            }
        }
    }

    /// `include_str!` needs every path spelt out, so the list is checked rather than derived: a
    /// language the app offers without its file here would get notifications in Norwegian.
    #[test]
    fn sources_are_the_app_languages_in_order() {
        let langs: Vec<&str> = SOURCES.iter().map(|(l, _)| *l).collect();
        assert_eq!(langs, veikart_protocol::LANGUAGES);
    }

    #[test]
    fn formats_with_arguments() {
        let t = Translator::new("nb");
        let s = t.text(
            "notification-reminder",
            &[("title", "Norskkurs".into()), ("time", "09:00".into())],
        );
        assert!(s.contains("Norskkurs") && s.contains("09:00"), "{s}");
        assert_eq!(
            Translator::new("xx").text("notification-title", &[]),
            "Veikart"
        );
    }
}
