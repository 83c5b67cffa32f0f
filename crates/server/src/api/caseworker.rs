//! The caseworker JSON API. Each handler authenticates the caseworker and runs one `domain::records`
//! function in one transaction, confined to the caseworker's bydel.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::Value;
use veikart_protocol::{Course, Profile, Row};

use super::AuthedCaseworker;
use super::json::ApiJson;
use super::path::ApiPath;
use crate::app::App;
use crate::domain::enrolment::{self, IssuedCode};
use crate::domain::records::{self, CourseRecord, DeviceInfo, ParticipantRecord};
use crate::error::{ApiError, ApiResult};
use crate::store::Store;

type Cw = AuthedCaseworker;

pub async fn list_participants<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
) -> ApiResult<Json<Vec<Profile>>> {
    Ok(Json(
        app.write(move |tx| records::list_participants(tx, &cw))
            .await?,
    ))
}

pub async fn create_participant<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiJson(p): ApiJson<Profile>,
) -> ApiResult<(StatusCode, Json<Profile>)> {
    let p = app
        .write(move |tx| records::create_participant(tx, &cw, p))
        .await?;
    Ok((StatusCode::CREATED, Json(p)))
}

pub async fn participant<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<ParticipantRecord>> {
    Ok(Json(
        app.write(move |tx| records::participant_record(tx, &cw, &id))
            .await?,
    ))
}

pub async fn patch_participant<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
    ApiJson(patch): ApiJson<Value>,
) -> ApiResult<Json<Profile>> {
    Ok(Json(
        app.write(move |tx| records::patch_participant(tx, &cw, &id, &patch))
            .await?,
    ))
}

pub async fn delete_participant<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    // The participant's devices are signed out in the same write, which pokes them.
    app.write(move |tx| records::delete_participant(tx, &cw, &id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn create_record<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
    ApiJson(row): ApiJson<Row>,
) -> ApiResult<(StatusCode, Json<Row>)> {
    let row = app
        .write(move |tx| records::create_record(tx, &cw, &id, row))
        .await?;
    Ok((StatusCode::CREATED, Json(row)))
}

pub async fn record<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<Row>> {
    app.write(move |tx| {
        let stored = tx
            .row(&id)?
            .filter(|s| s.placement.bydel_id == cw.bydel_id)
            .and_then(|s| s.row)
            .ok_or_else(ApiError::not_found)?;
        tx.audit(&format!("caseworker:{}", cw.id), "view_record", &id)?;
        Ok(Json(stored))
    })
    .await
}

pub async fn patch_record<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
    ApiJson(patch): ApiJson<Value>,
) -> ApiResult<Json<Row>> {
    Ok(Json(
        app.write(move |tx| records::patch_record(tx, &cw, &id, &patch))
            .await?,
    ))
}

pub async fn delete_record<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    app.write(move |tx| records::delete_record(tx, &cw, &id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn list_courses<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
) -> ApiResult<Json<Vec<Course>>> {
    Ok(Json(
        app.read(move |tx| records::list_courses(tx, &cw)).await?,
    ))
}

pub async fn create_course<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiJson(course): ApiJson<Course>,
) -> ApiResult<(StatusCode, Json<Course>)> {
    let course = app
        .write(move |tx| records::create_course(tx, &cw, course))
        .await?;
    Ok((StatusCode::CREATED, Json(course)))
}

pub async fn course<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<CourseRecord>> {
    Ok(Json(
        app.read(move |tx| records::course_record(tx, &cw, &id))
            .await?,
    ))
}

pub async fn add_session<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
    ApiJson(row): ApiJson<Row>,
) -> ApiResult<(StatusCode, Json<Row>)> {
    let row = app
        .write(move |tx| records::add_session(tx, &cw, &id, row))
        .await?;
    Ok((StatusCode::CREATED, Json(row)))
}

pub async fn add_member<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath((course_id, participant_id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    app.write(move |tx| records::add_member(tx, &cw, &course_id, &participant_id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn remove_member<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath((course_id, participant_id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    app.write(move |tx| records::remove_member(tx, &cw, &course_id, &participant_id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn issue_code<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<(StatusCode, Json<IssuedCode>)> {
    let code = app
        .write(move |tx| {
            let p = records::participant(tx, &cw, &id)?;
            enrolment::issue_code(tx, &p.id, &cw.bydel_id, &format!("caseworker:{}", cw.id))
        })
        .await?;
    Ok((StatusCode::CREATED, Json(code)))
}

pub async fn devices<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<Vec<DeviceInfo>>> {
    Ok(Json(
        app.read(move |tx| records::devices(tx, &cw, &id)).await?,
    ))
}

pub async fn revoke_device<S: Store>(
    State(app): State<App<S>>,
    AuthedCaseworker(cw): Cw,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    app.write(move |tx| records::revoke_device(tx, &cw, &id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
