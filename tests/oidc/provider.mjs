// A real OpenID Connect provider (panva's oidc-provider, certified by the OpenID Foundation) on a
// loopback port, for the console's single sign-on tests (crates/server/tests/console_sso.rs).
//
// It prints one JSON line, {"issuer": "...", "port": N}, once it listens, and stops when its
// standard input closes (the test that started it ended).
//
// Set by the test through the environment: OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI,
// OIDC_ISSUER_HOST (default 127.0.0.1: the provider answers on 127.0.0.1 but calls itself this
// host, which is how a wrong issuer looks to the server), and OIDC_LOGIN_PAGE=1 for a login page
// with a button (for a browser) instead of signing in at once.
//
// Instead of a login form, the test says who signs in next: POST /test/account with a JSON body
// {"sub": "...", "email": "...", "email_verified": true}. POST /test/clock with {"offset": -7200}
// makes the provider's clock run that many seconds behind from then on (so the ID tokens it
// issues have already expired). POST /test/impostor hands every request from then on to another
// provider with the same keys and client that calls itself http://localhost:PORT.
import http from 'node:http';
import { generateKeyPair, exportJWK } from 'jose';
import Provider from 'oidc-provider';

const env = (name, fallback) => process.env[name] ?? fallback;
const clientId = env('OIDC_CLIENT_ID', 'veikart');
const clientSecret = env('OIDC_CLIENT_SECRET', 'a-test-secret-that-is-long-enough');
const redirectUri = env('OIDC_REDIRECT_URI', 'http://127.0.0.1:8080/console/sso/callback');
const issuerHost = env('OIDC_ISSUER_HOST', '127.0.0.1');
const showLoginPage = env('OIDC_LOGIN_PAGE', '') === '1';

const realNow = Date.now.bind(Date);
let offsetMs = 0;
Date.now = () => realNow() + offsetMs;

/** Who signs in at the next interaction, as the test set it. */
let nextAccount = null;
/** Every account that has signed in, by subject, for the claims of its tokens. */
const accounts = new Map();

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-1' };

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const issuer = `http://${issuerHost}:${port}`;

const configuration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: ['cookie-key-for-tests-only'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  // The e-mail in the ID token itself, as Entra ID and most municipal providers send it.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { sub, email: account.email, email_verified: account.email_verified };
      },
    };
  },
};
const honest = new Provider(issuer, configuration);
// The same keys and client under another issuer name, answering on the same port once the test
// says so: ID tokens from an issuer the server was not configured for.
const impostor = new Provider(`http://localhost:${port}`, configuration);
let provider = honest;

async function body(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
}

server.on('request', async (req, res) => {
  try {
    if (req.method === 'POST' && req.url === '/test/impostor') {
      provider = impostor;
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'POST' && req.url === '/test/account') {
      nextAccount = await body(req);
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'POST' && req.url === '/test/clock') {
      offsetMs = Number((await body(req)).offset ?? 0) * 1000;
      res.writeHead(204).end();
      return;
    }
    if (showLoginPage && req.method === 'GET' && req.url.startsWith('/interaction/')) {
      // A page with a button, as a real provider's login form: the way back to the console then
      // starts on the provider's site (what a browser's SameSite rules look at).
      await provider.interactionDetails(req, res);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><title>Test provider</title><form method="post" action="${req.url}">` +
          '<button type="submit">Sign in at the test provider</button></form>',
      );
      return;
    }
    if (req.url.startsWith('/interaction/') && (req.method === 'GET' || showLoginPage)) {
      // The login and consent a person would give, for the account the test named.
      const details = await provider.interactionDetails(req, res);
      if (!nextAccount) {
        await provider.interactionFinished(req, res, {
          error: 'access_denied',
          error_description: 'no test account set',
        });
        return;
      }
      const account = nextAccount;
      accounts.set(account.sub, account);
      const grant = new provider.Grant({ accountId: account.sub, clientId: details.params.client_id });
      grant.addOIDCScope('openid email');
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    provider.callback()(req, res);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
  }
});

process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
