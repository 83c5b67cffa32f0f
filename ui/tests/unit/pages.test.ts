import { describe, expect, it } from 'vitest';
import {
  PAGE_LONG_SIDE, PAGE_TARGET_MAX, PDF_MAX_BYTES, QUALITY_MIN, QUALITY_START, checkFile, nextQuality, pageKind, shrinkSize,
} from '../../src/pages';

describe('a photo is shrunk to a readable page', () => {
  it('keeps the proportions with the long side at the limit, portrait and landscape', () => {
    // A 12-megapixel phone photo of an A4 page, upright and sideways.
    expect(shrinkSize(3024, 4032)).toEqual({ width: 1350, height: PAGE_LONG_SIDE });
    expect(shrinkSize(4032, 3024)).toEqual({ width: PAGE_LONG_SIDE, height: 1350 });
    // A 48-megapixel one.
    expect(shrinkSize(6000, 8000)).toEqual({ width: 1350, height: PAGE_LONG_SIDE });
  });
  it('never enlarges a small picture, and survives nonsense sizes', () => {
    expect(shrinkSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(shrinkSize(0, 600)).toEqual({ width: 0, height: 0 });
    expect(shrinkSize(Number.NaN, 600)).toEqual({ width: 0, height: 0 });
    expect(shrinkSize(100000, 1)).toEqual({ width: PAGE_LONG_SIDE, height: 1 });
  });
  it('the long side sits in the 1600–2000 px a readable A4 page needs', () => {
    expect(PAGE_LONG_SIDE).toBeGreaterThanOrEqual(1600);
    expect(PAGE_LONG_SIDE).toBeLessThanOrEqual(2000);
  });
});

describe('the JPEG quality is lowered until the page is small enough', () => {
  it('keeps a page already under the target', () => {
    expect(nextQuality(QUALITY_START, 300 * 1024)).toBeNull();
    expect(nextQuality(QUALITY_START, PAGE_TARGET_MAX)).toBeNull();
  });
  it('steps down while too large, and stops at the least readable quality', () => {
    const tried: number[] = [];
    let q: number | null = QUALITY_START;
    // A page that stays too large at every quality: the steps end, they do not loop.
    while (q !== null) {
      tried.push(q);
      q = nextQuality(q, PAGE_TARGET_MAX + 1);
    }
    expect(tried[0]).toBe(QUALITY_START);
    expect(tried.at(-1)).toBeGreaterThanOrEqual(QUALITY_MIN);
    expect(tried.length).toBeLessThan(10);
    for (let i = 1; i < tried.length; i++) expect(tried[i]).toBeLessThan(tried[i - 1]!);
  });
  it('a page whose size falls with the quality stops at the first that fits', () => {
    // About 600 KB at 0.82, shrinking by a fifth per step: 0.82 → 0.74 → 0.66 fits.
    const sizeAt = (q: number) => 600 * 1024 * Math.pow(0.8, Math.round((QUALITY_START - q) / 0.08));
    let q: number | null = QUALITY_START;
    let last = QUALITY_START;
    while (q !== null) {
      last = q;
      q = nextQuality(q, sizeAt(q));
    }
    expect(last).toBe(0.66);
    expect(sizeAt(last)).toBeLessThanOrEqual(PAGE_TARGET_MAX);
  });
});

describe('what a file is, before any work', () => {
  it('photos and PDFs are pages; anything else is not', () => {
    expect(pageKind('image/jpeg', 'a.jpg')).toBe('image');
    expect(pageKind('image/heic', 'IMG_1.HEIC')).toBe('image');
    expect(pageKind('', 'scan.PDF')).toBe('pdf');
    expect(pageKind('', 'photo.heic')).toBe('image');
    expect(pageKind('application/pdf', 'x')).toBe('pdf');
    expect(pageKind('text/plain', 'notes.txt')).toBe('other');
    expect(pageKind('application/msword', 'cv.doc')).toBe('other');
  });
  it('a PDF above 20 MB is refused with its own reason; a PDF at the limit is taken as it is', () => {
    expect(checkFile('application/pdf', 'a.pdf', PDF_MAX_BYTES + 1)).toBe('pdf_too_big');
    expect(checkFile('application/pdf', 'a.pdf', PDF_MAX_BYTES)).toBeNull();
    // A large photo is not refused: it is shrunk.
    expect(checkFile('image/jpeg', 'a.jpg', 30 * 1024 * 1024)).toBeNull();
    expect(checkFile('text/plain', 'a.txt', 10)).toBe('not_supported');
    expect(checkFile('image/png', 'a.png', 0)).toBe('unreadable');
  });
});
