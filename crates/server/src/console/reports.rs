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

use super::chart;
use super::error::ConsoleError;
use super::extract::Query;
use super::forms::{self, FieldErrors};
use super::i18n::Arg;
use super::report_charts::{self as charts, QuarterData};
use super::session::Signed;
use super::{Console, render_page};
use crate::domain::indicators::{self, AttendanceDetail, Indicators, Period, PeriodError};
use crate::domain::report_rows;
use crate::store::Store;

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
    /// The measures shown as "fewer than 5" (counts) or not at all (medians of fewer than five).
    hidden: Vec<&'static str>,
    /// Counts that are not small but would give a hidden one away: shown as "withheld".
    withheld: Vec<&'static str>,
    /// Attendance per course and per month: on the bydel's own report only.
    detail: Option<AttendanceDetail>,
}

/// Counts under this could point at a person when bydeler are compared.
pub(crate) const SMALLEST_SHOWN: usize = 5;
/// How many quarters the charts show.
const CHART_QUARTERS: usize = 4;

/// What the report across bydeler must not show: counts from 1 to 4 (0 points at no one, and is
/// shown), medians of fewer than five people, and a count that the shown ones would give away
/// (started and not started add up to the settled: with the settled shown, one hidden withholds
/// the other).
pub(crate) fn hidden_measures(m: &Indicators) -> (Vec<&'static str>, Vec<&'static str>) {
    let small = |n: usize| (1..SMALLEST_SHOWN).contains(&n);
    let counts = [
        ("settled", m.settled),
        ("started", m.started),
        ("within_three_months", m.within_three_months),
        ("not_started", m.not_started),
        ("recognition_relevant", m.recognition_relevant),
        ("recognition_applied", m.recognition_applied),
        ("placed", m.placed),
        ("trekantsamtaler_held", m.trekantsamtaler_held),
        ("in_programme", m.in_programme),
        ("in_programme_met", m.in_programme_met),
        ("packs_sent", m.packs_sent),
        ("attendance_participants", m.attendance_participants),
        ("absent_no_valid_reason", m.absent_no_valid_reason),
    ];
    let mut hidden: Vec<&'static str> = counts
        .iter()
        .filter(|(_, n)| small(*n))
        .map(|(name, _)| *name)
        .collect();
    let mut withheld = Vec::new();
    // Only a shown total gives the other part away.
    let total_shown = !hidden.contains(&"settled");
    match (hidden.contains(&"started"), hidden.contains(&"not_started")) {
        _ if !total_shown => {}
        (true, false) => withheld.push("not_started"),
        (false, true) => withheld.push("started"),
        _ => {}
    }
    for (median, base) in [
        ("median_days_to_start", m.started),
        ("median_days_to_application", m.recognition_applied),
        ("median_days_to_placement", m.placed),
        ("median_days_complete_to_sent", m.packs_sent),
    ] {
        if base < SMALLEST_SHOWN {
            hidden.push(median);
        }
    }
    // A rate over one to four people is theirs; a total of hours over them too.
    if m.attendance_participants < SMALLEST_SHOWN {
        hidden.extend(["attendance_percent", "sessions_marked"]);
    }
    if small(m.absent_no_valid_reason) {
        hidden.push("minutes_no_valid_reason");
    }
    (hidden, withheld)
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

/// Read the rows and compute every column; audited. The role was checked in `access`.
async fn compute<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    scope: &Scope,
    q: &PeriodQuery,
    action: &'static str,
) -> Result<(Result<Period, FieldErrors>, Vec<Column>), ConsoleError> {
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
                let rows = report_rows::of_bydel(tx, &id)?;
                let measures = indicators::indicators(&rows, p, now);
                let (hidden, withheld) = if all {
                    hidden_measures(&measures)
                } else {
                    Default::default()
                };
                columns.push(Column {
                    measures,
                    hidden,
                    withheld,
                    detail: (!all).then(|| indicators::attendance_detail(&rows, p)),
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

/// The quarters the charts show: the one the period ends in and the ones before it, oldest first.
fn chart_quarters(period: Period) -> Vec<Period> {
    let mut q = vec![Period::quarter_of(period.to)];
    while q.len() < CHART_QUARTERS {
        let before = q[q.len() - 1].previous_quarter();
        q.push(before);
    }
    q.reverse();
    q
}

/// Each quarter's indicators for the own bydel, and for every bydel (with what the report across
/// bydeler hides of it), for the charts. Read in one transaction; audited with the page's view.
async fn chart_data<S: Store>(
    console: &Console<S>,
    signed: &Signed,
    period: Period,
) -> Result<Vec<QuarterData>, ConsoleError> {
    let bydel = signed.cw.bydel_id.clone();
    let quarters = chart_quarters(period);
    Ok(console
        .app
        .write(move |tx| {
            let now = tx.now();
            let mut all = Vec::new();
            for (id, _) in tx.bydeler()? {
                all.push((id.clone(), report_rows::of_bydel(tx, &id)?));
            }
            Ok::<_, crate::domain::error::DomainError>(
                quarters
                    .into_iter()
                    .map(|q| {
                        let mut own = Indicators::default();
                        let mut every = Vec::new();
                        for (id, rows) in &all {
                            let m = indicators::indicators(rows, q, now);
                            if *id == bydel {
                                own = m.clone();
                            }
                            let (hidden, withheld) = hidden_measures(&m);
                            every.push((m, hidden, withheld));
                        }
                        QuarterData {
                            quarter: q,
                            own,
                            every,
                        }
                    })
                    .collect(),
            )
        })
        .await?)
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
    let charts = match (&scope, p) {
        (Scope::Own, Some(p)) => {
            let data = chart_data(&console, &signed, p).await?;
            let name = columns.first().map(|c| c.name.clone()).unwrap_or_default();
            let i18n = &console.views.i18n;
            let t = |key: &str, args: &[(&str, Arg)]| i18n.text(signed.lang, key, args);
            charts::charts(&data, &name, &t)
                .iter()
                .map(|c| (c.title.clone(), chart::svg(c)))
                .collect()
        }
        _ => Vec::new(),
    };
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
        charts => charts,
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
const CSV_HEADER: [&str; 24] = [
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
    "in_programme",
    "in_programme_met",
    "packs_sent",
    "median_days_complete_to_sent",
    "attendance_participants",
    "sessions_marked",
    "attendance_percent",
    "hours_no_valid_reason",
    "absent_no_valid_reason",
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
    for c in columns {
        let m = &c.measures;
        // A hidden count is "<5"; a hidden median is left empty, as one with no value is.
        let n = |name: &str, v: usize| {
            if c.hidden.contains(&name) {
                "<5".to_owned()
            } else if c.withheld.contains(&name) {
                "withheld".to_owned()
            } else {
                v.to_string()
            }
        };
        let opt = |name: &str, v: Option<i64>| match v {
            Some(d) if !c.hidden.contains(&name) => d.to_string(),
            _ => String::new(),
        };
        let line = [
            csv_field(&c.id),
            csv_field(&c.name),
            period.from.to_string(),
            period.to.to_string(),
            n("settled", m.settled),
            n("started", m.started),
            n("within_three_months", m.within_three_months),
            n("not_started", m.not_started),
            opt("median_days_to_start", m.median_days_to_start),
            n("recognition_relevant", m.recognition_relevant),
            n("recognition_applied", m.recognition_applied),
            opt("median_days_to_application", m.median_days_to_application),
            n("placed", m.placed),
            opt("median_days_to_placement", m.median_days_to_placement),
            n("trekantsamtaler_held", m.trekantsamtaler_held),
            n("in_programme", m.in_programme),
            n("in_programme_met", m.in_programme_met),
            n("packs_sent", m.packs_sent),
            opt(
                "median_days_complete_to_sent",
                m.median_days_complete_to_sent,
            ),
            n("attendance_participants", m.attendance_participants),
            opt("sessions_marked", i64::try_from(m.sessions_marked).ok()),
            opt("attendance_percent", m.attendance_percent.map(i64::from)),
            // A decimal point, not the page's comma: the CSV's numbers are read by programs.
            if c.hidden.contains(&"minutes_no_valid_reason") {
                String::new()
            } else {
                super::views::hours(m.minutes_no_valid_reason).replace(',', ".")
            },
            n("absent_no_valid_reason", m.absent_no_valid_reason),
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
            hidden: Vec::new(),
            withheld: Vec::new(),
            detail: None,
        }];
        let text = csv(period, &columns);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], CSV_HEADER.join(","));
        assert_eq!(
            lines[1],
            "ostensjo,\"'=Østensjø, \"\"øst\"\"\",2026-01-01,2026-03-31,3,0,0,0,41,0,0,,0,,0,0,0,0,,0,0,,0.0,0"
        );
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn small_counts_and_medians_of_few_are_hidden_across_bydeler() {
        let m = Indicators {
            settled: 12,
            started: 9,
            within_three_months: 6,
            not_started: 3,
            median_days_to_start: Some(40),
            recognition_relevant: 4,
            recognition_applied: 0,
            median_days_to_application: None,
            placed: 5,
            median_days_to_placement: Some(90),
            trekantsamtaler_held: 1,
            in_programme: 8,
            in_programme_met: 3,
            packs_sent: 2,
            median_days_complete_to_sent: Some(9),
            attendance_participants: 7,
            sessions_marked: 40,
            sessions_attended: 34,
            attendance_percent: Some(85),
            minutes_no_valid_reason: 300,
            absent_no_valid_reason: 2,
        };
        let (hidden, withheld) = hidden_measures(&m);
        // 3 not started is small; 9 started would give it away (12 - 9), so it is withheld.
        assert_eq!(withheld, ["started"]);
        for name in [
            "not_started",
            "recognition_relevant",
            "trekantsamtaler_held",
            "in_programme_met",
            "median_days_to_application",
            "packs_sent",
            "median_days_complete_to_sent",
            "absent_no_valid_reason",
            "minutes_no_valid_reason",
        ] {
            assert!(hidden.contains(&name), "{name} shown: {hidden:?}");
        }
        // Five or more, and zero, are shown; a median of five people is shown.
        for name in [
            "settled",
            "started",
            "within_three_months",
            "recognition_applied",
            "placed",
            "in_programme",
            "median_days_to_placement",
            "attendance_participants",
            "attendance_percent",
            "sessions_marked",
        ] {
            assert!(!hidden.contains(&name), "{name} hidden: {hidden:?}");
        }
        // The median of the nine who started points at no one and is shown.
        let period = Period::new(day(2026, 1, 1), day(2026, 3, 31)).unwrap();
        let columns = vec![Column {
            id: "alna".into(),
            name: "Alna".into(),
            measures: m,
            hidden,
            withheld,
            detail: None,
        }];
        let text = csv(period, &columns);
        let line = text.split("\r\n").nth(1).unwrap();
        assert_eq!(
            line,
            "alna,Alna,2026-01-01,2026-03-31,12,withheld,6,<5,40,<5,0,,5,90,<5,8,<5,<5,,7,40,85,,<5"
        );
    }
}
