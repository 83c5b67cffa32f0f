// Every key in every language, no syntax errors, the same variables, and every code translated.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import * as T from '../../src/types';

const root = resolve(__dirname, '../../../locales');
// One folder per language; files beside them (review.json) are not languages.
const langs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
const src = (l: string) => readFileSync(join(root, l, 'app.ftl'), 'utf8');

function ids(text: string): string[] {
  return [...text.matchAll(/^(-?[a-zA-Z][\w-]*) *=/gm)].map((m) => m[1]!);
}
function variables(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let cur = '';
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-zA-Z][\w-]*) *=/);
    if (m) cur = m[1]!;
    if (!cur || line.startsWith('#')) continue;
    const set = out.get(cur) ?? new Set<string>();
    for (const v of line.matchAll(/\$([a-zA-Z][\w-]*)/g)) set.add(v[1]!);
    out.set(cur, set);
  }
  return out;
}

const en = ids(src('en'));
const enVars = variables(src('en'));

describe('locales', () => {
  it('are the eight languages of the app', () => {
    expect([...langs].sort()).toEqual([...T.LANGUAGES].sort());
  });

  for (const lang of langs) {
    describe(lang, () => {
      const text = src(lang);
      const keys = ids(text);
      it('parses with no junk and no duplicate ids', () => {
        const res = new FluentResource(text);
        expect(res.body.length, 'some entries did not parse').toBe(keys.length);
        expect(new Set(keys).size, 'duplicate ids').toBe(keys.length);
        const b = new FluentBundle(lang);
        expect(b.addResource(res)).toEqual([]);
      });
      it('has exactly the keys of en', () => {
        const have = new Set(keys);
        expect(en.filter((k) => !have.has(k)), 'missing').toEqual([]);
        const enSet = new Set(en);
        expect(keys.filter((k) => !enSet.has(k)), 'extra').toEqual([]);
      });
      it('uses only variables the English message has, and formats without errors', () => {
        const vars = variables(text);
        const b = new FluentBundle(lang === 'prs' ? 'fa-AF' : lang);
        b.addResource(new FluentResource(text));
        for (const k of keys) {
          const mine = [...(vars.get(k) ?? [])];
          const allowed = enVars.get(k) ?? new Set();
          expect(mine.filter((v) => !allowed.has(v)), `${lang}/${k}`).toEqual([]);
          const args = Object.fromEntries([...allowed].map((v) => [v, ['count', 'hours', 'minutes', 'percent'].includes(v) ? 2 : 'x']));
          const errors: Error[] = [];
          const value = b.formatPattern(b.getMessage(k)!.value!, args, errors);
          expect(errors, `${lang}/${k}`).toEqual([]);
          expect(value.trim().length, `${lang}/${k} is empty`).toBeGreaterThan(0);
        }
      });
      if (lang !== 'en') {
        it('is translated, not copied from English', () => {
          const same = keys.filter((k) => {
            const a = text.match(new RegExp(`^${k} *= *(.*)$`, 'm'))?.[1];
            const b = src('en').match(new RegExp(`^${k} *= *(.*)$`, 'm'))?.[1];
            return a && a === b && /\p{L}{4,}/u.test(a.replace(/\{[^}]*\}/g, '')) && !/^(Veikart|HK-dir|CV|OK|Server|Dari|Somali|Type|Plan|Kurs|Norsk)$/.test(a);
          });
          expect(same.length, `copied from English: ${same.join(', ')}`).toBeLessThan(12);
        });
      }
    });
  }
});

describe('every code has a translation', () => {
  const have = new Set(en);
  const groups: [string, readonly string[]][] = [
    ['goal-kind-', T.GOAL_KINDS], ['goal-status-', T.GOAL_STATUSES], ['activity-type-', T.ACTIVITY_TYPES],
    ['activity-status-', T.ACTIVITY_STATUSES], ['owner-', T.OWNERS], ['event-kind-', T.EVENT_KINDS],
    ['event-status-', T.EVENT_STATUSES], ['party-role-', T.PARTY_ROLES], ['answer-', T.RESPONSES],
    ['rec-route-', T.RECOGNITION_ROUTES], ['rec-route-authority-', T.RECOGNITION_ROUTES], ['rec-duration-', T.RECOGNITION_ROUTES],
    ['rec-status-', T.RECOGNITION_STATUSES], ['doc-kind-', T.DOCUMENT_KINDS], ['doc-what-', T.DOCUMENT_KINDS],
    ['doc-where-', T.DOCUMENT_KINDS], ['doc-status-', T.DOCUMENT_STATUSES], ['author-', T.AUTHORS],
    ['reject-', T.REJECT_CODES], ['error-', [...T.ERROR_CODES, ...T.DEVICE_ERROR_CODES]],
    ['sync-error-', T.SYNC_ERROR_TEXTS], ['op-', T.MUTATION_OPS],
    ['lang-name-', T.LANGUAGES], ['cal-month-', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']],
    ['cal-weekday-', ['0', '1', '2', '3', '4', '5', '6']], ['cal-weekday-short-', ['0', '1', '2', '3', '4', '5', '6']],
    ['nav-', ['today', 'plan', 'schedule', 'recognition', 'messages', 'me']],
    ['me-sync-state-', ['online', 'offline', 'error', 'never']], ['me-key-storage-', ['keystore', 'file']],
    ['activity-mark-', ['in_progress', 'done']], ['msg-template-', T.MESSAGE_TEMPLATES],
    ['absence-kind-', T.ABSENCE_KINDS], ['absence-status-', T.ABSENCE_STATUSES],
    ['page-state-', T.PAGE_STATES], ['page-pack-', T.PACK_STATES], ['verdict-', T.VERDICT_CODES], ['verdict-next-', T.VERDICT_CODES],
    ['page-error-', ['pdf_too_big', 'too_big', 'not_supported', 'unreadable']],
  ];
  for (const [prefix, codes] of groups) {
    it(prefix, () => {
      expect(codes.map((c) => prefix + c).filter((k) => !have.has(k))).toEqual([]);
    });
  }
  it('recognition next steps for every status', () => {
    const keys = T.RECOGNITION_STATUSES.filter((s) => s !== 'not_applied' && s !== 'draft').map((s) => `rec-next-${s}`);
    expect([...keys, 'rec-next-collect', 'rec-next-ready'].filter((k) => !have.has(k))).toEqual([]);
  });
});
