/**
 * Move a motion from the phone: the body's own (Rule 33 for the Council; GA rules 74-79 [116-121]
 * for the Assembly, its committees and the HRC). The chair puts motions to the vote in the
 * rules' order.
 */
import { useState } from 'react';
import { newCommandId } from '../../api/client.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

const COUNCIL = ['suspend', 'adjourn', 'adjourn-to', 'refer', 'postpone'] as const;
const ASSEMBLY = ['suspend', 'adjourn', 'adjourn-debate', 'close-debate', 'competence'] as const;
type Kind = (typeof COUNCIL)[number] | (typeof ASSEMBLY)[number];

export function MotionPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const [motion, setMotion] = useState<Kind>('suspend');
  const council = state.session?.body === 'security-council';
  const formal = !council || state.session?.format === 'public' || state.session?.format === 'private';
  if (!formal || state.phase !== 'open') return null;
  const kinds: readonly Kind[] = council ? COUNCIL : ASSEMBLY;
  const mine = state.motions.filter((m) => m.by === code && m.status === 'pending');
  return (
    <section className="card" aria-labelledby="motion-heading">
      <h2 id="motion-heading">{t('motions.moveHeading')}</h2>
      <div className="row">
        <label htmlFor="motion-kind">{t('motions.kindLabel')}</label>
        <select id="motion-kind" value={motion} onChange={(e) => setMotion(e.target.value as Kind)}>
          {kinds.map((m) => (
            <option key={m} value={m}>
              {t(`motions.kind.${m}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={commands.busy || state.openVote !== null}
          onClick={() => void commands.send('move-motion', { motionId: `m-${code}-${newCommandId().slice(0, 8)}`, motion })}
        >
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
