//! The console's side of OpenID Connect (authorization code flow with PKCE), on the `openidconnect`
//! crate: discovery of the provider from its issuer URL, the address the browser is sent to, and
//! the exchange of the code for an ID token whose signature (the provider's JWKS), issuer,
//! audience, nonce and expiry are checked. Knows no pages, sessions or accounts (`sso` does).
//!
//! The provider's metadata and keys are fetched when the first sign-in starts, not when the server
//! starts (password sign-in and the API serve while the provider is away), and kept for
//! [`METADATA_TTL`]; a token signed with a key not among them fetches them again once (the
//! provider rotated its keys).

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreProviderMetadata, CoreTokenResponse,
};
use openidconnect::{
    AsyncHttpClient, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken,
    EndpointMaybeSet, EndpointNotSet, EndpointSet, HttpRequest, HttpResponse, IssuerUrl, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RequestTokenError, Scope, TokenResponse,
};

/// What the server is told to use: the provider, this server's registration with it, and the
/// address at which browsers reach this server (the redirect URI is made from it).
#[derive(Clone)]
pub struct SsoConfig {
    /// The provider's issuer, exactly as its discovery document states it.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// `https://veikart.example.no`, without a path: the redirect URI is this and
    /// [`CALLBACK_PATH`].
    pub public_url: String,
}

/// The secret stays out of every log and debug print.
impl std::fmt::Debug for SsoConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SsoConfig")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("client_secret", &"***")
            .field("public_url", &self.public_url)
            .finish()
    }
}

/// Where the provider sends the browser back to: register `{public_url}/console/sso/callback`.
pub const CALLBACK_PATH: &str = "/console/sso/callback";

/// How long the provider's metadata and keys are used before they are fetched again.
pub const METADATA_TTL: Duration = Duration::from_secs(600);

/// Longest answer read from the provider (a discovery document or key set is a few KB).
const MAX_ANSWER: usize = 1024 * 1024;

/// How long one request to the provider may take.
const TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("the single sign-on settings are not usable: {0}")]
    Config(String),
    #[error("the identity provider cannot be reached or answered badly: {0}")]
    Unreachable(String),
    #[error("the identity provider answers as another issuer than the one configured: {0}")]
    WrongIssuer(String),
    #[error("the identity provider did not take the code: {0}")]
    CodeRefused(String),
    #[error("the ID token has expired: {0}")]
    Expired(String),
    #[error("the ID token is not valid: {0}")]
    InvalidToken(String),
}

/// A sign-in sent to the provider: where the browser goes, and what checks its answer.
pub struct Started {
    pub url: String,
    pub state: String,
    pub pkce_verifier: String,
    pub nonce: String,
}

/// Who the provider says signed in, from a checked ID token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub subject: String,
    /// Lower-cased.
    pub email: Option<String>,
    /// True only if the token says `email_verified: true`.
    pub email_verified: bool,
}

type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpError(String);

/// The server's reqwest client as the crate's HTTP client. A type rather than a closure: its
/// futures are `Send` for every lifetime, as axum's handlers need.
struct Http(reqwest::Client);

impl<'c> AsyncHttpClient<'c> for Http {
    type Error = HttpError;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, HttpError>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(send(&self.0, request))
    }
}

pub struct Oidc {
    config: SsoConfig,
    issuer: IssuerUrl,
    redirect: RedirectUrl,
    http: Http,
    metadata: tokio::sync::Mutex<Option<(Instant, CoreProviderMetadata)>>,
}

/// An address over which a secret may travel: HTTPS, or plain HTTP to this machine (tests and
/// development).
fn safe_url(url: &openidconnect::url::Url) -> bool {
    url.scheme() == "https"
        || (url.scheme() == "http"
            && matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]")))
}

impl Oidc {
    pub fn new(config: SsoConfig) -> Result<Oidc, OidcError> {
        let issuer = IssuerUrl::new(config.issuer.clone())
            .map_err(|e| OidcError::Config(format!("the issuer URL: {e}")))?;
        let public = openidconnect::url::Url::parse(&config.public_url)
            .map_err(|e| OidcError::Config(format!("the public URL: {e}")))?;
        if !safe_url(issuer.url()) || !safe_url(&public) {
            return Err(OidcError::Config(
                "the issuer and public URLs must be https:// (plain http only on loopback)".into(),
            ));
        }
        if public.path() != "/" || public.query().is_some() {
            return Err(OidcError::Config(
                "the public URL is the server's address without a path, like https://veikart.example.no"
                    .into(),
            ));
        }
        if config.client_id.is_empty() || config.client_secret.is_empty() {
            return Err(OidcError::Config(
                "the client id and secret are both needed".into(),
            ));
        }
        let base = config.public_url.trim_end_matches('/');
        let redirect = RedirectUrl::new(format!("{base}{CALLBACK_PATH}"))
            .map_err(|e| OidcError::Config(format!("the redirect URI: {e}")))?;
        let http = reqwest::Client::builder()
            // A provider's answer that redirects elsewhere could point the server at any address.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(TIMEOUT)
            .build()
            .map_err(|e| OidcError::Config(format!("the HTTP client: {e}")))?;
        Ok(Oidc {
            config,
            issuer,
            redirect,
            http: Http(http),
            metadata: tokio::sync::Mutex::new(None),
        })
    }

    /// The redirect URI to register with the provider.
    pub fn redirect_uri(&self) -> &str {
        self.redirect.as_str()
    }

    /// The provider's metadata and keys, from the cache unless they are older than
    /// [`METADATA_TTL`] or `fresh` asks for them anew.
    async fn metadata(&self, fresh: bool) -> Result<CoreProviderMetadata, OidcError> {
        let mut cached = self.metadata.lock().await;
        if let Some((at, m)) = cached.as_ref()
            && !fresh
            && at.elapsed() < METADATA_TTL
        {
            return Ok(m.clone());
        }
        let m = CoreProviderMetadata::discover_async(self.issuer.clone(), &self.http)
            .await
            .map_err(|e| match e {
                openidconnect::DiscoveryError::Validation(v) if v.contains("issuer") => {
                    OidcError::WrongIssuer(v)
                }
                other => OidcError::Unreachable(chain(&other)),
            })?;
        *cached = Some((Instant::now(), m.clone()));
        Ok(m)
    }

    fn client(&self, metadata: CoreProviderMetadata) -> Client {
        CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(self.redirect.clone())
    }

    /// A new sign-in: the provider's address to send the browser to, with a new state, nonce and
    /// PKCE challenge (S256).
    pub async fn start(&self) -> Result<Started, OidcError> {
        let client = self.client(self.metadata(false).await?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Started {
            url: url.to_string(),
            state: state.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            nonce: nonce.secret().clone(),
        })
    }

    /// Exchange the provider's code for tokens and check the ID token: signature, issuer, audience
    /// (this client), expiry and `nonce`.
    pub async fn finish(
        &self,
        code: String,
        pkce_verifier: String,
        nonce: String,
    ) -> Result<Identity, OidcError> {
        let client = self.client(self.metadata(false).await?);
        let tokens: CoreTokenResponse = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| OidcError::Unreachable(format!("no token endpoint: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                RequestTokenError::ServerResponse(r) => OidcError::CodeRefused(r.to_string()),
                other => OidcError::Unreachable(chain(&other)),
            })?;
        let id_token = tokens
            .id_token()
            .ok_or_else(|| OidcError::InvalidToken("the answer has no ID token".into()))?;
        let nonce = Nonce::new(nonce);
        let verified = match id_token.claims(&client.id_token_verifier(), &nonce) {
            Err(ClaimsVerificationError::SignatureVerification(_)) => {
                // Perhaps a key the provider started using after the cached key set was fetched.
                let client = self.client(self.metadata(true).await?);
                id_token
                    .claims(&client.id_token_verifier(), &nonce)
                    .cloned()
            }
            other => other.cloned(),
        };
        let claims = verified.map_err(|e| match e {
            ClaimsVerificationError::Expired(m) => OidcError::Expired(m),
            ClaimsVerificationError::InvalidIssuer(m) => OidcError::WrongIssuer(m),
            other => OidcError::InvalidToken(other.to_string()),
        })?;
        Ok(Identity {
            subject: claims.subject().as_str().to_owned(),
            email: claims.email().map(|e| e.as_str().trim().to_lowercase()),
            email_verified: claims.email_verified() == Some(true),
        })
    }
}

/// An error and its causes on one line (the crate's errors say little at the top).
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cause = c.source();
    }
    s
}

/// One request to the provider over the server's reqwest client, its answer read up to
/// [`MAX_ANSWER`] bytes.
async fn send(http: &reqwest::Client, req: HttpRequest) -> Result<HttpResponse, HttpError> {
    let req = reqwest::Request::try_from(req).map_err(|e| HttpError(e.to_string()))?;
    let mut resp = http.execute(req).await.map_err(|e| HttpError(chain(&e)))?;
    let status = resp.status();
    let headers = resp.headers().clone();
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| HttpError(e.to_string()))? {
        if body.len() + chunk.len() > MAX_ANSWER {
            return Err(HttpError("the answer is too large".into()));
        }
        body.extend_from_slice(&chunk);
    }
    let mut out = HttpResponse::new(body);
    *out.status_mut() = status;
    *out.headers_mut() = headers;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn config(issuer: &str, public: &str) -> SsoConfig {
        SsoConfig {
            issuer: issuer.into(),
            client_id: "veikart".into(),
            client_secret: "s3cret-value".into(),
            public_url: public.into(),
        }
    }

    #[test]
    fn secrets_travel_over_https_or_loopback_only() {
        let ok = Oidc::new(config(
            "https://idp.example.no",
            "https://veikart.example.no",
        ))
        .unwrap();
        assert_eq!(
            ok.redirect_uri(),
            "https://veikart.example.no/console/sso/callback"
        );
        assert!(Oidc::new(config("http://127.0.0.1:9000", "http://127.0.0.1:8080/")).is_ok());
        for (issuer, public) in [
            ("http://idp.example.no", "https://veikart.example.no"),
            ("https://idp.example.no", "http://veikart.example.no"),
            (
                "https://idp.example.no",
                "https://veikart.example.no/console",
            ),
            ("not a url", "https://veikart.example.no"),
        ] {
            assert!(
                matches!(Oidc::new(config(issuer, public)), Err(OidcError::Config(_))),
                "{issuer} {public}"
            );
        }
    }

    #[test]
    fn the_secret_is_not_printed() {
        let shown = format!(
            "{:?}",
            config("https://idp.example.no", "https://v.example.no")
        );
        assert!(!shown.contains("s3cret-value"), "{shown}");
    }
}
