//! The audit's indicators (`domain::indicators`) for a chosen period, default the current quarter:
//! a bydel leader (and an admin) sees their own bydel; only an admin sees every bydel side by
//! side — the municipality's view. Both as a page and as CSV. The numbers are counts and medians,
//! never names; every view and download is audited.
//!
//! Who sees what (docs/console.md): `/console/reports` and `/console/reports.csv` — leader and
//! admin, their own bydel; `/console/reports/bydeler` and `/console/reports/bydeler.csv` — admin
//! only, every bydel. A caseworker sees neither.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};
use veikart_protocol::{Row, RowKind};

use super::error::ConsoleError;
use super::extract::Query;
use super::forms::{self, FieldErrors};
use super::session::Signed;
use super::{Console, render_page};
use crate::domain::error::DomainResult;
use crate::domain::indicators::{self, BydelRows, Indicators, Period, PeriodError};
use crate::store::{Role, Store, Tx};

#[derive(Deserialize, Default)]
pub struct PeriodQuery {
    from: Option<String>,
    to: Option<String>,
}

/// One bydel's column of the report.
#[derive(Serialize)]
struct Column {
    id: String,
    name: String,
    measures: Indicators,
}

/// The rows the indicators need, for one bydel.
fn rows_of(tx: &mut dyn Tx, bydel_id: &str) -> DomainResult<BydelRows> {
    let mut rows = BydelRows::default();
    for s in tx.bydel_rows(bydel_id, RowKind::Profile)? {
        if let Some(Row::Profile(p)) = s.row {
            rows.profiles.push(p);
        }
    }
    for s in tx.bydel_rows(bydel_id, RowKind::Activity)? {
        if let (Some(pid), Some(Row::Activity(a))) = (s.placement.participant_id, s.row) {
            rows.activities.push((pid, a));
        }
    }
    for s in tx.bydel_rows(bydel_id, RowKind::RecognitionCase)? {
        if let (Some(pid), Some(Row::RecognitionCase(c))) = (s.placement.participant_id, s.row) {
            rows.cases.push((pid, c));
        }
    }
    for s in tx.bydel_rows(bydel_id, RowKind::Event)? {
        if let Some(Row::Event(e)) = s.row {
            rows.events.push(e);
        }
    }
    Ok(rows)
}

/// The period asked for: both dates, or neither (then the current quarter in Oslo).
fn period_of(q: &PeriodQuery, today: NaiveDate) -> Result<Period, FieldErrors> {
    let mut errors = FieldErrors::default();
    let (from_text, to_text) = (forms::text(&q.from), forms::text(&q.to));
    if from_text.is_none() && to_text.is_none() {
        return Ok(Period::quarter_of(today));
    }
    let from = errors.date("from", &q.from, true);
    let to = errors.date("to", &q.to, true);
    match (from, to) {
        (Some(from), Some(to)) => Period::new(from, to).map_err(|e| {
            errors.add(
                "to",
                match e {
                    PeriodError::EndsBeforeStart => "form-error-period-order",
                    PeriodError::TooLong => "form-error-period-long",
                },
            );
            errors
        }),
        _ => Err(errors),
    }
}

enum Scope {
    Own,
    AllBydeler,
}

/// Check the role, read the rows and compute every column; audited.
async fn compute<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    scope: &Scope,
    q: &PeriodQuery,
    action: &'static str,
) -> Result<(Result<Period, FieldErrors>, Vec<Column>), ConsoleError> {
    match scope {
        Scope::Own => signed.require(&[Role::Leader, Role::Admin])?,
        Scope::AllBydeler => signed.require(&[Role::Admin])?,
    }
    let today = chrono::Utc::now().with_timezone(&Oslo).date_naive();
    let period = period_of(q, today);
    let Ok(p) = period.clone() else {
        return Ok((period, Vec::new()));
    };
    let cw = signed.cw.clone();
    let all = matches!(scope, Scope::AllBydeler);
    let columns = console
        .app
        .write(move |tx| {
            let bydeler = if all {
                tx.bydeler()?
            } else {
                let name = tx.bydel_name(&cw.bydel_id)?.unwrap_or_default();
                vec![(cw.bydel_id.clone(), name)]
            };
            let target = if all { "all" } else { cw.bydel_id.as_str() };
            tx.audit(&format!("caseworker:{}", cw.id), action, target)?;
            let now = tx.now();
            let mut columns = Vec::new();
            for (id, name) in bydeler {
                let rows = rows_of(tx, &id)?;
                columns.push(Column {
                    measures: indicators::indicators(&rows, p, now),
                    id,
                    name,
                });
            }
            columns.sort_by(|a, b| a.name.cmp(&b.name));
            Ok(columns)
        })
        .await?;
    Ok((period, columns))
}

async fn page_for<S: Store>(
    console: Console<S>,
    signed: Signed,
    q: PeriodQuery,
    scope: Scope,
) -> Result<Response, ConsoleError> {
    let (period, columns) = compute(&console, &signed, &scope, &q, "view_reports").await?;
    let (status, errors, p) = match &period {
        Ok(p) => (StatusCode::OK, FieldErrors::default(), Some(*p)),
        Err(e) => (StatusCode::UNPROCESSABLE_ENTITY, e.clone(), None),
    };
    let today = chrono::Utc::now().with_timezone(&Oslo).date_naive();
    let this_quarter = Period::quarter_of(today);
    let all = matches!(scope, Scope::AllBydeler);
    let ctx = minijinja::context! {
        period => p,
        from => p.map(|p| p.from.to_string()).or(q.from).unwrap_or_default(),
        to => p.map(|p| p.to.to_string()).or(q.to).unwrap_or_default(),
        this_quarter => this_quarter,
        previous_quarter => this_quarter.previous_quarter(),
        errors => errors,
        columns => columns,
        all => all,
        base => if all { "/console/reports/bydeler" } else { "/console/reports" },
        nav => "reports",
    };
    let html = render_page(&console, &signed, "reports.html", ctx)?;
    Ok((status, html).into_response())
}

pub async fn page<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, ConsoleError> {
    page_for(console, signed, q, Scope::Own).await
}

pub async fn bydeler<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, ConsoleError> {
    page_for(console, signed, q, Scope::AllBydeler).await
}

/// The CSV's columns: stable codes (not translated), one line per bydel.
const CSV_HEADER: [&str; 15] = [
    "bydel_id",
    "bydel",
    "from",
    "to",
    "settled",
    "started",
    "within_three_months",
    "not_started",
    "median_days_to_start",
    "recognition_relevant",
    "recognition_applied",
    "median_days_to_application",
    "placed",
    "median_days_to_placement",
    "trekantsamtaler_held",
];

/// A CSV field: quoted when needed, and never read as a formula by a spreadsheet.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv(period: Period, columns: &[Column]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    let opt = |v: Option<i64>| v.map(|d| d.to_string()).unwrap_or_default();
    for c in columns {
        let m = &c.measures;
        let line = [
            csv_field(&c.id),
            csv_field(&c.name),
            period.from.to_string(),
            period.to.to_string(),
            m.settled.to_string(),
            m.started.to_string(),
            m.within_three_months.to_string(),
            m.not_started.to_string(),
            opt(m.median_days_to_start),
            m.recognition_relevant.to_string(),
            m.recognition_applied.to_string(),
            opt(m.median_days_to_application),
            m.placed.to_string(),
            opt(m.median_days_to_placement),
            m.trekantsamtaler_held.to_string(),
        ];
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

async fn csv_for<S: Store>(
    console: Console<S>,
    signed: Signed,
    q: PeriodQuery,
    scope: Scope,
) -> Result<Response, ConsoleError> {
    let (period, columns) = compute(&console, &signed, &scope, &q, "export_reports").await?;
    // A period that is not valid is shown on the report's page, with the problem at the field.
    let Ok(period) = period else {
        return page_for(console, signed, q, scope).await;
    };
    let name = format!(
        "attachment; filename=\"veikart-{}-{}-{}.csv\"",
        if matches!(scope, Scope::AllBydeler) {
            "bydeler"
        } else {
            "bydel"
        },
        period.from,
        period.to
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        csv(period, &columns),
    )
        .into_response())
}

pub async fn own_csv<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, ConsoleError> {
    csv_for(console, signed, q, Scope::Own).await
}

pub async fn bydeler_csv<S: Store>(
    State(console): State<Console<S>>,
    signed: Signed,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, ConsoleError> {
    csv_for(console, signed, q, Scope::AllBydeler).await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_period_defaults_to_this_quarter_and_names_what_is_wrong() {
        let today = day(2026, 5, 14);
        let q = |from: &str, to: &str| PeriodQuery {
            from: Some(from.into()),
            to: Some(to.into()),
        };
        assert_eq!(
            period_of(&PeriodQuery::default(), today).unwrap(),
            Period::new(day(2026, 4, 1), day(2026, 6, 30)).unwrap()
        );
        assert_eq!(period_of(&q("", ""), today).unwrap().from, day(2026, 4, 1));
        let e =
            |from, to| serde_json::to_value(period_of(&q(from, to), today).unwrap_err()).unwrap();
        assert_eq!(
            e("2026-03-01", "2026-02-01")["to"]["key"],
            "form-error-period-order"
        );
        assert_eq!(e("2026-13-01", "")["from"]["key"], "form-error-date");
        assert_eq!(e("2026-13-01", "")["to"]["key"], "form-error-required");
        assert_eq!(
            e("2010-01-01", "2026-01-01")["to"]["key"],
            "form-error-period-long"
        );
        assert_eq!(
            e("1999-01-01", "2026-01-01")["from"]["key"],
            "form-error-year"
        );
    }

    #[test]
    fn csv_has_a_line_per_bydel_and_defuses_formulas() {
        let period = Period::new(day(2026, 1, 1), day(2026, 3, 31)).unwrap();
        let columns = vec![Column {
            id: "ostensjo".into(),
            name: "=Østensjø, \"øst\"".into(),
            measures: Indicators {
                settled: 3,
                median_days_to_start: Some(41),
                ..Default::default()
            },
        }];
        let text = csv(period, &columns);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], CSV_HEADER.join(","));
        assert_eq!(
            lines[1],
            "ostensjo,\"'=Østensjø, \"\"øst\"\"\",2026-01-01,2026-03-31,3,0,0,0,41,0,0,,0,,0"
        );
        assert_eq!(lines.len(), 3);
    }
}
