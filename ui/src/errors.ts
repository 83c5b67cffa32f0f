// Which message a code reads as. Every code the shell sends (the server's ErrorCode, the device's own
// ClientError codes, the sync error codes, the RejectCode of a refused change) has a message of its
// own in every locale; only a code none of them knows reads as the generic "something went wrong".
// Pure (the I18n is passed in), so it is unit-tested in every language.
import type { I18n } from './i18n';

type Has = Pick<I18n, 'has'>;

function keyFor(i18n: Has, prefix: string, code: string | null | undefined, generic: string): string {
  const key = `${prefix}${code}`;
  return code && i18n.has(key) ? key : generic;
}

/** The sentence for a failed command (a toast, the enrolment form): error-<code>. */
export function errorKey(i18n: Has, code: string | null | undefined): string {
  return keyFor(i18n, 'error-', code, 'error-internal');
}

/** The short reason in the sync bar and on Me: sync-error-<code>. */
export function syncErrorKey(i18n: Has, code: string | null | undefined): string {
  return keyFor(i18n, 'sync-error-', code, 'sync-error-internal');
}

/** Why a change was refused, to go inside "… was not accepted: {reason}": reject-<code>. */
export function rejectKey(i18n: Has, code: string | null | undefined): string {
  return keyFor(i18n, 'reject-', code, 'sync-error-internal');
}

/**
 * What a screen that could not be read says: "could not read the data" (error-load), unless the
 * device says why in a way the participant can act on (its store is locked, it is not connected).
 */
export function loadErrorKey(i18n: Has, code: string | null | undefined): string {
  return code === 'local_storage_locked' || code === 'not_enrolled' ? errorKey(i18n, code) : 'error-load';
}
