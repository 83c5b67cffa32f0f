// Decorative line icons (hidden from screen readers; every icon sits beside a text label).
import { svg, html, type TemplateResult } from 'lit-html';

const paths: Record<string, ReturnType<typeof svg>> = {
  today: svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>`,
  plan: svg`<path d="M4 21V4M4 4h12l-2 4 2 4H4"/>`,
  schedule: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  recognition: svg`<path d="M3 8l9-4 9 4-9 4-9-4z"/><path d="M7 10v5c0 1.7 2.2 3 5 3s5-1.3 5-3v-5"/>`,
  messages: svg`<path d="M4 5h16v11H9l-5 4z"/>`,
  me: svg`<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4 3.6-7 8-7s8 3 8 7"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  alert: svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.5"/>`,
  cloud: svg`<path d="M7 18h10a4 4 0 0 0 0-8 6 6 0 0 0-11.6 1.5A3.3 3.3 0 0 0 7 18z"/>`,
  'cloud-off': svg`<path d="M7 18h10a4 4 0 0 0 1.6-.3M20.5 14A4 4 0 0 0 17 10a6 6 0 0 0-8.3-4.9M6 8.5A6 6 0 0 0 5.4 11.5 3.3 3.3 0 0 0 7 18M3 3l18 18"/>`,
  check: svg`<path d="M5 12l5 5 9-10"/>`,
  seen: svg`<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>`,
  download: svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>`,
  place: svg`<path d="M12 21s7-6.2 7-12a7 7 0 0 0-14 0c0 5.8 7 12 7 12z"/><circle cx="12" cy="9" r="2.5"/>`,
  bag: svg`<rect x="4" y="7" width="16" height="13" rx="2"/><path d="M9 7V5h6v2"/>`,
  people: svg`<circle cx="9" cy="8" r="3"/><circle cx="17" cy="9" r="2.5"/><path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M15 14.5c3 0 6 1.8 6 5"/>`,
  camera: svg`<path d="M3 8h4l2-3h6l2 3h4v12H3z"/><circle cx="12" cy="13.5" r="3.5"/>`,
  doc: svg`<path d="M6 3h9l4 4v14H6z"/><path d="M14 3v5h5M9 13h7M9 17h7"/>`,
};

export function icon(name: string): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths[name]}</svg>`;
}
