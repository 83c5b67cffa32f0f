//! `GET /enrol`: where the code sheet's link leads when a phone's own camera app opens it in a
//! browser instead of Veikart. The code stays in the link's fragment, which the browser never
//! sends, so this page cannot know it and does not need to: it says, in every language of the app,
//! to open Veikart and scan the code there. No scripts, styles or images.

use std::sync::LazyLock;

use axum::http::header;
use axum::response::{Html, IntoResponse};

use crate::console::sheet;

static PAGE: LazyLock<String> = LazyLock::new(|| {
    let mut body = String::new();
    for lang in veikart_protocol::LANGUAGES {
        if let Some(t) = sheet::texts(lang) {
            body.push_str(&format!(
                "<section lang=\"{}\" dir=\"{}\"><h2>{}</h2><ol><li>{}</li><li>{}</li><li>{}</li></ol></section>\n",
                t.lang,
                t.dir,
                escape(&t.title),
                escape(&t.step_open),
                escape(&t.step_scan),
                escape(&t.step_type),
            ));
        }
    }
    format!(
        "<!doctype html>\n<html lang=\"nb\">\n<head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Veikart</title></head>\n<body>\n<main>\n<h1>Veikart</h1>\n{body}</main>\n</body>\n</html>\n"
    )
});

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub async fn page() -> impl IntoResponse {
    (
        [
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            ),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        Html(PAGE.as_str()),
    )
}
