/**
 * Ask that paragraphs of a pending text be voted separately (Rule 32; GA rule 89 [129]): from a
 * delegation's phone for itself, or from the console for a delegation without a device.
 */
import { useState, type FormEvent } from 'react';
import { newCommandId } from '../api/client.js';
import { useI18n } from '../i18n/index.js';
import type { Commands } from '../live/useCommands.js';
import { divisibleTexts } from '../session/division.js';
import { members, type SessionState } from '../session/view.js';

export function DivisionRequestForm({ state, commands, onBehalf }: { state: SessionState; commands: Commands; onBehalf?: boolean }) {
  const { t, stateName } = useI18n();
  const texts = divisibleTexts(state);
  const [draftId, setDraftId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [member, setMember] = useState('');
  if (texts.length === 0 || state.phase !== 'open') return null;
  const target = texts.find((d) => d.draftId === draftId) ?? texts[0]!;
  const prefix = onBehalf ? 'chair-division' : 'division';
  const places = [
    ...(target.preambular ?? []).map((p, i) => ({ value: `preambular:${i}`, label: t('amend.pp', { n: i + 1 }), text: p })),
    ...(target.operative ?? []).map((p, i) => ({ value: `operative:${i}`, label: t('amend.op', { n: i + 1 }), text: p })),
  ];
  const toggle = (value: string, on: boolean) => setChosen((c) => (on ? [...c, value] : c.filter((x) => x !== value)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parts = chosen.map((v) => {
      const [part, index] = v.split(':') as ['preambular' | 'operative', string];
      return { part, index: Number(index) };
    });
    void commands
      .send('request-division', {
        divisionId: `division-${newCommandId().slice(0, 8)}`,
        draftId: target.draftId,
        parts,
        ...(onBehalf ? { member } : {}),
      })
      .then((r) => r.ok && setChosen([]));
  };
  return (
    <form onSubmit={submit} className="stack subform" aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>{t('division.requestHeading')}</h3>
      <p className="help">{t('division.requestHelp')}</p>
      {texts.length > 1 ? (
        <>
          <label htmlFor={`${prefix}-draft`}>{t('amend.draft')}</label>
          <select
            id={`${prefix}-draft`}
            value={target.draftId}
            onChange={(e) => {
              setDraftId(e.target.value);
              setChosen([]);
            }}
          >
            {texts.map((d) => (
              <option key={d.draftId} value={d.draftId}>
                {d.symbol ?? d.title}
              </option>
            ))}
          </select>
        </>
      ) : (
        <p>
          <strong>{target.symbol ?? target.title}</strong>
        </p>
      )}
      <fieldset className="division-parts">
        <legend>{t('division.partsLegend')}</legend>
        {places.map((p) => (
          <label key={p.value} className="check">
            <input type="checkbox" checked={chosen.includes(p.value)} onChange={(e) => toggle(p.value, e.target.checked)} />
            <span>
              <strong>{p.label}</strong> {p.text}
            </span>
          </label>
        ))}
      </fieldset>
      {onBehalf ? (
        <>
          <label htmlFor={`${prefix}-member`}>{t('division.onBehalf')}</label>
          <select id={`${prefix}-member`} value={member} onChange={(e) => setMember(e.target.value)} required>
            <option value="">{t('division.chooseMember')}</option>
            {members(state).map((m) => (
              <option key={m.code} value={m.code}>
                {stateName(m.code, m.name)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <button type="submit" disabled={commands.busy || chosen.length === 0 || state.openVote !== null || (onBehalf && !member)}>
        {t('division.request')}
      </button>
    </form>
  );
}
