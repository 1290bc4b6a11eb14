/**
 * The body and its roster on the home form (issue 9): which body meets, the Main Committee's
 * number, and the members and observers as state codes — the data's roster for the date by
 * default, editable into any custom roster (a Model UN committee, a future Council).
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { RosterOnDate, SessionBodyKind } from '../../api/types.js';
import { useI18n } from '../../i18n/index.js';

export const BODIES: SessionBodyKind[] = ['security-council', 'general-assembly', 'ga-main-committee', 'human-rights-council'];

export interface RosterChoice {
  body: SessionBodyKind;
  committee: number;
  /** Codes typed by the chair; equal to the data's roster unless edited. */
  members: string;
  observers: string;
  roster: RosterOnDate | null;
}

/** "USA, GBR fra" -> ["USA", "GBR", "FRA"]: codes as typed, upper-cased, each once. */
export function parseCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/u)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/** The request fields the roster adds: members and observers only when they differ from the data's default. */
export function rosterRequest(choice: RosterChoice): {
  body: SessionBodyKind;
  committee?: number;
  members?: string[];
  observers?: string[];
} {
  const defaults = choice.roster ? choice.roster.members.map((m) => m.code) : [];
  const members = parseCodes(choice.members);
  const custom = members.length > 0 && (members.length !== defaults.length || members.some((c) => !defaults.includes(c)));
  const observers = parseCodes(choice.observers);
  return {
    body: choice.body,
    ...(choice.body === 'ga-main-committee' ? { committee: choice.committee } : {}),
    ...(custom || !choice.roster ? (members.length > 0 ? { members } : {}) : {}),
    ...(observers.length > 0 ? { observers } : {}),
  };
}

export function useRoster(body: SessionBodyKind, date: string): RosterOnDate | null {
  const [roster, setRoster] = useState<RosterOnDate | null>(null);
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    let live = true;
    void api.roster(body, date).then((result) => {
      if (live) setRoster(result.ok && Array.isArray(result.value?.members) ? result.value : null);
    });
    return () => {
      live = false;
    };
  }, [body, date]);
  return roster;
}

export function RosterFields({ choice, onChange }: { choice: RosterChoice; onChange(next: RosterChoice): void }) {
  const { t } = useI18n();
  const set = (patch: Partial<RosterChoice>) => onChange({ ...choice, ...patch });
  const typed = parseCodes(choice.members).length;
  return (
    <>
      <label htmlFor="create-body">{t('home.body')}</label>
      <select id="create-body" value={choice.body} onChange={(e) => set({ body: e.target.value as SessionBodyKind })}>
        {BODIES.map((b) => (
          <option key={b} value={b}>
            {t(`body.${b}`)}
          </option>
        ))}
      </select>
      {choice.body === 'ga-main-committee' ? (
        <>
          <label htmlFor="create-committee">{t('home.committee')}</label>
          <select id="create-committee" value={choice.committee} onChange={(e) => set({ committee: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {t('home.committeeNumber', { n })}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor="create-members">{t('home.members')}</label>
      <textarea id="create-members" rows={3} value={choice.members} onChange={(e) => set({ members: e.target.value })} spellCheck={false} />
      <p className="help" aria-live="polite" data-testid="roster-preview">
        {t('home.rosterPreview', { count: typed })}
        {choice.roster && choice.roster.unknownSeats > 0 ? ' ' + t('home.unknownSeats', { n: choice.roster.unknownSeats }) : ''}
      </p>
      <label htmlFor="create-observers">{t('home.observers')}</label>
      <input id="create-observers" value={choice.observers} onChange={(e) => set({ observers: e.target.value })} spellCheck={false} />
    </>
  );
}
