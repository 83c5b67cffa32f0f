//! The OpenAPI 3.1 description of the HTTP API.

use serde_json::{Value, json};

pub fn document() -> Value {
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Veikart bydel server", "version": env!("CARGO_PKG_VERSION")},
        "paths": {}
    })
}
