// What a person types, or the camera reads, to enrol: the code sheet's link (the server and the
// code in one, `https://veikart.example.no/enrol#ABCD-EFGH-JKMN`), the older
// `veikart://enrol?server=…&code=…`, or the code alone. The same reading as the client's
// (crates/client/src/enrol_link.rs); both are tested on tests/unit/enrol-links.json.

export interface EnrolTarget {
  /** The server, when the text carries one (`https://host[:port][/prefix]`). */
  server: string | null;
  /** The code in capitals, without spaces. */
  code: string;
}

const MAX_CODE = 32;

/** The text read as a link or a code; null when it is neither. */
export function parseEnrolText(input: string): EnrolTarget | null {
  const text = input.trim();
  if (!text) return null;
  const lower = text.toLowerCase();
  if (lower.startsWith('veikart://')) return appLink(text);
  if (lower.startsWith('http://') || lower.startsWith('https://')) return webLink(text);
  const bare = code(text);
  if (bare) return { server: null, code: bare };
  // A link typed without its scheme ("veikart.oslo.kommune.no/enrol#…") is an https one.
  if (lower.includes('/enrol') && !lower.includes('://')) return webLink(`https://${text}`);
  return null;
}

function code(text: string): string | null {
  const c = text.replace(/\s+/g, '').toUpperCase();
  return c.length > 0 && c.length <= MAX_CODE && /[A-Z0-9]/.test(c) && /^[A-Z0-9-]+$/.test(c) ? c : null;
}

function url(text: string): URL | null {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'veikart:' ? u : null;
  } catch {
    return null;
  }
}

function origin(u: URL): string {
  return `${u.protocol}//${u.host}`;
}

function webLink(text: string): EnrolTarget | null {
  const u = url(text);
  if (!u || u.protocol === 'veikart:' || !u.pathname.endsWith('/enrol')) return null;
  const prefix = u.pathname.slice(0, -'/enrol'.length);
  const fragment = u.hash.replace(/^#/, '');
  const raw = fragment ? fragment.replace(/^code=/, '') : u.searchParams.get('code');
  const c = raw === null ? null : code(raw);
  return c ? { server: `${origin(u)}${prefix}`, code: c } : null;
}

function appLink(text: string): EnrolTarget | null {
  const u = url(text);
  if (!u) return null;
  const raw = u.searchParams.get('code');
  const c = raw === null ? null : code(raw);
  if (!c) return null;
  const s = u.searchParams.get('server');
  if (s === null) return { server: null, code: c };
  const su = url(s);
  if (!su || su.protocol === 'veikart:') return null;
  return { server: `${origin(su)}${su.pathname.replace(/\/+$/, '')}`, code: c };
}
