//! Templates (`crates/server/templates/console/`, embedded in the binary) and what every page
//! gets: `t(key, …)` for Fluent text in the reader's language, and date filters in Europe/Oslo.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Oslo;
use minijinja::value::{Kwargs, Object, from_args};
use minijinja::{Environment, Error, ErrorKind, State, Value};

use super::i18n::{Arg, I18n};

const TEMPLATES: [(&str, &str); 24] = [
    (
        "today.html",
        include_str!("../../templates/console/today.html"),
    ),
    (
        "forms.html",
        include_str!("../../templates/console/forms.html"),
    ),
    (
        "base.html",
        include_str!("../../templates/console/base.html"),
    ),
    (
        "error.html",
        include_str!("../../templates/console/error.html"),
    ),
    (
        "signin.html",
        include_str!("../../templates/console/signin.html"),
    ),
    (
        "sso_refused.html",
        include_str!("../../templates/console/sso_refused.html"),
    ),
    (
        "sso_done.html",
        include_str!("../../templates/console/sso_done.html"),
    ),
    (
        "participants.html",
        include_str!("../../templates/console/participants.html"),
    ),
    (
        "participant_new.html",
        include_str!("../../templates/console/participant_new.html"),
    ),
    (
        "participant.html",
        include_str!("../../templates/console/participant.html"),
    ),
    (
        "code.html",
        include_str!("../../templates/console/code.html"),
    ),
    (
        "courses.html",
        include_str!("../../templates/console/courses.html"),
    ),
    (
        "course.html",
        include_str!("../../templates/console/course.html"),
    ),
    (
        "classes.html",
        include_str!("../../templates/console/classes.html"),
    ),
    (
        "class.html",
        include_str!("../../templates/console/class.html"),
    ),
    (
        "attendance.html",
        include_str!("../../templates/console/attendance.html"),
    ),
    (
        "participant_attendance.html",
        include_str!("../../templates/console/participant_attendance.html"),
    ),
    (
        "absence.html",
        include_str!("../../templates/console/absence.html"),
    ),
    (
        "reports.html",
        include_str!("../../templates/console/reports.html"),
    ),
    (
        "audit.html",
        include_str!("../../templates/console/audit.html"),
    ),
    (
        "participant_export.html",
        include_str!("../../templates/console/participant_export.html"),
    ),
    (
        "participant_erase.html",
        include_str!("../../templates/console/participant_erase.html"),
    ),
    (
        "admin.html",
        include_str!("../../templates/console/admin.html"),
    ),
    (
        "wording.html",
        include_str!("../../templates/console/wording.html"),
    ),
];

/// Minutes as hours to one decimal, with a decimal comma (Norwegian payroll reads it so).
pub(crate) fn hours(minutes: i64) -> String {
    let tenths = (minutes * 10 + 30) / 60;
    format!("{},{}", tenths / 10, tenths % 10)
}

pub struct Views {
    env: Environment<'static>,
    pub i18n: Arc<I18n>,
}

impl Views {
    pub fn load() -> Result<Views, String> {
        let i18n = Arc::new(I18n::load()?);
        let mut env = Environment::new();
        for (name, source) in TEMPLATES {
            env.add_template(name, source)
                .map_err(|e| format!("template {name}: {e}"))?;
        }
        env.add_filter("date", |v: Value| fmt(&v, "%d.%m.%Y"));
        env.add_filter("datetime", |v: Value| fmt(&v, "%d.%m.%Y %H:%M"));
        env.add_filter("time", |v: Value| fmt(&v, "%H:%M"));
        env.add_filter("isodate", |v: Value| fmt(&v, "%Y-%m-%d"));
        env.add_filter("weekday", |v: Value| fmt(&v, "%u"));
        env.add_filter("hours", hours);
        env.add_function("form", form_state);
        // Someone's own words inside a translated sentence or a title, where no `<bdi>` can go:
        // first-strong isolate … pop directional isolate, as Fluent's own isolation would add.
        env.add_filter("isolate", |v: String| format!("\u{2068}{v}\u{2069}"));
        Ok(Views { env, i18n })
    }

    /// Render `name` in `lang` with `ctx` (plus `t` and `lang`).
    pub fn render(&self, name: &str, lang: &str, ctx: Value) -> Result<String, Error> {
        let t = Value::from_object(Translator {
            i18n: self.i18n.clone(),
            lang: I18n::pick(Some(lang)),
        });
        let full = minijinja::context! { t => t, lang => lang, ..ctx };
        self.env.get_template(name)?.render(full)
    }

    pub fn text(&self, lang: &str, key: &str) -> String {
        self.i18n.text(lang, key, &[])
    }
}

/// A date (`YYYY-MM-DD`) as is, or an instant (RFC 3339) in Europe/Oslo.
fn fmt(v: &Value, pattern: &str) -> String {
    let Some(s) = v.as_str() else {
        return String::new();
    };
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return t
            .with_timezone(&Utc)
            .with_timezone(&Oslo)
            .format(pattern)
            .to_string();
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        if pattern.contains("%H") {
            return d.format("%d.%m.%Y").to_string();
        }
        return d.format(pattern).to_string();
    }
    s.to_owned()
}

/// `form(name, id)` in a template: the state of one form on the page. `prefix` is the form's
/// element id and the start of its fields' ids (`{name}` or `{name}-{id}` for a form repeated on
/// every row); when the page shows this form sent back (`again`, see `forms::Again`), `sent` is
/// true and `values` and `errors` are what was typed and what is wrong with it.
fn form_state(state: &State<'_, '_>, name: &str, id: Option<&str>) -> Value {
    let prefix = match id {
        Some(id) => format!("{name}-{id}"),
        None => name.to_owned(),
    };
    let again = state
        .lookup("again")
        .filter(|a| !a.is_none() && !a.is_undefined());
    let attr = |a: &Value, key: &str| a.get_attr(key).ok().filter(|v| !v.is_none());
    let this = again.filter(|a| {
        attr(a, "form").as_ref().and_then(Value::as_str) == Some(name)
            && attr(a, "id").as_ref().and_then(Value::as_str) == id
    });
    match this {
        Some(a) => minijinja::context! {
            prefix => prefix,
            sent => true,
            values => attr(&a, "values"),
            errors => attr(&a, "errors"),
        },
        None => minijinja::context! {
            prefix => prefix,
            sent => false,
            values => std::collections::BTreeMap::<String, String>::new(),
            errors => std::collections::BTreeMap::<String, String>::new(),
        },
    }
}

#[derive(Debug)]
struct Translator {
    i18n: Arc<I18n>,
    lang: &'static str,
}

impl Object for Translator {
    fn call(self: &Arc<Self>, _state: &State<'_, '_>, args: &[Value]) -> Result<Value, Error> {
        let (key, kwargs): (&str, Kwargs) = from_args(args)?;
        let mut fargs: Vec<(&str, Arg)> = Vec::new();
        let names: Vec<&str> = kwargs.args().collect();
        for name in names {
            let value: Value = kwargs.get(name)?;
            let arg = if let Some(n) = value.as_i64() {
                Arg::Number(n as f64)
            } else if let Ok(n) = f64::try_from(value.clone()) {
                Arg::Number(n)
            } else {
                Arg::Text(value.to_string())
            };
            fargs.push((name, arg));
        }
        if key.is_empty() {
            return Err(Error::new(ErrorKind::InvalidOperation, "empty message key"));
        }
        Ok(Value::from(self.i18n.text(self.lang, key, &fargs)))
    }
}

#[cfg(test)]
mod tests {
    use super::hours;

    #[test]
    fn hours_have_one_decimal() {
        assert_eq!(hours(150), "2,5");
        assert_eq!(hours(0), "0,0");
        assert_eq!(hours(100), "1,7");
    }
}
