// The code sheet's link, the older app link and the code alone, read the same way as the client
// reads them (crates/client/src/enrol_link.rs reads the same cases).
import { describe, expect, it } from 'vitest';
import { parseEnrolText } from '../../src/enrol-link';
import shared from './enrol-links.json';

describe('parseEnrolText', () => {
  for (const c of shared.cases as { input: string; server?: string | null; code?: string; result?: null }[]) {
    it(`reads ${JSON.stringify(c.input)}`, () => {
      const want = 'result' in c ? null : { server: c.server ?? null, code: c.code };
      expect(parseEnrolText(c.input)).toEqual(want);
    });
  }
});
