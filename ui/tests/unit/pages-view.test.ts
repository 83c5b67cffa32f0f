// The Recognition screen's pages: the line under a document (the caseworker's verdict with what to
// do next, or where the pages stand), each page's state in words, and the progress bar moved by the
// shell's page-progress event.
import { describe, expect, it } from 'vitest';
import { pageStateKey, pagesLine } from '../../src/helpers';
import { pageProgress } from '../../src/screens/recognition';
import type { DocumentView, PageView, RecognitionView } from '../../src/types';
import { PACK_STATES, PAGE_STATES, VERDICT_CODES } from '../../src/types';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const page = (o: Partial<PageView> = {}): PageView => ({
  id: 'pg1', index: 0, content_type: 'image/jpeg', size: 1000, state: 'on_device', percent: 0, removable: true, ...o,
});
const doc = (o: Partial<DocumentView> = {}): DocumentView => ({
  id: 'd1', case_id: 'c', document_kind: 'passport_copy', status: 'missing', note: null, pending: false,
  pages: [page()], pack: 'on_device', can_add_pages: true, ...o,
});
const en = readFileSync(resolve(__dirname, '../../../locales/en/app.ftl'), 'utf8');
const has = (key: string) => new RegExp(`^${key} =`, 'm').test(en);

describe("a document's pages line", () => {
  it('says where the pages stand while there is no verdict about them', () => {
    for (const pack of PACK_STATES.filter((p) => p !== 'judged')) {
      expect(pagesLine(doc({ pack }))).toEqual({ key: `page-pack-${pack}`, next: null, tone: 'info' });
    }
  });
  it("gives the caseworker's verdict with what to do next: accepted reads as done, the others as a warning", () => {
    for (const code of VERDICT_CODES) {
      const line = pagesLine(doc({ pack: 'judged', verdict: { code, at: '2026-08-17T08:00:00Z' } }));
      expect(line.key).toBe(`verdict-${code}`);
      expect(line.next).toBe(`verdict-next-${code}`);
      expect(line.tone).toBe(code === 'accepted' ? 'ok' : 'warn');
      expect(has(line.key) && has(line.next!), `${code} has its texts`).toBe(true);
    }
  });
  it('every page state and pack state has its text', () => {
    for (const state of PAGE_STATES) expect(has(pageStateKey(page({ state }))), state).toBe(true);
    for (const pack of PACK_STATES) expect(has(`page-pack-${pack}`), pack).toBe(true);
  });
});

describe('the progress bar', () => {
  const view = (): RecognitionView => ({
    cases: [{
      id: 'c', credential: { text: 'Bachelor', lang: 'nb' }, country: null, level: null, route: 'hkdir_general', authority: null,
      status: 'draft', case_number: null, history: [], missing: 1, documents: [doc()],
    }],
  } as RecognitionView);
  it('moves the page to sending with whole percents, never 100 before the end', () => {
    const v = view();
    expect(pageProgress(v, 'pg1', 500, 1000)).toBe(true);
    const d = v.cases[0]!.documents[0]!;
    expect(d.pages[0]).toMatchObject({ state: 'sending', percent: 50 });
    expect(d.pack).toBe('sending');
    pageProgress(v, 'pg1', 999, 1000);
    expect(d.pages[0]!.percent).toBe(99);
    pageProgress(v, 'pg1', 1000, 1000);
    expect(d.pages[0]!.percent).toBe(100);
  });
  it('leaves a sent page and an unknown page alone', () => {
    const v = view();
    v.cases[0]!.documents[0]!.pages[0]!.state = 'sent';
    expect(pageProgress(v, 'pg1', 10, 1000)).toBe(false);
    expect(pageProgress(v, 'nope', 10, 1000)).toBe(false);
    expect(pageProgress(undefined, 'pg1', 10, 1000)).toBe(false);
  });
});
