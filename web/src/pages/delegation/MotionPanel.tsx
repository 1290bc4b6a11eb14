/** Move a Rule 33 motion from the phone; the chair puts motions to the vote in Rule 33's order. */
import { useState } from 'react';
import { newCommandId } from '../../api/client.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

const MOTIONS = ['suspend', 'adjourn', 'adjourn-to', 'refer', 'postpone'] as const;

export function MotionPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const [motion, setMotion] = useState<(typeof MOTIONS)[number]>('suspend');
  const formal = state.session?.format === 'public' || state.session?.format === 'private';
  if (!formal || state.phase !== 'open') return null;
  const mine = state.motions.filter((m) => m.by === code && m.status === 'pending');
  return (
    <section className="card" aria-labelledby="motion-heading">
      <h2 id="motion-heading">{t('motions.moveHeading')}</h2>
      <div className="row">
        <label htmlFor="motion-kind">{t('motions.kindLabel')}</label>
        <select id="motion-kind" value={motion} onChange={(e) => setMotion(e.target.value as (typeof MOTIONS)[number])}>
          {MOTIONS.map((m) => (
            <option key={m} value={m}>
              {t(`motions.kind.${m}`)}
            </option>
          ))}
        </select>
        <button type="button" disabled={commands.busy || state.openVote !== null}
          onClick={() => void commands.send('move-motion', { motionId: `m-${code}-${newCommandId().slice(0, 8)}`, motion })}>
          {t('motions.move')}
        </button>
      </div>
      {mine.length > 0 ? (
        <p className="help" role="status">
          {t('motions.yoursPending', { motion: t(`motions.kind.${mine[0]!.motion}`) })}
        </p>
      ) : null}
    </section>
  );
}
