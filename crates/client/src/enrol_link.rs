//! What a person types, or the camera reads, to enrol: the link printed on the caseworker's code
//! sheet (`https://veikart.example.no/enrol#ABCD-EFGH-JKMN`, the server and the code in one), the
//! older `veikart://enrol?server=…&code=…`, or the code alone. The code sits in the link's fragment
//! so that a phone's own camera app, opening it in a browser, never sends it to any server's log.
//!
//! The UI reads the same text the same way (`ui/src/enrol-link.ts`); both are tested on the cases in
//! `ui/tests/unit/enrol-links.json`.

use reqwest::Url;

use crate::error::{ClientError, Result};

/// Where and with what to enrol, as read from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolTarget {
    /// The server, when the text carries one (`https://host[:port][/prefix]`, no trailing slash).
    pub server: Option<String>,
    /// The code in capitals, without spaces.
    pub code: String,
}

/// Longest code accepted from a link or a person (the server's codes are 14 characters).
const MAX_CODE: usize = 32;

/// Read the text; `None` when it is neither a link with a code nor a code.
pub fn parse(input: &str) -> Option<EnrolTarget> {
    let text = input.trim();
    if text.is_empty() {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("veikart://") {
        return parse_app_link(text);
    }
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return parse_web_link(text);
    }
    if let Some(target) = code(text).map(|code| EnrolTarget { server: None, code }) {
        return Some(target);
    }
    // A link typed without its scheme ("veikart.oslo.kommune.no/enrol#…") is an https one.
    if lower.contains("/enrol") && !lower.contains("://") {
        return parse_web_link(&format!("https://{text}"));
    }
    None
}

/// The server and code to enrol with: the server typed beside the code wins (the "other server"
/// choice), else the one the link carries.
pub fn resolve(server: Option<&str>, input: &str) -> Result<(String, String)> {
    let target = parse(input).ok_or_else(|| ClientError::Invalid("that is not a code".into()))?;
    let typed = server.map(str::trim).filter(|s| !s.is_empty());
    match typed.map(str::to_owned).or(target.server) {
        Some(server) => Ok((server, target.code)),
        None => Err(ClientError::Invalid(
            "the code does not say which server; give its address too".into(),
        )),
    }
}

/// A code as a person may type it: letters, digits and dashes, spaces ignored, any case.
fn code(text: &str) -> Option<String> {
    let code: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let ok = !code.is_empty()
        && code.len() <= MAX_CODE
        && code.chars().any(|c| c.is_ascii_alphanumeric())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(code)
}

fn parse_web_link(text: &str) -> Option<EnrolTarget> {
    let url = Url::parse(text).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let prefix = url.path().strip_suffix("/enrol")?;
    let from_query = url
        .query_pairs()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v.into_owned());
    let raw = match url.fragment() {
        Some(f) if !f.is_empty() => f.strip_prefix("code=").unwrap_or(f).to_owned(),
        _ => from_query?,
    };
    Some(EnrolTarget {
        server: Some(format!("{}{prefix}", origin(&url)?)),
        code: code(&raw)?,
    })
}

fn parse_app_link(text: &str) -> Option<EnrolTarget> {
    let url = Url::parse(text).ok()?;
    let mut server = None;
    let mut raw = None;
    for (k, v) in url.query_pairs() {
        match k.as_ref() {
            "server" => server = Some(v.into_owned()),
            "code" => raw = Some(v.into_owned()),
            _ => {}
        }
    }
    let server = match server {
        Some(s) => {
            let u = Url::parse(&s).ok()?;
            if !matches!(u.scheme(), "http" | "https") {
                return None;
            }
            let path = u.path().trim_end_matches('/');
            Some(format!("{}{path}", origin(&u)?))
        }
        None => None,
    };
    Some(EnrolTarget {
        server,
        code: code(&raw?)?,
    })
}

/// `scheme://host[:port]`, the host in lower case as the URL parser writes it.
fn origin(url: &Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_shared_case_as_the_ui_does() {
        let cases: serde_json::Value =
            serde_json::from_str(include_str!("../../../ui/tests/unit/enrol-links.json"))
                .expect("the shared cases are JSON");
        let cases = cases["cases"].as_array().expect("a list of cases");
        assert!(cases.len() > 10);
        for case in cases {
            let input = case["input"].as_str().expect("an input");
            let want = if case.get("result").is_some_and(|r| r.is_null()) {
                None
            } else {
                Some(EnrolTarget {
                    server: case["server"].as_str().map(str::to_owned),
                    code: case["code"].as_str().expect("a code").to_owned(),
                })
            };
            assert_eq!(parse(input), want, "{input:?}");
        }
    }

    #[test]
    fn a_typed_server_wins_and_a_bare_code_needs_one() {
        let link = "https://veikart.oslo.kommune.no/enrol#ABCD-EFGH-JKMN";
        assert_eq!(
            resolve(None, link).expect("the link carries the server"),
            (
                "https://veikart.oslo.kommune.no".into(),
                "ABCD-EFGH-JKMN".into()
            )
        );
        assert_eq!(
            resolve(Some(" https://other.example.no "), link)
                .expect("the other server")
                .0,
            "https://other.example.no"
        );
        assert!(matches!(
            resolve(Some(""), "abcd-efgh-jkmn"),
            Err(ClientError::Invalid(_))
        ));
        assert_eq!(
            resolve(Some("https://x.no"), "abcd-efgh-jkmn").expect("typed server"),
            ("https://x.no".into(), "ABCD-EFGH-JKMN".into())
        );
        assert!(resolve(Some("https://x.no"), "not a code!").is_err());
    }
}
