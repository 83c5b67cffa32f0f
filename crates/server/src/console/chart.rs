//! A bar chart drawn on the server as inline SVG, for the reports: per quarter, the bydel's bar
//! beside the Oslo-wide median's. No script and no colour alone: the bydel's bars are filled, the
//! median's are outlined and hatched, every bar carries its value as text, and the chart is an
//! image (`role="img"`) named by its `<title>` and described, value by value, in its `<desc>`.
//! Every text it shows is handed in already translated, and escaped here.

use std::fmt::Write;

/// One series: a value (or none) per quarter, and the text shown for it.
pub struct Series {
    pub label: String,
    pub values: Vec<Option<f64>>,
    pub texts: Vec<String>,
}

pub struct Chart {
    /// Unique on the page: the ids of the title and description are made from it.
    pub id: String,
    pub title: String,
    pub desc: String,
    pub quarters: Vec<String>,
    pub bydel: Series,
    pub oslo: Series,
    /// The top of the scale (100 for percentages); at least the largest value.
    pub max: Option<f64>,
}

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 200.0;
const TOP: f64 = 44.0;
const BOTTOM: f64 = 170.0;
const LEFT: f64 = 8.0;
const BAR: f64 = 26.0;

/// Text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The chart as an `<svg>` element.
pub fn svg(c: &Chart) -> String {
    let largest = c
        .bydel
        .values
        .iter()
        .chain(&c.oslo.values)
        .flatten()
        .fold(0.0_f64, |a, b| a.max(*b));
    let max = c.max.unwrap_or(0.0).max(largest).max(1.0);
    let groups = c.quarters.len().max(1) as f64;
    let step = (WIDTH - LEFT * 2.0) / groups;
    let id = escape(&c.id);
    let mut s = String::new();
    // Writing to a String cannot fail.
    let _ = write!(
        s,
        r#"<svg class="chart" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(&c.title),
        escape(&c.desc)
    );
    let _ = write!(
        s,
        r##"<defs><pattern id="{id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#4d5560" stroke-width="2"/></pattern></defs>"##
    );
    // The legend: a filled square for the bydel, a hatched one for the median.
    let _ = write!(
        s,
        r##"<g class="legend" font-size="12"><rect x="{LEFT}" y="6" width="12" height="12" fill="#0b5394"/><text x="{}" y="16">{}</text><rect x="{}" y="6" width="12" height="12" fill="url(#{id}-hatch)" stroke="#1b1f23"/><text x="{}" y="16">{}</text></g>"##,
        LEFT + 16.0,
        escape(&c.bydel.label),
        WIDTH / 2.0,
        WIDTH / 2.0 + 16.0,
        escape(&c.oslo.label)
    );
    let _ = write!(
        s,
        r##"<line x1="{LEFT}" y1="{BOTTOM}" x2="{}" y2="{BOTTOM}" stroke="#1b1f23"/>"##,
        WIDTH - LEFT
    );
    let scale = (BOTTOM - TOP) / max;
    for (i, quarter) in c.quarters.iter().enumerate() {
        let centre = LEFT + step * (i as f64 + 0.5);
        for (k, series) in [&c.bydel, &c.oslo].into_iter().enumerate() {
            let x = centre - BAR - 1.0 + k as f64 * (BAR + 2.0);
            let text = series.texts.get(i).map(String::as_str).unwrap_or("");
            let value = series.values.get(i).copied().flatten();
            let top = match value {
                Some(v) => {
                    let h = (v * scale).max(if v > 0.0 { 1.0 } else { 0.0 });
                    let fill = if k == 0 {
                        "#0b5394".to_owned()
                    } else {
                        format!("url(#{id}-hatch)")
                    };
                    let _ = write!(
                        s,
                        r##"<rect x="{x:.1}" y="{:.1}" width="{BAR}" height="{h:.1}" fill="{fill}" stroke="#1b1f23" stroke-width="{}"/>"##,
                        BOTTOM - h,
                        if k == 0 { 0 } else { 1 }
                    );
                    BOTTOM - h
                }
                None => BOTTOM,
            };
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="{:.1}" font-size="11" text-anchor="middle">{}</text>"#,
                x + BAR / 2.0,
                top - 4.0,
                escape(text)
            );
        }
        let _ = write!(
            s,
            r#"<text x="{centre:.1}" y="{}" font-size="12" text-anchor="middle">{}</text>"#,
            BOTTOM + 16.0,
            escape(quarter)
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> Chart {
        Chart {
            id: "c-x".into(),
            title: "Started within <three> months".into(),
            desc: "Østensjø: Q1 50 %".into(),
            quarters: vec!["Q1 2026".into(), "Q2 2026".into()],
            bydel: Series {
                label: "Østensjø".into(),
                values: vec![Some(50.0), None],
                texts: vec!["50 %".into(), "–".into()],
            },
            oslo: Series {
                label: "Oslo (median)".into(),
                values: vec![Some(100.0), Some(0.0)],
                texts: vec!["100 %".into(), "0 %".into()],
            },
            max: Some(100.0),
        }
    }

    #[test]
    fn the_chart_is_a_named_described_image_with_every_value_as_text() {
        let s = svg(&chart());
        assert!(s.starts_with(r#"<svg class="chart" role="img""#));
        assert!(s.contains(r#"aria-labelledby="c-x-title c-x-desc""#));
        assert!(s.contains(r#"<title id="c-x-title">Started within &lt;three&gt; months</title>"#));
        assert!(s.contains(r#"<desc id="c-x-desc">Østensjø: Q1 50 %</desc>"#));
        for text in [
            "50 %",
            "100 %",
            "0 %",
            "–",
            "Q1 2026",
            "Q2 2026",
            "Oslo (median)",
        ] {
            assert!(s.contains(&format!(">{text}</text>")), "{text} missing");
        }
        // Bars: the bydel's 50 % is half the height of the median's 100 %; none for no value;
        // a zero is drawn as no bar, its text on the axis.
        let heights: Vec<f64> = s
            .split("<rect ")
            .skip(3)
            .filter_map(|r| r.split("height=\"").nth(1)?.split('"').next()?.parse().ok())
            .collect();
        assert_eq!(heights, vec![63.0, 126.0, 0.0]);
        assert!(s.ends_with("</svg>"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b>&\"'\u{7}"), "a&lt;b&gt;&amp;&quot;&#39;");
    }
}
