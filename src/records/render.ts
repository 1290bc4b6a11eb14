/** One entry point for `council export`: a session's events in the requested format. */
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import { meetingRecord } from './meeting-record.js';
import { toPdf } from './pdf.js';
import { exportVotes, votesToCsv } from './votes-export.js';
import type { Language } from './lang/index.js';

export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Text for md/html/csv/json, bytes for pdf; null when the events hold no session. Records in `lang`; csv stays language-free, json adds `localized` per vote. */
export async function renderSession(
  events: readonly { type: string; data: unknown }[],
  format: ExportFormat,
  lang: Language = 'en',
): Promise<string | Buffer | null> {
  if (format === 'csv' || format === 'json') {
    // The JSON export adds, with a language other than English, what a reader sees of each vote in it; the CSV stays the Library's columns.
    const votes = exportVotes(events, format === 'json' && lang !== 'en' ? lang : undefined);
    if (!votes) return null;
    return format === 'csv' ? votesToCsv(votes) : JSON.stringify(votes, null, 2) + '\n';
  }
  const record = meetingRecord(events, lang);
  if (!record) return null;
  if (format === 'md') return toMarkdown(record);
  if (format === 'html') return toHtml(record);
  return toPdf(record);
}
