// Pages of required documents, made ready on the device before they are kept: a photo is shrunk
// (long side PAGE_LONG_SIDE) and compressed as JPEG, its quality lowered step by step until the
// page is at most PAGE_TARGET_MAX bytes (a readable A4 page lands at about 200–400 KB); a PDF goes
// as it is, up to PDF_MAX_BYTES. The numbers and the choice of quality are pure functions, tested in
// tests/unit/pages.test.ts; the canvas work around them runs in the webview.

/** The long side of a shrunk photo, in pixels: A4 text stays readable at this size. */
export const PAGE_LONG_SIDE = 1800;
/** The size a page aims under, and the least quality tried before settling for a larger page. */
export const PAGE_TARGET_MAX = 400 * 1024;
export const QUALITY_START = 0.82;
export const QUALITY_MIN = 0.5;
export const QUALITY_STEP = 0.08;
/** What the server takes (crates/protocol limits::MAX_PAGE_BYTES, MAX_PDF_BYTES). */
export const PAGE_MAX_BYTES = 10 * 1024 * 1024;
export const PDF_MAX_BYTES = 20 * 1024 * 1024;
/** The thumbnail kept beside a page for the list, and its JPEG quality. */
export const THUMB_LONG_SIDE = 160;
const THUMB_QUALITY = 0.6;

export interface Size {
  width: number;
  height: number;
}

/** The size a photo is drawn at: the long side at most `longSide`, the proportions kept, never enlarged. */
export function shrinkSize(width: number, height: number, longSide = PAGE_LONG_SIDE): Size {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * The quality to try next after a JPEG of `bytes` at `quality`, or null to keep it: small enough,
 * or the quality is already as low as text stays readable at.
 */
export function nextQuality(quality: number, bytes: number): number | null {
  if (bytes <= PAGE_TARGET_MAX) return null;
  const next = Math.round((quality - QUALITY_STEP) * 100) / 100;
  return next >= QUALITY_MIN - 1e-9 ? next : null;
}

export type PageKind = 'image' | 'pdf' | 'other';

/** What a chosen file is, from its type (and name, where a platform leaves the type empty). */
export function pageKind(type: string, name: string): PageKind {
  const t = type.toLowerCase();
  if (t === 'application/pdf' || (!t && /\.pdf$/i.test(name))) return 'pdf';
  if (t.startsWith('image/') || (!t && /\.(jpe?g|png|heic|heif)$/i.test(name))) return 'image';
  return 'other';
}

/** Why a file cannot be a page, as the key of its text (`page-error-*`). */
export type PageProblem = 'pdf_too_big' | 'too_big' | 'not_supported' | 'unreadable';

/** A file checked before any work: a PDF above the limit or a file that is no photo nor PDF. */
export function checkFile(type: string, name: string, size: number): PageProblem | null {
  const kind = pageKind(type, name);
  if (kind === 'other') return 'not_supported';
  if (kind === 'pdf' && size > PDF_MAX_BYTES) return 'pdf_too_big';
  if (size === 0) return 'unreadable';
  return null;
}

export interface PreparedPage {
  bytes: Uint8Array;
  /** A small JPEG as a data URL, for the list; none for a PDF. */
  thumbnail: string | null;
}

function blobOf(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

function draw(source: CanvasImageSource, size: Size): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  // A white page under a transparent PNG, not black.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, size.width, size.height);
  return canvas;
}

/** Decode a photo, the camera's orientation (EXIF) applied so a page taken upright stays upright. */
async function decode(file: Blob): Promise<ImageBitmap> {
  // From the bytes, not through an image URL: the app's Content-Security-Policy allows none.
  return createImageBitmap(file, { imageOrientation: 'from-image' });
}

/**
 * A chosen file made ready to keep: a photo shrunk and compressed, a PDF as it is. Throws a
 * PageProblem (as `{ code }`) for what cannot be a page.
 */
export async function preparePage(file: File): Promise<PreparedPage> {
  const problem = checkFile(file.type, file.name, file.size);
  if (problem) throw { code: problem };
  if (pageKind(file.type, file.name) === 'pdf') {
    return { bytes: new Uint8Array(await file.arrayBuffer()), thumbnail: null };
  }
  let image;
  try {
    image = await decode(file);
  } catch {
    // A photo this webview cannot draw (HEIC outside Safari): kept as it is if it is small enough;
    // the server reads its type from the bytes.
    if (file.size <= PAGE_MAX_BYTES && /heic|heif/i.test(file.type + file.name)) {
      return { bytes: new Uint8Array(await file.arrayBuffer()), thumbnail: null };
    }
    throw { code: 'unreadable' };
  }
  try {
    const canvas = draw(image, shrinkSize(image.width, image.height));
    let quality: number | null = QUALITY_START;
    let blob: Blob | null = null;
    while (quality !== null) {
      blob = await blobOf(canvas, quality);
      if (!blob) throw { code: 'unreadable' };
      quality = nextQuality(quality, blob.size);
    }
    if (!blob || blob.size > PAGE_MAX_BYTES) throw { code: 'too_big' };
    const thumb = draw(canvas, shrinkSize(canvas.width, canvas.height, THUMB_LONG_SIDE));
    return { bytes: new Uint8Array(await blob.arrayBuffer()), thumbnail: thumb.toDataURL('image/jpeg', THUMB_QUALITY) };
  } finally {
    image.close();
  }
}
