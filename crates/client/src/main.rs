//! `veikart`: the device side from a terminal, for scripts, support and tests.

use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Europe::Oslo;
use clap::{Parser, Subcommand, ValueEnum};
use veikart_client::screens::oslo_today;
use veikart_client::views::EventView;
use veikart_client::{Device, SyncEvent, keystore};
use veikart_protocol::{ActivityStatus, ActivityType, Response, Text};

#[derive(Parser)]
#[command(name = "veikart", about = "Veikart on the command line", version)]
struct Cli {
    /// The device's database file.
    #[arg(long, global = true, env = "VEIKART_DB", default_value_os_t = default_db())]
    db: PathBuf,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Encrypt the database as the app does: the key lives in the platform keystore, or where
    /// there is none (or VEIKART_KEY_STORAGE=file) in a file next to the database, readable by
    /// you only. A database with a key file next to it is opened with that key without the flag.
    #[arg(long, global = true, env = "VEIKART_ENCRYPT")]
    encrypt: bool,
    #[command(subcommand)]
    command: Command,
}

fn default_db() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("veikart").join("device.sqlite")
}

#[derive(Subcommand)]
enum Command {
    /// Enrol this device with the code a caseworker gave: the code sheet's link (which names the
    /// server), or the code alone with --server.
    Enrol {
        /// The server's address; needed only when --code is a code without its link, and
        /// otherwise used instead of the server the link names.
        #[arg(long)]
        server: Option<String>,
        /// The code, or the whole link from the code sheet.
        #[arg(long)]
        code: String,
        #[arg(long, default_value = "veikart-cli")]
        name: String,
    },
    /// Sync once (pages until done).
    Sync,
    /// Stay in step: sync on every poke from the server until interrupted.
    Watch,
    /// Next appointments, activities due, unread messages.
    Today,
    /// Goals and activities.
    Plan,
    /// This week's schedule (or from --from for --days days).
    Week {
        #[arg(long)]
        from: Option<NaiveDate>,
        #[arg(long, default_value_t = 7)]
        days: i64,
    },
    /// Recognition cases and their documents.
    Recognition,
    /// The message thread.
    Messages,
    /// Last sync, waiting changes and refused ones.
    Status,
    /// Answer an event: coming or cant-come.
    Answer {
        event: String,
        response: Answer,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Send a message to the caseworker.
    Send { body: String },
    /// Move one of your activities: proposed, in-progress or done.
    Activity { id: String, status: Status },
    /// Propose a new activity.
    Propose {
        title: String,
        #[arg(long)]
        goal: Option<String>,
    },
    /// Say that a required document is ready.
    Ready { document: String },
    /// Add a page to a required document: a photo (JPEG, PNG, HEIC) or a PDF, kept as it is (the
    /// app shrinks photos first; here the file is sent as given). Sent at the next sync.
    AddPage { document: String, file: PathBuf },
    /// Add a question to a meeting's agenda.
    Ask { event: String, text: String },
    /// Mark the caseworker's messages read.
    Read,
    /// Say that a text of the app is wrong or unclear in a language, and propose a better one.
    Wording {
        /// The app's language the text is in (nb, en, uk, ru, ar, ti, prs, so).
        #[arg(long)]
        language: String,
        /// The text's message id in locales/<language>/app.ftl.
        #[arg(long)]
        key: String,
        /// The better text.
        text: String,
        #[arg(long)]
        comment: Option<String>,
    },
    /// Sign out and wipe everything on this device.
    SignOut,
}

#[derive(Clone, Copy, ValueEnum)]
enum Answer {
    Coming,
    CantCome,
}

#[derive(Clone, Copy, ValueEnum)]
enum Status {
    Proposed,
    InProgress,
    Done,
}

fn text(t: &Text) -> String {
    if t.lang == "nb" {
        t.text.clone()
    } else {
        format!("{} [{}]", t.text, t.lang)
    }
}

fn when(t: DateTime<Utc>) -> String {
    t.with_timezone(&Oslo)
        .format("%a %Y-%m-%d %H:%M")
        .to_string()
}

fn print_event(e: &EventView) {
    let title = e
        .event
        .title
        .as_ref()
        .or(e.course_name.as_ref())
        .map(text)
        .unwrap_or_default();
    let kind = serde_json::to_value(e.event.event_kind).unwrap_or_default();
    let mut line = format!(
        "{}  {:<16} {}  ({})",
        when(e.event.starts_at),
        kind.as_str().unwrap_or(""),
        title,
        e.event.id
    );
    if let Some(place) = &e.event.place {
        line.push_str(&format!("\n      at {}", text(place)));
    }
    if let Some(room) = &e.event.room {
        line.push_str(&format!(", {room}"));
    }
    if let Some(bring) = &e.event.bring {
        line.push_str(&format!("\n      bring: {}", text(bring)));
    }
    if e.event.status == veikart_protocol::EventStatus::Cancelled {
        line.push_str("\n      CANCELLED");
    }
    if let Some(a) = &e.answer {
        let answer = serde_json::to_value(a.answer.response).unwrap_or_default();
        line.push_str(&format!(
            "\n      your answer: {}{}",
            answer.as_str().unwrap_or(""),
            receipt(Some(&a.receipt))
        ));
    }
    println!("{line}");
}

/// Where something the participant sent stands, as the app's status line says it.
fn receipt(r: Option<&veikart_client::views::Receipt>) -> String {
    use veikart_client::views::Receipt;
    match r {
        None => String::new(),
        Some(Receipt::Waiting) => " (waiting to be sent)".to_owned(),
        Some(Receipt::Sent) => " (sent)".to_owned(),
        Some(Receipt::Seen { by: Some(by), at }) => format!(" (seen by {by}, {})", when(*at)),
        Some(Receipt::Seen { by: None, at }) => format!(" (seen, {})", when(*at)),
    }
}

/// The caseworker's answer to a proposal, if any.
fn response(a: &veikart_protocol::Activity) -> String {
    let Some(r) = &a.response else {
        return String::new();
    };
    let outcome = serde_json::to_value(r.outcome).unwrap_or_default();
    let comment = r
        .comment
        .as_ref()
        .map(|c| format!(": {}", text(c)))
        .unwrap_or_default();
    format!(
        "\n      {} by {}{comment}",
        outcome.as_str().unwrap_or(""),
        r.by
    )
}

fn out<T: serde::Serialize>(json: bool, value: &T, text: impl FnOnce(&T)) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(value)?);
    } else {
        text(value);
    }
    Ok(())
}

/// The key for the database at `db`: with `--encrypt`, or when a key file is already there.
fn database_key(db: &std::path::Path, encrypt: bool) -> anyhow::Result<Option<[u8; 32]>> {
    let dir = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = db
        .file_name()
        .and_then(|n| n.to_str())
        .context("the database path must end in a file name")?;
    let file = format!("{name}.key");
    if !encrypt && !dir.join(&file).exists() {
        return Ok(None);
    }
    let account = format!("cli:{}", std::path::absolute(db)?.display());
    let which = keystore::KeyFor {
        account: &account,
        file: &file,
        database: name,
    };
    let allow_keystore = std::env::var("VEIKART_KEY_STORAGE").as_deref() != Ok("file");
    let (key, _) = keystore::database_key(dir, which, allow_keystore)?;
    Ok(Some(key))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let key = database_key(&cli.db, cli.encrypt)?;
    let device = Device::open(&cli.db, key.as_ref()).with_context(|| {
        format!(
            "cannot open {} (an encrypted database needs --encrypt)",
            cli.db.display()
        )
    })?;
    let json = cli.json;
    match cli.command {
        Command::Enrol { server, code, name } => {
            let (server, code) = veikart_client::enrol_link::resolve(server.as_deref(), &code)?;
            device.enrol(&server, &code, &name).await?;
            device.sync().await?;
            println!("Enrolled and synced.");
        }
        Command::Sync => {
            let report = device.sync().await?;
            // Then the pages that sync confirmed, as the app's run loop sends them.
            let pages = device.upload_pages(&mut |_| {}).await?;
            if json {
                println!(
                    "{}",
                    serde_json::json!({"round_trips": report.round_trips,
                        "changed": report.applied.changed_rows.len(),
                        "confirmed": report.applied.confirmed,
                        "rejected": report.applied.rejected,
                        "pages_sent": pages.completed,
                        "pages_refused": pages.refused})
                );
            } else {
                println!(
                    "Synced: {} round trip(s), {} change(s), {} sent, {} refused; {} page(s) sent.",
                    report.round_trips,
                    report.applied.changed_rows.len(),
                    report.applied.confirmed,
                    report.applied.rejected,
                    pages.completed
                );
            }
        }
        Command::Watch => {
            let device = std::sync::Arc::new(device);
            let (_kick_tx, kick) = tokio::sync::mpsc::channel(1);
            let (stop_tx, stop) = tokio::sync::watch::channel(false);
            tokio::spawn(async move {
                let _ = tokio::signal::ctrl_c().await;
                let _ = stop_tx.send(true);
            });
            veikart_client::run(
                device,
                |e| match e {
                    SyncEvent::Synced(r) => {
                        println!("synced: {} change(s)", r.applied.changed_rows.len())
                    }
                    SyncEvent::Failed(code) => println!("sync failed: {code}"),
                    SyncEvent::Revoked => println!("revoked: data wiped"),
                    SyncEvent::Upload(p) => {
                        println!("page {}: {} of {} bytes", p.page_id, p.sent, p.total)
                    }
                    SyncEvent::PagesChanged => println!("pages changed"),
                },
                kick,
                stop,
            )
            .await;
        }
        Command::Today => {
            let view = device.today(Utc::now())?;
            out(json, &view, |v| {
                println!("Next appointments:");
                v.next_events.iter().for_each(print_event);
                println!("\nDue soon:");
                for a in &v.activities_due {
                    println!(
                        "  {}  {}",
                        a.activity.due.map(|d| d.to_string()).unwrap_or_default(),
                        text(&a.activity.title)
                    );
                }
                println!("\nUnread messages: {}", v.unread_messages);
                if v.documents_missing > 0 {
                    println!("Documents missing: {}", v.documents_missing);
                }
                println!("Waiting to be sent: {}", v.sync.pending);
            })?;
        }
        Command::Plan => {
            let view = device.plan()?;
            out(json, &view, |v| {
                for g in &v.goals {
                    println!("{} ({:?})", text(&g.goal.title), g.goal.goal_kind);
                    for a in &g.activities {
                        println!(
                            "  [{:?}] {}  ({}){}{}",
                            a.activity.status,
                            text(&a.activity.title),
                            a.activity.id,
                            receipt(a.receipt.as_ref()),
                            response(&a.activity)
                        );
                    }
                }
                if !v.next_steps.is_empty() {
                    println!("Next steps from meetings");
                }
                for a in &v.next_steps {
                    println!(
                        "  [{:?}] {}  ({}){}",
                        a.activity.status,
                        text(&a.activity.title),
                        a.activity.id,
                        if a.mine { "" } else { " (the caseworker's)" }
                    );
                }
                for a in &v.other_activities {
                    println!(
                        "  [{:?}] {}  ({}){}{}",
                        a.activity.status,
                        text(&a.activity.title),
                        a.activity.id,
                        receipt(a.receipt.as_ref()),
                        response(&a.activity)
                    );
                }
            })?;
        }
        Command::Week { from, days } => {
            let from = from.unwrap_or_else(|| oslo_today(Utc::now()));
            let view = device.schedule(from, from + Duration::days(days.clamp(1, 366) - 1))?;
            out(json, &view, |v| v.events.iter().for_each(print_event))?;
        }
        Command::Recognition => {
            let view = device.recognition()?;
            out(json, &view, |v| {
                for c in &v.cases {
                    println!(
                        "{}  {:?} via {:?}  {}",
                        text(&c.case.credential),
                        c.case.status,
                        c.case.route,
                        c.case.case_number.clone().unwrap_or_default()
                    );
                    for d in &c.documents {
                        println!(
                            "  {:?}: {:?}  ({}){}",
                            d.document.document_kind,
                            d.document.status,
                            d.document.id,
                            receipt(d.receipt.as_ref())
                        );
                    }
                }
            })?;
        }
        Command::Messages => {
            let view = device.messages()?;
            out(json, &view, |v| {
                for m in &v.messages {
                    println!(
                        "{} {:?}: {}{}",
                        when(m.message.sent_at),
                        m.message.author,
                        text(&m.message.body),
                        if m.local.pending {
                            " (waiting to be sent)".to_owned()
                        } else {
                            receipt(m.receipt.as_ref())
                        }
                    );
                }
            })?;
        }
        Command::Status => {
            let view = device.sync_status()?;
            out(json, &view, |v| {
                println!("Enrolled: {}", v.enrolled);
                println!(
                    "Last synced: {}",
                    v.last_synced_at.map(when).unwrap_or_else(|| "never".into())
                );
                if let Some(e) = &v.last_error {
                    println!("Last error: {e}");
                }
                println!("Waiting to be sent: {}", v.pending);
                for r in &v.rejected {
                    println!(
                        "Refused: {} on {} — {:?}",
                        r.op,
                        r.target_id.clone().unwrap_or_default(),
                        r.code
                    );
                }
            })?;
        }
        Command::Answer {
            event,
            response,
            reason,
        } => {
            let response = match response {
                Answer::Coming => Response::Coming,
                Answer::CantCome => Response::CantCome,
            };
            device.answer_event(&event, response, reason.as_deref())?;
            println!("Saved; it will be sent at the next sync.");
        }
        Command::Send { body } => {
            let id = device.send_message(&body)?;
            println!("{id}");
        }
        Command::Wording {
            language,
            key,
            text,
            comment,
        } => {
            let id = device.propose_wording(&language, &key, &text, comment.as_deref())?;
            println!("{id}");
        }
        Command::Activity { id, status } => {
            let status = match status {
                Status::Proposed => ActivityStatus::Proposed,
                Status::InProgress => ActivityStatus::InProgress,
                Status::Done => ActivityStatus::Done,
            };
            device.set_activity_status(&id, status)?;
            println!("Saved; it will be sent at the next sync.");
        }
        Command::Propose { title, goal } => {
            let id = device.propose_activity(
                &title,
                None,
                ActivityType::Other,
                goal.as_deref(),
                None,
            )?;
            println!("{id}");
        }
        Command::Ready { document } => {
            device.mark_document_ready(&document)?;
            println!("Saved; it will be sent at the next sync.");
        }
        Command::AddPage { document, file } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let id = device.add_document_page(&document, &bytes, None)?;
            println!("{id}");
        }
        Command::Ask { event, text } => {
            let id = device.add_agenda_item(&event, &text)?;
            println!("{id}");
        }
        Command::Read => {
            let n = device.mark_messages_read()?;
            println!("{n} message(s) marked read.");
        }
        Command::SignOut => {
            if device.enrolment()?.is_none() {
                bail!("this device is not enrolled");
            }
            if device.sign_out().await? {
                println!(
                    "Signed out; the data on this device is deleted and the server has stopped accepting it."
                );
            } else {
                println!(
                    "Signed out; the data on this device is deleted. The server could not be reached: it is told at the next `veikart enrol`."
                );
            }
        }
    }
    Ok(())
}
