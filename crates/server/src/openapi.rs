//! The OpenAPI 3.1 document served at /api/v1/openapi.json. Schemas come from the wire types
//! themselves (schemars), so they cannot drift from what the server accepts; the route table below
//! is checked against the router by a test.

use schemars::generate::{SchemaGenerator, SchemaSettings};
use serde_json::{Map, Value, json};
use veikart_protocol::{
    Course, EnrolRequest, EnrolResponse, ErrorBody, Profile, Row, SyncRequest, SyncResponse,
    UploadState,
};

use crate::domain::enrolment::IssuedCode;
use crate::domain::records::{CourseRecord, DeviceInfo, ParticipantRecord};

/// Who may call a route.
#[derive(Clone, Copy)]
enum Auth {
    None,
    Device,
    Caseworker,
}

struct Route {
    method: &'static str,
    path: &'static str,
    summary: &'static str,
    auth: Auth,
    request: Option<&'static str>,
    /// Success status and response schema (None: no body).
    response: (u16, Option<&'static str>),
}

const fn route(
    method: &'static str,
    path: &'static str,
    summary: &'static str,
    auth: Auth,
    request: Option<&'static str>,
    response: (u16, Option<&'static str>),
) -> Route {
    Route {
        method,
        path,
        summary,
        auth,
        request,
        response,
    }
}

const ROUTES: &[Route] = &[
    route(
        "post",
        "/api/v1/enrol",
        "Trade a one-time enrolment code for a device token",
        Auth::None,
        Some("EnrolRequest"),
        (200, Some("EnrolResponse")),
    ),
    route(
        "post",
        "/api/v1/sync",
        "One round trip: push pending mutations, pull changes since the cursors",
        Auth::Device,
        Some("SyncRequest"),
        (200, Some("SyncResponse")),
    ),
    route(
        "get",
        "/api/v1/pages/{page_id}/upload",
        "Where the upload of a document page's bytes stands (the page's row came by sync)",
        Auth::Device,
        None,
        (200, Some("UploadState")),
    ),
    route(
        "put",
        "/api/v1/pages/{page_id}/upload",
        "A chunk of a page's bytes (application/octet-stream, at most 256 KiB) at `?offset=N`; \
         409 `offset_mismatch` with the state when N is past what the server has, 422 \
         `page_rejected` when the complete page does not match its row",
        Auth::Device,
        None,
        (200, Some("UploadState")),
    ),
    route(
        "get",
        "/api/v1/events",
        "Server-sent events: `sync` when the device should sync, `revoked` when it was revoked",
        Auth::Device,
        None,
        (200, None),
    ),
    route(
        "get",
        "/api/v1/participants",
        "The participants of the caseworker's bydel",
        Auth::Caseworker,
        None,
        (200, Some("ProfileList")),
    ),
    route(
        "post",
        "/api/v1/participants",
        "Create a participant in the caseworker's bydel",
        Auth::Caseworker,
        Some("Profile"),
        (201, Some("Profile")),
    ),
    route(
        "get",
        "/api/v1/participants/{id}",
        "A participant with every row and device",
        Auth::Caseworker,
        None,
        (200, Some("ParticipantRecord")),
    ),
    route(
        "patch",
        "/api/v1/participants/{id}",
        "Change a participant's profile (JSON merge patch)",
        Auth::Caseworker,
        Some("Patch"),
        (200, Some("Profile")),
    ),
    route(
        "delete",
        "/api/v1/participants/{id}",
        "Delete a participant: every row becomes a tombstone, every device is revoked",
        Auth::Caseworker,
        None,
        (204, None),
    ),
    route(
        "post",
        "/api/v1/participants/{id}/records",
        "Create a goal, activity, event, recognition case, required document or message (a message may name a template: the server checks it against the closed list and writes its Norwegian text as the body)",
        Auth::Caseworker,
        Some("Row"),
        (201, Some("Row")),
    ),
    route(
        "post",
        "/api/v1/participants/{id}/enrolment-codes",
        "Issue a one-time enrolment code",
        Auth::Caseworker,
        None,
        (201, Some("IssuedCode")),
    ),
    route(
        "get",
        "/api/v1/participants/{id}/devices",
        "The participant's devices",
        Auth::Caseworker,
        None,
        (200, Some("DeviceList")),
    ),
    route(
        "get",
        "/api/v1/records/{id}",
        "One row",
        Auth::Caseworker,
        None,
        (200, Some("Row")),
    ),
    route(
        "patch",
        "/api/v1/records/{id}",
        "Change a row (JSON merge patch); e.g. move an event, agree an activity, change a case's status",
        Auth::Caseworker,
        Some("Patch"),
        (200, Some("Row")),
    ),
    route(
        "delete",
        "/api/v1/records/{id}",
        "Delete a row (a tombstone reaches the devices)",
        Auth::Caseworker,
        None,
        (204, None),
    ),
    route(
        "get",
        "/api/v1/courses",
        "The bydel's courses",
        Auth::Caseworker,
        None,
        (200, Some("CourseList")),
    ),
    route(
        "post",
        "/api/v1/courses",
        "Create a course (a Voksenopplæringen class)",
        Auth::Caseworker,
        Some("Course"),
        (201, Some("Course")),
    ),
    route(
        "get",
        "/api/v1/courses/{id}",
        "A course with its sessions and members",
        Auth::Caseworker,
        None,
        (200, Some("CourseRecord")),
    ),
    route(
        "post",
        "/api/v1/courses/{id}/sessions",
        "Add a class session (an event)",
        Auth::Caseworker,
        Some("Row"),
        (201, Some("Row")),
    ),
    route(
        "put",
        "/api/v1/courses/{id}/members/{participant_id}",
        "Add a participant to the course",
        Auth::Caseworker,
        None,
        (204, None),
    ),
    route(
        "delete",
        "/api/v1/courses/{id}/members/{participant_id}",
        "Remove a participant from the course",
        Auth::Caseworker,
        None,
        (204, None),
    ),
    route(
        "post",
        "/api/v1/devices/{id}/revoke",
        "Revoke a device; it wipes itself at its next contact",
        Auth::Caseworker,
        None,
        (204, None),
    ),
    route(
        "get",
        "/api/v1/openapi.json",
        "This document",
        Auth::None,
        None,
        (200, None),
    ),
];

fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn operation(r: &Route) -> Value {
    let mut op = json!({
        "summary": r.summary,
        "responses": {
            "4XX": {"description": "Refused; `error` is a code the client acts on", "content": {"application/json": {"schema": schema_ref("ErrorBody")}}}
        }
    });
    let (status, body) = r.response;
    op["responses"][status.to_string()] = match body {
        Some(name) => {
            json!({"description": "OK", "content": {"application/json": {"schema": schema_ref(name)}}})
        }
        None => json!({"description": "OK"}),
    };
    if let Some(name) = r.request {
        op["requestBody"] = json!({"required": true, "content": {"application/json": {"schema": schema_ref(name)}}});
    }
    let params: Vec<Value> = r
        .path
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(|name| json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}}))
        .collect();
    if !params.is_empty() {
        op["parameters"] = Value::Array(params);
    }
    match r.auth {
        Auth::None => op["security"] = json!([]),
        Auth::Device => op["security"] = json!([{"deviceToken": []}]),
        Auth::Caseworker => op["security"] = json!([{"caseworkerToken": []}]),
    }
    op
}

pub fn document() -> Value {
    let mut generator = SchemaGenerator::new(SchemaSettings::openapi3());
    let mut named = Map::new();
    macro_rules! schema {
        ($name:literal, $t:ty) => {
            named.insert($name.into(), generator.subschema_for::<$t>().to_value());
        };
    }
    schema!("EnrolRequest", EnrolRequest);
    schema!("EnrolResponse", EnrolResponse);
    schema!("SyncRequest", SyncRequest);
    schema!("SyncResponse", SyncResponse);
    schema!("ErrorBody", ErrorBody);
    schema!("Row", Row);
    schema!("Profile", Profile);
    schema!("ProfileList", Vec<Profile>);
    schema!("Course", Course);
    schema!("CourseList", Vec<Course>);
    schema!("CourseRecord", CourseRecord);
    schema!("ParticipantRecord", ParticipantRecord);
    schema!("DeviceList", Vec<DeviceInfo>);
    schema!("IssuedCode", IssuedCode);
    schema!("UploadState", UploadState);
    let mut schemas: Map<String, Value> = generator.take_definitions(true).into_iter().collect();
    for (name, schema) in named {
        // Types with their own definition are referenced; inline ones (lists) are kept whole.
        if !schemas.contains_key(&name) {
            schemas.insert(name, schema);
        }
    }
    schemas.insert(
        "Patch".into(),
        json!({"type": "object", "description": "RFC 7396 JSON merge patch of the row; `id` and `kind` cannot change"}),
    );
    let mut paths = Map::new();
    for r in ROUTES {
        let entry = paths.entry(r.path).or_insert_with(|| json!({}));
        entry[r.method] = operation(r);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Veikart bydel server",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The sync API for participants' devices and the JSON API for caseworkers. Every caseworker call is confined to the caseworker's bydel."
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "deviceToken": {"type": "http", "scheme": "bearer", "description": "The token a device got at enrolment"},
                "caseworkerToken": {"type": "http", "scheme": "bearer", "description": "A caseworker's API token (veikart-server caseworker-token)"}
            }
        }
    })
}

/// Every documented (method, path), for the test that compares it with the router.
pub fn documented_routes() -> Vec<(&'static str, &'static str)> {
    ROUTES.iter().map(|r| (r.method, r.path)).collect()
}
