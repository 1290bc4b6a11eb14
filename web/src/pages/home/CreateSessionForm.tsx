/**
 * Create a meeting for a date: the server fills in the members and the President of the
 * month from history; this form previews them so the chair sees who will sit.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { MEETING_FORMATS } from '../../../../src/protocol/words.js';
import { api } from '../../api/client.js';
import type { CouncilOnDate, Format } from '../../api/types.js';
import { useI18n } from '../../i18n/index.js';
import { navigate } from '../../router.js';
import { saveChairToken } from '../../session/credentials.js';
import { saveJoinCodes } from '../../session/created.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { MemberPicker } from '../../components/MemberPicker.js';
import { RosterFields, rosterRequest, useRoster, type RosterChoice } from './RosterFields.js';

const FORMATS: readonly Format[] = MEETING_FORMATS;

export function CreateSessionForm() {
  const { t, stateName, list } = useI18n();
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [title, setTitle] = useState('');
  const [item, setItem] = useState('');
  const [format, setFormat] = useState<Format>('public');
  const [conveners, setConveners] = useState<string[]>([]);
  const [mun, setMun] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const council = useCouncil(date);
  const [choice, setChoice] = useState<RosterChoice>({ body: 'security-council', committee: 3, members: '', observers: '', roster: null });
  const roster = useRoster(choice.body, date);
  // The data's roster for the body and date is the default; the chair may edit it into any roster.
  useEffect(() => {
    setChoice((c) => ({
      ...c,
      roster,
      members: roster ? roster.members.map((m) => m.code).join(' ') : '',
      observers: roster && c.body !== 'security-council' ? roster.observers.map((m) => m.code).join(' ') : '',
    }));
  }, [roster]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.createSession({
      date,
      // The default title names the body that meets.
      title: title.trim() || (choice.body === 'security-council' ? t('home.defaultTitle') : t(`body.${choice.body}`)),
      format: choice.body === 'security-council' ? format : 'public',
      ...rosterRequest(choice),
      ...(item.trim() ? { item: item.trim() } : {}),
      ...(format === 'arria' && conveners.length > 0 ? { conveners } : {}),
      ...(mun ? { practice: 'mun' as const } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const created = result.value;
    saveChairToken(created.sessionId, created.chair.token);
    saveJoinCodes(created.sessionId, [...created.delegations, ...(created.observers ?? [])]);
    navigate(`/chair/${encodeURIComponent(created.sessionId)}`);
  };

  const president = council ? presidentCode(council) : null;
  return (
    <section className="card" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('home.createHeading')}</h2>
      <form onSubmit={submit} className="stack">
        <label htmlFor="create-date">{t('home.date')}</label>
        <input id="create-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        <label htmlFor="create-title">{t('home.meetingTitle')}</label>
        <input
          id="create-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('home.defaultTitle')}
          aria-describedby="create-title-help"
        />
        <label htmlFor="create-item">{t('home.item')}</label>
        <input id="create-item" value={item} onChange={(e) => setItem(e.target.value)} aria-describedby="create-title-help" />
        <p className="help" id="create-title-help">
          {t('home.titleAsEntered')}
        </p>
        <RosterFields choice={choice} onChange={setChoice} />
        <label htmlFor="create-format">{t('home.format')}</label>
        <select id="create-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`format.${f}`)}
            </option>
          ))}
        </select>
        {format === 'arria' && council && council.members.length > 0 ? (
          <MemberPicker
            legend={t('home.conveners')}
            members={council.members.map((m) => ({ code: m.code, name: m.name ?? m.code, permanent: m.permanent ?? false }))}
            chosen={conveners}
            onChange={setConveners}
            idPrefix="conv"
          />
        ) : null}
        {/* The practice option set (src/rules/practice): faithful UN rules, or Model UN practice on top. */}
        <fieldset className="practice-choice">
          <legend>{t('home.practiceLegend')}</legend>
          <label className="check">
            <input type="radio" name="practice" value="un" checked={!mun} onChange={() => setMun(false)} />
            {t('home.practiceUn')}
          </label>
          <label className="check">
            <input type="radio" name="practice" value="mun" checked={mun} onChange={() => setMun(true)} />
            {t('home.practiceMun')}
          </label>
        </fieldset>
        <p className="help" aria-live="polite" hidden={choice.body !== 'security-council'}>
          {council && council.members.length > 0
            ? t('home.councilPreview', {
                count: council.members.length,
                president: president ? stateName(president, council.members.find((m) => m.code === president)?.name) : '—',
                members: list(council.members.map((m) => stateName(m.code, m.name))),
              })
            : t('home.councilUnknown')}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? t('common.working') : t('home.createButton')}
        </button>
        <ErrorMessage error={error} />
      </form>
    </section>
  );
}

function presidentCode(council: CouncilOnDate): string | null {
  const p = council.president;
  if (!p) return null;
  return typeof p === 'string' ? p : p.code;
}

/** Who sat on the Council on `date`, or null while unknown. */
function useCouncil(date: string): CouncilOnDate | null {
  const [council, setCouncil] = useState<CouncilOnDate | null>(null);
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    let live = true;
    void api.council(date).then((result) => {
      if (live) setCouncil(result.ok && Array.isArray(result.value?.members) ? result.value : null);
    });
    return () => {
      live = false;
    };
  }, [date]);
  return council;
}
