//! The report's charts: for each indicator, the last quarters of the own bydel beside the
//! Oslo-wide median, shares as percentages with their counts in the description.
//!
//! The median across bydeler must not give away what the report across bydeler hides: it is taken
//! only over the values that report shows (a count of 1–4, a share whose part or whole is hidden
//! or withheld, a median of fewer than five people are left out), and only when at least
//! [`MIN_BYDELER`] bydeler give a value; otherwise the quarter has no Oslo value. The own bydel's
//! bars show every number, as its own report does.

use super::chart::{Chart, Series};
use super::i18n::Arg;
use crate::domain::indicators::{Indicators, Period};

/// A translated text of a Fluent key with its values.
pub type Translate<'a> = dyn Fn(&str, &[(&str, Arg)]) -> String + 'a;

/// The fewest bydeler the Oslo-wide median is taken over, so that it names no one bydel.
pub const MIN_BYDELER: usize = 3;

/// One quarter: the own bydel's measures, and every bydel's with what the report across
/// bydeler hides (`hidden`) and withholds of it.
pub struct QuarterData {
    pub quarter: Period,
    pub own: Indicators,
    pub every: Vec<(Indicators, Vec<&'static str>, Vec<&'static str>)>,
}

#[derive(Clone, Copy)]
enum Measure {
    Count(&'static str),
    /// Part of whole, as a percentage.
    Share(&'static str, &'static str),
    Days(&'static str),
}

/// Each chart: its title's Fluent key and what it measures, in the table's order.
const CHARTED: [(&str, Measure); 9] = [
    ("reports-settled", Measure::Count("settled")),
    (
        "reports-median-to-start",
        Measure::Days("median_days_to_start"),
    ),
    (
        "reports-within-three-months",
        Measure::Share("within_three_months", "settled"),
    ),
    (
        "reports-not-started",
        Measure::Share("not_started", "settled"),
    ),
    (
        "reports-recognition-applied",
        Measure::Share("recognition_applied", "recognition_relevant"),
    ),
    (
        "reports-median-to-application",
        Measure::Days("median_days_to_application"),
    ),
    ("reports-placed", Measure::Share("placed", "settled")),
    (
        "reports-median-to-placement",
        Measure::Days("median_days_to_placement"),
    ),
    (
        "reports-trekantsamtaler",
        Measure::Count("trekantsamtaler_held"),
    ),
];

fn count(m: &Indicators, name: &str) -> usize {
    match name {
        "settled" => m.settled,
        "started" => m.started,
        "within_three_months" => m.within_three_months,
        "not_started" => m.not_started,
        "recognition_relevant" => m.recognition_relevant,
        "recognition_applied" => m.recognition_applied,
        "placed" => m.placed,
        "trekantsamtaler_held" => m.trekantsamtaler_held,
        _ => 0,
    }
}

fn days(m: &Indicators, name: &str) -> Option<i64> {
    match name {
        "median_days_to_start" => m.median_days_to_start,
        "median_days_to_application" => m.median_days_to_application,
        "median_days_to_placement" => m.median_days_to_placement,
        _ => None,
    }
}

fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| (part as f64 * 100.0 / whole as f64).round())
}

/// The bydel's own value: every number.
fn own_value(m: &Indicators, measure: Measure) -> Option<f64> {
    match measure {
        Measure::Count(f) => Some(count(m, f) as f64),
        Measure::Share(p, w) => percent(count(m, p), count(m, w)),
        Measure::Days(f) => days(m, f).map(|d| d as f64),
    }
}

/// One bydel's value as the report across bydeler shows it, or none where it hides it.
fn shown_value(
    m: &Indicators,
    hidden: &[&str],
    withheld: &[&str],
    measure: Measure,
) -> Option<f64> {
    let open = |f: &str| !hidden.contains(&f) && !withheld.contains(&f);
    match measure {
        Measure::Count(f) => open(f).then(|| count(m, f) as f64),
        Measure::Share(p, w) if open(p) && open(w) => percent(count(m, p), count(m, w)),
        Measure::Share(..) => None,
        Measure::Days(f) if open(f) => days(m, f).map(|d| d as f64),
        Measure::Days(_) => None,
    }
}

/// The median of the values shown, over at least [`MIN_BYDELER`] bydeler; rounded to whole units.
pub fn oslo_median(mut values: Vec<f64>) -> Option<f64> {
    if values.len() < MIN_BYDELER {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let m = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    };
    Some(m.round())
}

/// The charts, one per indicator; `t` gives a translated text.
pub fn charts(data: &[QuarterData], bydel_name: &str, t: &Translate<'_>) -> Vec<Chart> {
    let quarters: Vec<String> = data
        .iter()
        .map(|q| {
            use chrono::Datelike;
            let from = q.quarter.from;
            t(
                "reports-chart-quarter",
                &[
                    ("quarter", Arg::Number(f64::from(from.month0() / 3 + 1))),
                    ("year", Arg::Text(from.year().to_string())),
                ],
            )
        })
        .collect();
    let oslo_label = t("reports-chart-oslo", &[]);
    CHARTED
        .iter()
        .map(|&(key, measure)| {
            let text = |v: Option<f64>| match (v, measure) {
                (None, _) => "–".to_owned(),
                (Some(v), Measure::Share(..)) => {
                    t("reports-chart-percent", &[("n", Arg::Number(v))])
                }
                (Some(v), Measure::Days(_)) => t("reports-chart-days", &[("n", Arg::Number(v))]),
                (Some(v), Measure::Count(_)) => format!("{v}"),
            };
            let own: Vec<Option<f64>> = data.iter().map(|q| own_value(&q.own, measure)).collect();
            let oslo: Vec<Option<f64>> = data
                .iter()
                .map(|q| {
                    oslo_median(
                        q.every
                            .iter()
                            .filter_map(|(m, h, w)| shown_value(m, h, w, measure))
                            .collect(),
                    )
                })
                .collect();
            // The description says every value, the own bydel's shares with their counts.
            let own_desc: Vec<String> = data
                .iter()
                .zip(&own)
                .zip(&quarters)
                .map(|((q, v), label)| {
                    let value = match (measure, v) {
                        (Measure::Share(p, w), Some(_)) => t(
                            "reports-chart-share",
                            &[
                                ("percent", Arg::Text(text(*v))),
                                ("part", Arg::Number(count(&q.own, p) as f64)),
                                ("whole", Arg::Number(count(&q.own, w) as f64)),
                            ],
                        ),
                        (_, None) => t("reports-no-value", &[]),
                        _ => text(*v),
                    };
                    format!("{label}: {value}")
                })
                .collect();
            let oslo_desc: Vec<String> = oslo
                .iter()
                .zip(&quarters)
                .map(|(v, label)| match v {
                    Some(_) => format!("{label}: {}", text(*v)),
                    None => format!("{label}: {}", t("reports-chart-too-few-bydeler", &[])),
                })
                .collect();
            let title = t(key, &[]);
            Chart {
                id: format!("chart-{}", key.trim_start_matches("reports-")),
                desc: format!(
                    "{bydel_name}: {}. {oslo_label}: {}.",
                    own_desc.join("; "),
                    oslo_desc.join("; ")
                ),
                title,
                quarters: quarters.clone(),
                bydel: Series {
                    label: bydel_name.to_owned(),
                    texts: own.iter().map(|v| text(*v)).collect(),
                    values: own,
                },
                oslo: Series {
                    label: oslo_label.clone(),
                    texts: oslo.iter().map(|v| text(*v)).collect(),
                    values: oslo,
                },
                max: matches!(measure, Measure::Share(..)).then_some(100.0),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::console::reports::hidden_measures;
    use chrono::NaiveDate;

    fn m(settled: usize, within: usize) -> Indicators {
        Indicators {
            settled,
            within_three_months: within,
            started: within,
            not_started: settled - within,
            ..Default::default()
        }
    }

    fn with_hidden(m: Indicators) -> (Indicators, Vec<&'static str>, Vec<&'static str>) {
        let (h, w) = hidden_measures(&m);
        (m, h, w)
    }

    fn t(key: &str, args: &[(&str, Arg)]) -> String {
        let args: Vec<String> = args
            .iter()
            .map(|(k, v)| match v {
                Arg::Number(n) => format!("{k}={n}"),
                Arg::Text(s) => format!("{k}={s}"),
            })
            .collect();
        format!("{key}({})", args.join(","))
    }

    #[test]
    fn the_oslo_median_leaves_out_what_the_report_across_bydeler_hides() {
        let q = Period::quarter_of(NaiveDate::from_ymd_opt(2026, 5, 1).unwrap());
        // Shares within three months: 10 of 20 (50 %), 6 of 10 (60 %), 8 of 10 (80 %), and a
        // bydel with 3 of 6, whose 3 the report hides: left out, so the median is 60, not 55.
        let every = vec![
            with_hidden(m(20, 10)),
            with_hidden(m(10, 6)),
            with_hidden(m(10, 8)),
            with_hidden(m(6, 3)),
        ];
        let data = vec![QuarterData {
            quarter: q,
            own: m(6, 3),
            every,
        }];
        let charts = charts(&data, "Alna", &t);
        let within = charts
            .iter()
            .find(|c| c.id == "chart-within-three-months")
            .unwrap();
        assert_eq!(within.bydel.values, vec![Some(50.0)]);
        assert_eq!(within.oslo.values, vec![Some(60.0)]);
        assert!(
            within.desc.contains(
                "reports-chart-share(percent=reports-chart-percent(n=50),part=3,whole=6)"
            ),
            "{}",
            within.desc
        );
        // Settled: 20, 10, 10 and 6 are all shown: the median of four is the mean of 10 and 10.
        let settled = charts.iter().find(|c| c.id == "chart-settled").unwrap();
        assert_eq!(settled.oslo.values, vec![Some(10.0)]);
        // Three-way meetings: 0 everywhere is shown (zero points at no one).
        let held = charts
            .iter()
            .find(|c| c.id == "chart-trekantsamtaler")
            .unwrap();
        assert_eq!(held.oslo.values, vec![Some(0.0)]);
        assert_eq!(charts.len(), 9);
    }

    #[test]
    fn fewer_than_three_bydeler_with_a_shown_value_give_no_oslo_median() {
        assert_eq!(oslo_median(vec![50.0, 60.0]), None);
        assert_eq!(oslo_median(vec![60.0, 50.0, 90.0]), Some(60.0));
        assert_eq!(oslo_median(vec![1.0, 2.0, 4.0, 3.0]), Some(3.0));
        // Two bydeler show 10 of 20 and 6 of 10; the third's 2 of 4 is hidden: no median.
        let q = Period::quarter_of(NaiveDate::from_ymd_opt(2026, 5, 1).unwrap());
        let data = vec![QuarterData {
            quarter: q,
            own: m(4, 2),
            every: vec![
                with_hidden(m(20, 10)),
                with_hidden(m(10, 6)),
                with_hidden(m(4, 2)),
            ],
        }];
        let charts = charts(&data, "Alna", &t);
        let within = charts
            .iter()
            .find(|c| c.id == "chart-within-three-months")
            .unwrap();
        assert_eq!(within.oslo.values, vec![None]);
        assert_eq!(within.oslo.texts, vec!["–"]);
        assert!(within.desc.contains("reports-chart-too-few-bydeler()"));
    }
}
