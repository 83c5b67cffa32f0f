// No user-visible text may be written in the UI source: it must come from the .ftl files.
// Scans every lit-html template in src/ for literal text between tags and in text attributes,
// scans for text assigned straight into the DOM, and checks every t('id') names a real message.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = resolve(__dirname, '../../src');
const files = (function walk(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
})(srcDir);

/** Skip a JS expression starting after `${`, returning the index after its closing `}`. */
function skipExpr(s: string, i: number): number {
  let depth = 1;
  while (i < s.length && depth > 0) {
    const c = s[i]!;
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === "'" || c === '"') {
      const q = c;
      i++;
      while (i < s.length && s[i] !== q) i += s[i] === '\\' ? 2 : 1;
    } else if (c === '`') {
      i = skipTemplate(s, i + 1).end;
      continue;
    }
    i++;
  }
  return i;
}

/** Read a template literal body starting after its backtick: the static parts and the end. */
function skipTemplate(s: string, i: number): { parts: string[]; textExprs: string[]; end: number } {
  const parts: string[] = [];
  const textExprs: string[] = [];
  let cur = '';
  let inTag = false;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') { cur += s.slice(i, i + 2); i += 2; continue; }
    if (c === '`') { parts.push(cur); return { parts, textExprs, end: i + 1 }; }
    if (c === '$' && s[i + 1] === '{') {
      parts.push(cur);
      cur = '';
      const end = skipExpr(s, i + 2);
      if (!inTag) textExprs.push(s.slice(i + 2, end - 1));
      i = end;
      continue;
    }
    if (c === '<') inTag = true;
    else if (c === '>') inTag = false;
    cur += c;
    i++;
  }
  throw new Error('unterminated template');
}

/** String literals an expression in text position would render: `x ? 'Ja' : …`, `a ?? 'Nei'`, `'Hei'`. */
function renderedLiterals(expr: string): string[] {
  const out: string[] = [];
  // nested templates are scanned on their own
  const first = expr.indexOf('`');
  if (first >= 0) expr = expr.slice(0, first) + expr.slice(expr.lastIndexOf('`') + 1);
  // arguments of calls (t('id'), icon('name') …) are not rendered as they are
  let flat = '';
  let depth = 0;
  for (const ch of expr) {
    if (ch === '(') depth++;
    if (depth === 0) flat += ch;
    if (ch === ')') depth = Math.max(0, depth - 1);
  }
  expr = flat;
  for (const m of expr.matchAll(/(^|\?|:|\?\?|\|\|)\s*(['"])([^'"]*)\2/g)) {
    if (/\p{L}/u.test(m[3]!)) out.push(`${m[2]}${m[3]}${m[2]}`);
  }
  return out;
}

const TEXT_ATTRS = /\s(aria-label|aria-description|aria-roledescription|title|placeholder|alt|label)\s*=\s*(["'])([^"']*)\2/g;

export function literalText(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/\bhtml`/g)) {
    const { parts, textExprs } = skipTemplate(source, m.index! + 5);
    for (const e of textExprs) found.push(...renderedLiterals(e));
    const joined = parts.join('\u0000');
    for (const a of joined.matchAll(TEXT_ATTRS)) if (/\p{L}/u.test(a[3]!)) found.push(`${a[1]}="${a[3]}"`);
    const text = joined
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
    for (const chunk of text.split('\u0000')) if (/\p{L}/u.test(chunk)) found.push(chunk.trim());
  }
  for (const m of source.matchAll(/\.(textContent|innerText|innerHTML|title)\s*=\s*(['"`])([^'"`]*)\2/g)) {
    if (/\p{L}/u.test(m[3]!)) found.push(m[0]);
  }
  for (const m of source.matchAll(/\b(toast|alert|confirm)\(\s*(['"`])([^'"`]*)\2/g)) {
    if (/\p{L}/u.test(m[3]!)) found.push(m[0]);
  }
  return found;
}

describe('no hard-coded user-visible text', () => {
  it('the scanner catches a literal (self-test)', () => {
    expect(literalText('const x = html`<p>Hello</p>`;')).toEqual(['Hello']);
    expect(literalText('const x = html`<button aria-label="Close">${t("x")}</button>`;')).toEqual(['aria-label="Close"']);
    expect(literalText('const x = html`<p>${cond ? html`Ja` : t("a")}</p>`;')).toEqual(['Ja']);
    expect(literalText("el.textContent = 'Laster';")).toEqual([".textContent = 'Laster'"]);
    expect(literalText("const x = html`<p>${ok ? 'Ferdig' : t('a')}</p>`;")).toEqual(["'Ferdig'"]);
    expect(literalText("const x = html`<p class=${ok ? 'is-ok' : ''}>${t('a')}</p>`;")).toEqual([]);
    expect(literalText("toast('Saved');")).toEqual(["toast('Saved'"]);
    expect(literalText('const x = html`<p class="a ${b}">${t(`k-${c}`)}, ${d}</p>`;')).toEqual([]);
  });

  for (const f of files) {
    it(relative(srcDir, f), () => {
      expect(literalText(readFileSync(f, 'utf8'))).toEqual([]);
    });
  }

  it('every t("id") in the source names a message in en', () => {
    const en = new Set([...readFileSync(resolve(srcDir, '../../locales/en/app.ftl'), 'utf8').matchAll(/^([a-z][\w-]*) *=/gm)].map((m) => m[1]));
    const used = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\b(?:t|tBdi|emptyNote)\('([a-z][\w-]*)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used)].filter((k) => !en.has(k))).toEqual([]);
  });

  // Right-to-left safety: a name, room, date or time inserted into a sentence is shown in a <bdi>
  // of its own (tBdi), not only between Fluent's FSI/PDI marks. t() with values is for numbers and
  // for values that are themselves translations (a refusal's reason, the name of a change).
  const TRANSLATED_OR_NUMBER = new Set(['count', 'hours', 'minutes', 'number', 'percent', 'reason', 'what']);
  function valuesWithoutBdi(source: string): string[] {
    return [...source.matchAll(/\bt\('([a-z][\w-]*)',\s*\{([^}]*)\}/g)]
      .filter((m) => [...m[2]!.matchAll(/([a-zA-Z]\w*)\s*:/g)].some((k) => !TRANSLATED_OR_NUMBER.has(k[1]!)))
      .map((m) => m[0]);
  }
  it('messages with inserted text values are shown with tBdi', () => {
    expect(valuesWithoutBdi("html`${t('event-room', { room: e.room })}`")).toHaveLength(1);
    expect(valuesWithoutBdi("html`${tBdi('event-room', { room: e.room })} ${t('sync-pending', { count: 2 })}`")).toEqual([]);
    const found = files.filter((f) => !f.endsWith('format.ts'))
      .flatMap((f) => valuesWithoutBdi(readFileSync(f, 'utf8')).map((m) => `${relative(srcDir, f)}: ${m}`));
    expect(found).toEqual([]);
  });
});
