/** The text a private meeting publishes (Rule 55, spec R41): its communiqué, from the record builder. */
import { communique, meetingRecord } from '../records/meeting-record.js';

export function communiqueOf(events: readonly { type: string; data: unknown }[]): string | null {
  // The communiqué is built from named fields of the record (item, participants, outcomes): no secret can reach it.
  const record = meetingRecord(events);
  return record && record.kind === 'communique' ? communique(record) : null;
}
