/**
 * Move a Model UN caucus motion (practice: Model UN): a moderated caucus (total and speaking
 * time, a topic), an unmoderated caucus (total time), or an extension of the caucus under way.
 * Shown only in a MUN session; the engine checks the times (src/rules/practice/caucus.ts) and
 * answers a refusal with the practice it cites.
 */
import { useId, useState } from 'react';
import { newCommandId } from '../api/client.js';
import { useI18n } from '../i18n/index.js';
import type { Commands } from '../live/useCommands.js';
import type { SessionState } from '../session/view.js';

type Kind = 'moderated-caucus' | 'unmoderated-caucus' | 'extend-caucus';

export function CaucusMotionForm({ state, commands, by }: { state: SessionState; commands: Commands; by: string }) {
  const { t } = useI18n();
  const id = useId();
  const running = state.caucus !== null;
  const [chosen, setKind] = useState<Kind>('moderated-caucus');
  const kind: Kind = running ? 'extend-caucus' : chosen === 'extend-caucus' ? 'moderated-caucus' : chosen;
  const [minutes, setMinutes] = useState('10');
  const [speaking, setSpeaking] = useState('60');
  const [extend, setExtend] = useState('5');
  const [topic, setTopic] = useState('');
  const seconds = (text: string, scale: number) => Math.round(Number(text) * scale);
  const move = () => {
    const terms =
      kind === 'extend-caucus'
        ? { seconds: seconds(extend, 60) }
        : kind === 'unmoderated-caucus'
          ? { totalSeconds: seconds(minutes, 60) }
          : { totalSeconds: seconds(minutes, 60), speakingSeconds: seconds(speaking, 1), ...(topic.trim() ? { topic: topic.trim() } : {}) };
    void commands.send('move-motion', { motionId: `c-${by}-${newCommandId().slice(0, 8)}`, motion: kind, ...terms });
  };
  return (
    <div className="stack caucus-form" data-testid="caucus-form">
      {running ? null : (
        <>
          <label htmlFor={`${id}-kind`}>{t('caucus.kindLabel')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="moderated-caucus">{t('motions.kind.moderated-caucus')}</option>
            <option value="unmoderated-caucus">{t('motions.kind.unmoderated-caucus')}</option>
          </select>
        </>
      )}
      {kind === 'extend-caucus' ? (
        <MinutesField id={`${id}-extend`} label={t('caucus.extendMinutes')} value={extend} onChange={setExtend} />
      ) : (
        <MinutesField id={`${id}-total`} label={t('caucus.totalMinutes')} value={minutes} onChange={setMinutes} />
      )}
      {kind === 'moderated-caucus' ? (
        <>
          <label htmlFor={`${id}-speaking`}>{t('caucus.speakingSeconds')}</label>
          <input
            id={`${id}-speaking`}
            type="number"
            inputMode="numeric"
            min="1"
            step="1"
            value={speaking}
            onChange={(e) => setSpeaking(e.target.value)}
          />
          <label htmlFor={`${id}-topic`}>{t('caucus.topic')}</label>
          <input id={`${id}-topic`} value={topic} maxLength={300} onChange={(e) => setTopic(e.target.value)} />
        </>
      ) : null}
      <button type="button" disabled={commands.busy || state.openVote !== null} onClick={move}>
        {t(kind === 'extend-caucus' ? 'caucus.moveExtend' : 'caucus.move')}
      </button>
    </div>
  );
}

/** A time in minutes, by halves: the caucus's total time or its extension. */
function MinutesField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" min="0.5" step="0.5" value={value} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}
