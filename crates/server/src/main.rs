//! `veikart-server`: serve the API, seed demo data, issue enrolment codes and API tokens.

use anyhow::Context;
use clap::{Parser, Subcommand};
use tokio::net::TcpListener;
use veikart_server::console::oidc::{Oidc, SsoConfig};
use veikart_server::domain::{enrolment, tokens, validate};
use veikart_server::store::{Backend, Store, Tx};
use veikart_server::{App, HttpConfig, SqliteStore};

#[derive(Parser)]
#[command(name = "veikart-server", about = "The Veikart bydel server", version)]
struct Cli {
    /// Database URL: sqlite://PATH (embedded; the default) or postgres://USER@HOST/DB.
    #[arg(
        long,
        global = true,
        env = "VEIKART_DATABASE_URL",
        default_value = "sqlite://data/veikart.sqlite"
    )]
    database: String,
    /// Where the bytes of document pages are kept: by default `pages/` beside the SQLite file, or
    /// `data/pages` (under the working directory) on PostgreSQL. Every instance of a server on
    /// PostgreSQL must see the same directory.
    #[arg(long, global = true, env = "VEIKART_PAGES_DIR")]
    pages_dir: Option<std::path::PathBuf>,
    /// Log lines as text for people or as JSON objects for a log collector.
    #[arg(
        long,
        global = true,
        env = "VEIKART_LOG_FORMAT",
        value_enum,
        default_value = "text"
    )]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, clap::Args)]
struct RetentionArgs {
    /// Months the audit log is kept; older entries are deleted by the daily retention job.
    #[arg(
        long,
        env = "VEIKART_AUDIT_RETENTION_MONTHS",
        default_value_t = veikart_server::domain::retention::DEFAULT_AUDIT_MONTHS,
        value_parser = clap::value_parser!(u32).range(1..=240)
    )]
    audit_retention_months: u32,
}

impl RetentionArgs {
    fn policy(self) -> veikart_server::retention_job::Policy {
        veikart_server::retention_job::Policy {
            audit_months: self.audit_retention_months,
        }
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API (migrations run first).
    Serve {
        #[arg(long, env = "VEIKART_BIND", default_value = "127.0.0.1:8080")]
        bind: String,
        /// A proxy (load balancer, TLS terminator) whose X-Forwarded-For names the client.
        /// Repeatable; from no one else is that header believed.
        #[arg(
            long = "trusted-proxy",
            env = "VEIKART_TRUSTED_PROXIES",
            value_delimiter = ','
        )]
        trusted_proxies: Vec<std::net::IpAddr>,
        /// Serve GET /metrics (Prometheus) on this address, apart from the public one. Off unless
        /// given: the figures say how busy a bydel is.
        #[arg(long, env = "VEIKART_METRICS_BIND")]
        metrics_bind: Option<String>,
        /// Console single sign-on: the OpenID Connect provider's issuer URL, exactly as its
        /// /.well-known/openid-configuration states it. Needs the client id and secret and
        /// --public-url too.
        #[arg(long, env = "VEIKART_OIDC_ISSUER", requires_all = ["oidc_client_id", "oidc_client_secret", "public_url"])]
        oidc_issuer: Option<String>,
        /// This server's client id at the provider.
        #[arg(long, env = "VEIKART_OIDC_CLIENT_ID", requires = "oidc_issuer")]
        oidc_client_id: Option<String>,
        /// This server's client secret at the provider (prefer the environment variable: a flag
        /// shows in the process list).
        #[arg(
            long,
            env = "VEIKART_OIDC_CLIENT_SECRET",
            hide_env_values = true,
            requires = "oidc_issuer"
        )]
        oidc_client_secret: Option<String>,
        /// The address browsers and phones reach this server at, like
        /// https://veikart.example.no: the link on printed enrolment code sheets names it, and the
        /// redirect URI to register at the provider is this and /console/sso/callback. Without
        /// it, a code sheet names the address the console was opened at.
        #[arg(long, env = "VEIKART_PUBLIC_URL")]
        public_url: Option<String>,
        /// Whether caseworkers may sign in to the console with e-mail and password. Switch it off
        /// (false) where everyone signs in through the provider.
        #[arg(long, env = "VEIKART_PASSWORD_SIGN_IN", default_value_t = true, action = clap::ArgAction::Set)]
        password_sign_in: bool,
        #[command(flatten)]
        retention: RetentionArgs,
    },
    /// Run the daily retention job once now (`serve` runs it every day): delete participants
    /// whose bydel's retention period after their programme's end has run out, keeping only the
    /// figures the reports need, and prune the audit log. Prints what it deleted (counts).
    Retention {
        #[command(flatten)]
        retention: RetentionArgs,
    },
    /// Seed a realistic demo: bydeler, caseworkers, 200+ participants. Running it twice changes nothing.
    DemoSeed,
    /// Print a one-time enrolment code for a participant.
    EnrolmentCode {
        #[arg(long)]
        participant: String,
    },
    /// Create a console account (or set a new password for an existing e-mail). The password is read
    /// from VEIKART_PASSWORD or, if that is unset, from the first line of standard input.
    AddCaseworker {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// The bydel's id (created if it does not exist yet). A municipality admin works across
        /// every bydel; this is only where their account is kept.
        #[arg(long)]
        bydel: String,
        /// caseworker, leader, admin (the bydel's), municipality_admin (every bydel's staff and
        /// reports, no participant's data) or teacher (a school's: needs --school).
        #[arg(long, default_value = "caseworker")]
        role: String,
        /// A teacher's school id (created if it does not exist yet; the name is the id until
        /// changed).
        #[arg(long)]
        school: Option<String>,
    },
    /// Tie a console account to the single sign-on provider's subject claim (`sub`), so that it
    /// signs in by that whatever e-mail the provider sends; `--subject ""` unties it.
    SsoSubject {
        #[arg(long)]
        email: String,
        #[arg(long)]
        subject: String,
    },
    /// Print a new API token for a caseworker (the old one stops working).
    CaseworkerToken {
        #[arg(long)]
        email: String,
    },
    /// Write a consistent copy of the database to a new file while the server keeps running.
    Backup {
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Put a backup in place as the database (stop the server first). The database there is kept
    /// beside it; devices fetch their data anew and send again what the backup does not have.
    /// On PostgreSQL: restore a `pg_dump --format=custom` file into an empty database; arguments
    /// after `--` go to pg_restore (e.g. `-- --no-owner`).
    Restore {
        #[arg(long)]
        from: std::path::PathBuf,
        #[arg(last = true)]
        pg_restore_args: Vec<String>,
    },
    /// PostgreSQL, after a restore made by other means than `restore` (a disk snapshot,
    /// point-in-time recovery), with every server on the database stopped: start a new history, so
    /// devices fetch their data anew and send again what the restore took.
    NewHistory,
    /// Copy a SQLite database into an empty PostgreSQL database (stop the server first). Enrolled
    /// devices sync on against PostgreSQL without enrolling again. Ignores --database.
    MigrateData {
        /// sqlite://PATH
        #[arg(long)]
        from: String,
        /// postgres://USER@HOST/DATABASE (created beforehand, empty)
        #[arg(long)]
        to: String,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // Logs go to stderr: stdout carries what a command prints (a code, a token), which scripts
    // read, and PostgreSQL's notices at connection would otherwise land in the middle of it.
    let cli = Cli::parse();
    let logs = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=warn".into()),
        );
    match cli.log_format {
        LogFormat::Text => logs.init(),
        // One JSON object per line, for a log collector.
        LogFormat::Json => logs.json().init(),
    }
    let url = cli.database;
    let pages_dir = cli
        .pages_dir
        .unwrap_or_else(|| veikart_server::pages::DirPageStore::default_dir(&url));
    let backend = Backend::of(&url)?;
    let cannot_open = || format!("cannot open the database at {}", redact(&url));
    match (backend, cli.command) {
        (_, Command::MigrateData { from, to }) => {
            let target = redact(&to);
            let report = tokio::task::spawn_blocking(move || {
                veikart_server::store::migrate_data::migrate_data(&from, &to)
            })
            .await?
            .with_context(|| format!("nothing was copied to {target}"))?;
            print!("{report}");
            println!("Start the server with --database {target}");
        }
        (
            Backend::Sqlite,
            Command::Restore {
                pg_restore_args, ..
            },
        ) if !pg_restore_args.is_empty() => {
            anyhow::bail!("options after -- are for pg_restore, on PostgreSQL only")
        }
        (
            Backend::Postgres,
            Command::Restore {
                from,
                pg_restore_args,
            },
        ) => {
            let (dump, target) = (from.clone(), url.clone());
            let history = tokio::task::spawn_blocking(move || {
                veikart_server::store::postgres::restore::restore(&dump, &target, &pg_restore_args)
            })
            .await?
            .with_context(|| format!("cannot restore {}", from.display()))?;
            println!(
                "Restored {} into {} under a new history ({history})",
                from.display(),
                redact(&url)
            );
        }
        (Backend::Postgres, Command::NewHistory) => {
            let target = url.clone();
            let history = tokio::task::spawn_blocking(move || {
                veikart_server::store::postgres::restore::renew_history(&target)
            })
            .await?
            .with_context(cannot_open)?;
            println!("{} has a new history ({history})", redact(&url));
        }
        (Backend::Sqlite, Command::NewHistory) => {
            anyhow::bail!(
                "on SQLite, restore with veikart-server restore, which starts a new history itself"
            )
        }
        (Backend::Sqlite, Command::Restore { from, .. }) => {
            let path = SqliteStore::restore(&from, &url)
                .with_context(|| format!("cannot restore {}", from.display()))?;
            println!("Restored {} as {}", from.display(), path.display());
        }
        (Backend::Sqlite, Command::Backup { to }) => {
            let store = SqliteStore::open(&url).with_context(cannot_open)?;
            store
                .backup_to(&to)
                .await
                .with_context(|| format!("cannot back up to {}", to.display()))?;
            println!("Backed up to {}", to.display());
        }
        (Backend::Postgres, Command::Backup { to }) => {
            anyhow::bail!(
                "back PostgreSQL up with its own tool, while the server runs: pg_dump \
                 --format=custom --file={} DATABASE_URL (restore it with veikart-server restore)",
                to.display()
            )
        }
        (Backend::Sqlite, command) => {
            run(
                SqliteStore::open(&url).with_context(cannot_open)?,
                command,
                pages_dir,
            )
            .await?;
        }
        (Backend::Postgres, command) => {
            let store = veikart_server::PgStore::open(&url)
                .await
                .with_context(cannot_open)?;
            run(store, command, pages_dir).await?;
        }
    }
    Ok(())
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// Every command that works the same on every backend.
/// The public address without a trailing slash: http(s), a host, perhaps a path prefix (a proxy
/// may mount the server under one), never a query or fragment, since phones will open it.
fn checked_public_url(url: &str) -> anyhow::Result<String> {
    let trimmed = url.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"));
    let host = rest.map(|r| r.split('/').next().unwrap_or_default());
    match (rest, host) {
        (Some(rest), Some(host)) if !host.is_empty() && !rest.contains(['?', '#', ' ']) => {
            Ok(trimmed.to_owned())
        }
        _ => anyhow::bail!(
            "--public-url must be the server's address, like https://veikart.example.no"
        ),
    }
}

async fn run<S: Store>(
    store: S,
    command: Command,
    pages_dir: std::path::PathBuf,
) -> anyhow::Result<()> {
    match command {
        Command::Backup { .. }
        | Command::Restore { .. }
        | Command::NewHistory
        | Command::MigrateData { .. } => {
            anyhow::bail!("backup, restore, new-history and migrate-data are handled per backend")
        }
        Command::Serve {
            bind,
            trusted_proxies,
            metrics_bind,
            oidc_issuer,
            oidc_client_id,
            oidc_client_secret,
            public_url,
            password_sign_in,
            retention,
        } => {
            let public_url = match public_url {
                Some(url) => Some(checked_public_url(&url)?),
                None => None,
            };
            let sso = match (
                oidc_issuer,
                oidc_client_id,
                oidc_client_secret,
                public_url.clone(),
            ) {
                (Some(issuer), Some(client_id), Some(client_secret), Some(public_url)) => {
                    let config = SsoConfig {
                        issuer,
                        client_id,
                        client_secret,
                        public_url,
                    };
                    // Checked here so that a wrong setting stops the start with its reason.
                    let oidc = Oidc::new(config.clone()).context("single sign-on")?;
                    tracing::info!(
                        issuer = %config.issuer,
                        redirect_uri = oidc.redirect_uri(),
                        "console single sign-on"
                    );
                    Some(config)
                }
                _ => None,
            };
            if sso.is_none() && !password_sign_in {
                anyhow::bail!(
                    "with password sign-in off, configure single sign-on (--oidc-issuer), or no one can sign in to the console"
                );
            }
            let listener = TcpListener::bind(&bind)
                .await
                .with_context(|| format!("cannot listen on {bind}"))?;
            tracing::info!(addr = %listener.local_addr()?, "serving");
            // A directory that cannot be made stops the start with its reason.
            veikart_server::pages::DirPageStore::open(&pages_dir).with_context(|| {
                format!("cannot keep document pages in {}", pages_dir.display())
            })?;
            tracing::info!(dir = %pages_dir.display(), "document pages");
            let config = HttpConfig {
                trusted_proxies,
                sso,
                password_sign_in,
                public_url,
                pages_dir: Some(pages_dir),
                ..HttpConfig::default()
            };
            let app = App::new(store, config);
            if let Some(metrics_bind) = metrics_bind {
                let metrics = TcpListener::bind(&metrics_bind)
                    .await
                    .with_context(|| format!("cannot listen on {metrics_bind}"))?;
                tracing::info!(addr = %metrics.local_addr()?, "serving /metrics");
                let router = veikart_server::metrics::router(app.clone());
                tokio::spawn(async move {
                    if let Err(e) = axum::serve(metrics, router).await {
                        tracing::error!(error = %e, "the metrics listener stopped");
                    }
                });
            }
            let job = tokio::spawn(veikart_server::retention_job::daily(
                app.clone(),
                retention.policy(),
            ));
            veikart_server::serve(listener, app, shutdown_signal()).await?;
            job.abort();
            tracing::info!("stopped");
        }
        Command::Retention { retention } => {
            let config = HttpConfig {
                pages_dir: Some(pages_dir),
                ..HttpConfig::default()
            };
            let app = App::new(store, config);
            let summary = veikart_server::retention_job::run_once(
                &app,
                retention.policy(),
                chrono::Utc::now(),
            )
            .await
            .context("the retention job failed; what it had done is kept")?;
            print!("{summary}");
        }
        Command::DemoSeed => {
            let summary = veikart_server::seed::demo(&store).await?;
            println!("{summary}");
        }
        Command::EnrolmentCode { participant } => {
            let code = store
                .write(move |tx: &mut dyn Tx| {
                    let stored = tx
                        .row(&participant)?
                        .filter(|s| s.kind == veikart_protocol::RowKind::Profile && s.row.is_some())
                        .ok_or_else(|| anyhow::anyhow!("no participant with that id"))?;
                    enrolment::issue_code(tx, &participant, &stored.placement.bydel_id, "cli")
                        .map_err(|e| anyhow::anyhow!("{e}"))
                })
                .await?
                .0;
            println!("{}", code.code);
        }
        Command::AddCaseworker {
            email,
            name,
            bydel,
            role,
            school,
        } => {
            let role = veikart_server::store::Role::parse(&role).ok_or_else(|| {
                anyhow::anyhow!(
                    "role must be caseworker, leader, admin, municipality_admin or teacher"
                )
            })?;
            let school = match (role, school) {
                (veikart_server::store::Role::Teacher, Some(s)) => {
                    validate::id(&s).map_err(anyhow::Error::msg)?;
                    Some(s)
                }
                (veikart_server::store::Role::Teacher, None) => {
                    anyhow::bail!("a teacher needs --school")
                }
                (_, Some(_)) => anyhow::bail!("only a teacher belongs to a school"),
                (_, None) => None,
            };
            let password = match std::env::var("VEIKART_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    let mut line = String::new();
                    std::io::stdin()
                        .read_line(&mut line)
                        .context("cannot read the password from standard input")?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            let hash = veikart_server::console::password::hash(&password)?;
            let email = email.trim().to_lowercase();
            let name = name.trim().to_owned();
            validate::email(&email).map_err(anyhow::Error::msg)?;
            validate::text("name", &name, validate::MAX_TITLE).map_err(anyhow::Error::msg)?;
            let created = store
                .write(move |tx: &mut dyn Tx| {
                    if tx.bydel_name(&bydel)?.is_none() {
                        tx.insert_bydel(&bydel, &bydel)?;
                    }
                    if let Some(s) = &school
                        && !tx.schools()?.iter().any(|(id, _)| id == s)
                    {
                        tx.insert_school(s, s)?;
                    }
                    let (id, created) = match tx.caseworker_id_by_email(&email)? {
                        Some(id) => (id, false),
                        None => {
                            let cw = veikart_server::store::Caseworker {
                                id: format!("cw-{}", uuid_like()),
                                bydel_id: bydel.clone(),
                                name,
                                email: email.clone(),
                                role,
                                school_id: school.clone(),
                            };
                            tx.insert_caseworker(&cw)?;
                            (cw.id, true)
                        }
                    };
                    veikart_server::console::password::set(tx, &id, &hash, None)?;
                    tx.audit("cli", "set_password", &id)?;
                    Ok::<_, anyhow::Error>(created)
                })
                .await?
                .0;
            println!(
                "{}",
                if created {
                    "caseworker created"
                } else {
                    "password set for the existing caseworker"
                }
            );
        }
        Command::SsoSubject { email, subject } => {
            let email = email.trim().to_lowercase();
            let subject = subject.trim().to_owned();
            if subject.len() > 255 || subject.chars().any(char::is_control) {
                anyhow::bail!("a subject is at most 255 characters, without control characters");
            }
            let done = store
                .write(move |tx: &mut dyn Tx| {
                    let id = tx
                        .caseworker_id_by_email(&email)?
                        .ok_or_else(|| anyhow::anyhow!("no caseworker with that e-mail"))?;
                    if subject.is_empty() {
                        tx.set_sso_subject(&id, None)?;
                        tx.audit("cli", "untie_sso_subject", &id)?;
                        return Ok::<_, anyhow::Error>("untied from single sign-on");
                    }
                    match tx.caseworker_id_by_sso_subject(&subject)? {
                        Some(other) if other != id => {
                            anyhow::bail!("that subject is tied to another account ({other})")
                        }
                        _ => {}
                    }
                    tx.set_sso_subject(&id, Some(&subject))?;
                    tx.audit("cli", "tie_sso_subject", &id)?;
                    Ok("tied to the subject")
                })
                .await?
                .0;
            println!("{done}");
        }
        Command::CaseworkerToken { email } => {
            let token = tokens::new_token();
            let hash = tokens::hash(&token);
            store
                .write(move |tx: &mut dyn Tx| {
                    let id = tx
                        .caseworker_id_by_email(&email)?
                        .ok_or_else(|| anyhow::anyhow!("no caseworker with that e-mail"))?;
                    tx.set_caseworker_token(&id, &hash)?;
                    tx.audit("cli", "new_api_token", &id)?;
                    Ok::<_, anyhow::Error>(())
                })
                .await?;
            println!("{token}");
        }
    }
    Ok(())
}

fn uuid_like() -> String {
    tokens::hash(&tokens::new_token())[..16].to_owned()
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for ctrl-c");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}

#[cfg(test)]
mod tests {
    use super::checked_public_url;

    #[test]
    fn a_public_url_is_an_http_address_without_query_or_fragment() {
        for (given, kept) in [
            ("https://veikart.example.no", "https://veikart.example.no"),
            ("https://veikart.example.no/", "https://veikart.example.no"),
            ("http://10.0.0.5:8080", "http://10.0.0.5:8080"),
            (
                "https://oslo.kommune.no/veikart/",
                "https://oslo.kommune.no/veikart",
            ),
        ] {
            assert_eq!(
                checked_public_url(given).ok().as_deref(),
                Some(kept),
                "{given}"
            );
        }
        for bad in [
            "veikart.example.no",
            "ftp://veikart.example.no",
            "https://",
            "https:///enrol",
            "https://veikart.example.no/?x=1",
            "https://veikart.example.no/#code",
        ] {
            assert!(checked_public_url(bad).is_err(), "{bad}");
        }
    }
}
