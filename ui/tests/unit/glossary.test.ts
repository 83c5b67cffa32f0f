// The glossary (locales/<lang>/glossary.json, docs/glossary.md): one agreed rendering per language of
// each Norwegian domain term. Every message in nb/app.ftl that uses a term must use that language's
// rendering (or one of its listed inflected forms) in every other language, for every plural form.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../../locales');
// One folder per language; files beside them (review.json) are not languages.
const langs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort();
const others = langs.filter((l) => l !== 'nb');

interface SourceTerm { term: string; match: string; meaning: string; show_norwegian_in?: string[] }
interface Rendering { rendering: string; accept?: string[]; note?: string }
const read = <T>(lang: string, file: string): T => JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as T;
const source = read<{ terms: Record<string, SourceTerm> }>('nb', 'glossary.json').terms;
const glossary = (lang: string) => read<{ language: string; terms: Record<string, Rendering> }>(lang, 'glossary.json');

const FLAGS = 'iu';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The patterns a language's rendering of a term may take: the rendering itself, then the listed forms. */
function accepted(r: Rendering): RegExp[] {
  return [escape(r.rendering), ...(r.accept ?? [])].map((p) => new RegExp(p, FLAGS));
}

function bundle(lang: string): FluentBundle {
  const b = new FluentBundle(lang === 'prs' ? 'fa-AF' : lang, { useIsolating: false });
  const errors = b.addResource(new FluentResource(readFileSync(join(root, lang, 'app.ftl'), 'utf8')));
  if (errors.length) throw errors[0];
  return b;
}

// Each message is formatted with every number that picks a different plural form somewhere
// (0, 1, 2, 3, 5, 11, 21, 24 hours = 1 day) and a placeholder for text variables.
const NUMERIC = new Set(['count', 'hours', 'minutes', 'percent']);
const NUMBERS = [0, 1, 2, 3, 5, 11, 21, 24];
const nbText = readFileSync(join(root, 'nb', 'app.ftl'), 'utf8');
const messageIds = [...nbText.matchAll(/^([a-zA-Z][\w-]*) *=/gm)].map((m) => m[1]!);
/** The variables of each message of en (the reference for every language). */
const enVariables = (() => {
  const out = new Map<string, Set<string>>();
  let cur = '';
  for (const line of readFileSync(join(root, 'en', 'app.ftl'), 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const m = line.match(/^([a-zA-Z][\w-]*) *=/);
    if (m) cur = m[1]!;
    if (!cur) continue;
    const set = out.get(cur) ?? new Set<string>();
    for (const v of line.matchAll(/\$([a-zA-Z][\w-]*)/g)) set.add(v[1]!);
    out.set(cur, set);
  }
  return out;
})();
function samples(id: string): Record<string, FluentVariable>[] {
  const vars = [...(enVariables.get(id) ?? [])];
  const numeric = vars.some((v) => NUMERIC.has(v));
  return (numeric ? NUMBERS : [0]).map((n) => Object.fromEntries(vars.map((v) => [v, NUMERIC.has(v) ? n : 'X'])));
}
function format(b: FluentBundle, id: string, args: Record<string, FluentVariable>): string {
  const msg = b.getMessage(id);
  return msg?.value ? b.formatPattern(msg.value, args, []) : '';
}

/** Every message in nb that uses a term, and in each language the ones that lack its rendering. */
function violations(lang: string, g = glossary(lang), nb = bundle('nb'), other = bundle(lang)): string[] {
  const out: string[] = [];
  for (const id of messageIds) {
    for (const args of samples(id)) {
      const no = format(nb, id, args);
      for (const [termId, t] of Object.entries(source)) {
        if (!new RegExp(t.match, FLAGS).test(no)) continue;
        const r = g.terms[termId];
        if (!r) continue; // reported by the completeness test
        const text = format(other, id, args);
        if (!accepted(r).some((re) => re.test(text))) {
          const n = Object.values(args).find((v) => typeof v === 'number');
          out.push(`${lang}/${id}${n === undefined ? '' : ` (${n})`}: "${t.term}" should be "${r.rendering}" — ${text}`);
        }
      }
    }
  }
  return [...new Set(out)];
}

describe('glossary', () => {
  it('every term has a meaning and a Norwegian pattern that matches the term itself', () => {
    for (const [id, t] of Object.entries(source)) {
      expect(t.meaning.length, id).toBeGreaterThan(10);
      expect(new RegExp(t.match, FLAGS).test(t.term), `${id}: ${t.match} does not match ${t.term}`).toBe(true);
    }
  });

  it('the Norwegian patterns find the terms the app uses, and not the NAV adviser as a caseworker', () => {
    const nb = bundle('nb');
    const uses = (termId: string, id: string) => new RegExp(source[termId]!.match, FLAGS).test(format(nb, id, samples(id)[0]!));
    expect(uses('språkpraksis', 'activity-type-language_practice')).toBe(true);
    expect(uses('introduksjonsprogram', 'today-programme-starts')).toBe(true);
    expect(uses('saksbehandler/veileder', 'plan-caseworker')).toBe(true);
    expect(uses('saksbehandler/veileder', 'party-role-nav_adviser')).toBe(false);
    expect(uses('NAV', 'party-role-nav_adviser')).toBe(true);
    expect(uses('NAV', 'nav-label')).toBe(false);
  });

  for (const lang of others) {
    describe(lang, () => {
      const g = glossary(lang);
      it('has one rendering for every term, and every listed form matches that rendering', () => {
        expect(g.language).toBe(lang);
        expect(Object.keys(g.terms).sort()).toEqual(Object.keys(source).sort());
        for (const [id, r] of Object.entries(g.terms)) {
          expect(r.rendering.trim().length, `${lang}/${id}`).toBeGreaterThan(0);
          // The forms are inflections of the rendering, not other words: each must accept the rendering.
          for (const re of accepted(r)) expect(re.test(r.rendering), `${lang}/${id}: /${re.source}/ does not match "${r.rendering}"`).toBe(true);
        }
      });

      it('every message that uses a Norwegian term uses the agreed rendering', () => {
        expect(violations(lang, g)).toEqual([]);
      });

      it('labels of Norwegian arrangements also give the Norwegian word, e.g. "(språkpraksis)"', () => {
        const b = bundle(lang);
        const missing: string[] = [];
        for (const t of Object.values(source)) {
          for (const id of t.show_norwegian_in ?? []) {
            const text = format(b, id, samples(id)[0]!);
            if (!text.includes(`(${t.term})`)) missing.push(`${lang}/${id}: ${text}`);
          }
        }
        expect(missing).toEqual([]);
      });
    });
  }

  it('the check can fail: a message without the agreed rendering is reported', () => {
    const broken = new FluentBundle('en', { useIsolating: false });
    broken.addResource(new FluentResource(readFileSync(join(root, 'en', 'app.ftl'), 'utf8')
      .replace(/^plan-caseworker = .*$/m, 'plan-caseworker = Your adviser')
      .replace(/^activity-type-language_practice = .*$/m, 'activity-type-language_practice = Language course')));
    const found = violations('en', glossary('en'), bundle('nb'), broken);
    expect(found.some((v) => v.startsWith('en/plan-caseworker:'))).toBe(true);
    expect(found.some((v) => v.startsWith('en/activity-type-language_practice:'))).toBe(true);
  });
});
