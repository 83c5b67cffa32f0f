// The commands and events of docs/ui-contract.md, typed. Nothing else talks to the shell.
import { invoke, type PermissionState, requestPermissions } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type {
  ActivityStatus, ActivityType, CommandError, MessagesView, PageProgress, PlanView, RecognitionView, Response,
  ScheduleView, Settings, SyncStatus, TodayView,
} from './types';

export const api = {
  today: () => invoke<TodayView>('today'),
  plan: () => invoke<PlanView>('plan'),
  schedule: (from: string, to: string) => invoke<ScheduleView>('schedule', { from, to }),
  recognition: () => invoke<RecognitionView>('recognition'),
  messages: () => invoke<MessagesView>('messages'),
  syncStatus: () => invoke<SyncStatus>('sync_status'),
  settings: () => invoke<Settings>('settings'),

  setActivityStatus: (activityId: string, status: ActivityStatus) =>
    invoke<void>('set_activity_status', { activityId, status }),
  proposeActivity: (a: { title: string; description?: string; activityType: ActivityType; goalId?: string; due?: string }) =>
    invoke<void>('propose_activity', a),
  answerEvent: (eventId: string, response: Response, reason?: string) =>
    invoke<void>('answer_event', { eventId, response, reason }),
  addAgendaItem: (eventId: string, text: string) => invoke<void>('add_agenda_item', { eventId, text }),
  markDocumentReady: (documentId: string) => invoke<void>('mark_document_ready', { documentId }),
  /**
   * Keep a page of a required document: its bytes go as the raw body (no JSON, no base64), the
   * document and the thumbnail in headers. Returns the page's id.
   */
  addDocumentPage: (documentId: string, bytes: Uint8Array, thumbnail: string | null) =>
    invoke<string>('add_document_page', bytes, {
      headers: { 'Veikart-Document': documentId, ...(thumbnail ? { 'Veikart-Thumbnail': thumbnail } : {}) },
    }),
  removeDocumentPage: (pageId: string) => invoke<void>('remove_document_page', { pageId }),
  sendMessage: (body: string) => invoke<void>('send_message', { body }),
  proposeWording: (p: { language: string; key: string; text: string; comment?: string }) =>
    invoke<string>('propose_wording', p),
  markMessagesRead: () => invoke<void>('mark_messages_read'),
  dismissRejection: (id: number) => invoke<void>('dismiss_rejection', { id }),
  setSettings: (s: { language?: string; textScale?: number; reminderMinutes?: number }) =>
    invoke<void>('set_settings', s),

  enrol: (serverUrl: string, code: string) => invoke<void>('enrol', { serverUrl, code }),
  /** Whether the camera can read the code sheet's QR code here (phones). */
  canScan: () => invoke<boolean>('can_scan'),
  scanCode,
  syncNow: () => invoke<SyncStatus>('sync_now'),
  exportData: () => invoke<string>('export_data'),
  exportIcs: () => invoke<string>('export_ics'),
  signOut: () => invoke<void>('sign_out'),
  /** Tells the shell the first screen is drawn with its data (for the start-up benchmark). */
  rendered: () => invoke<void>('rendered'),
};

export function onDataChanged(cb: (source: 'sync' | 'local') => void): Promise<UnlistenFn> {
  return listen<{ source: 'sync' | 'local' }>('data-changed', (e) => cb(e.payload?.source ?? 'sync'));
}
export function onSyncStatus(cb: (s: SyncStatus) => void): Promise<UnlistenFn> {
  return listen<SyncStatus>('sync-status', (e) => cb(e.payload));
}
/** A page's upload moved on: bytes the server has of the page's total. */
export function onPageProgress(cb: (p: PageProgress) => void): Promise<UnlistenFn> {
  return listen<PageProgress>('page-progress', (e) => cb(e.payload));
}
export function onWiped(cb: () => void): Promise<UnlistenFn> {
  return listen('wiped', () => cb());
}

/** The code of a thrown command error ({code, message}), or 'internal' for anything else. */
export function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as CommandError).code === 'string') {
    return (e as CommandError).code;
  }
  return 'internal';
}

/**
 * The text of the QR code the camera reads, through tauri-plugin-barcode-scanner (phones only; its
 * commands are called as its own JavaScript package calls them). Null when the participant closes
 * the camera; `camera_denied` when the camera may not be used.
 */
async function scanCode(): Promise<string | null> {
  const allowed = await requestPermissions<{ camera: PermissionState }>('barcode-scanner');
  if (allowed.camera !== 'granted') throw { code: 'camera_denied', message: 'camera not allowed' };
  try {
    const read = await invoke<{ content: string }>('plugin:barcode-scanner|scan', { windowed: false, formats: ['QR_CODE'] });
    return read.content;
  } catch (e) {
    if (/cancel/i.test(String((e as { message?: string })?.message ?? e))) return null;
    throw { code: 'scan_failed', message: 'the camera could not read a code' };
  }
}
