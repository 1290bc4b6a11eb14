import type { GaView } from './record.js';

/** Last roll-call date of a record or view, or null when it has none. */
export function dataEnd(view: GaView): string | null {
  return view.rollCallCount ? view.date(view.rollCallCount - 1) : null;
}

/**
 * One plain sentence when a requested date or window end passes the end of the GA data
 * (January 2020 for Voeten's release), else null. `until` is a date (YYYY-MM-DD) or a year.
 */
export function dataEndNotice(view: GaView, until: string | number | null): string | null {
  const end = dataEnd(view);
  if (!end || until === null) return null;
  const passes = typeof until === 'number' ? until > Number(end.slice(0, 4)) : until > end;
  if (!passes) return null;
  return `Note: the GA voting data end on ${end}; the requested ${typeof until === 'number' ? `window runs to ${until}` : `date is ${until}`}, so nothing after ${end} is in these figures.`;
}
