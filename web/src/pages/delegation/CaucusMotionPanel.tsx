/**
 * Model UN caucus motions from the phone (practice: Model UN): offered only in a MUN session,
 * beside the body's own motions; the chair puts them to the vote in the practice's order.
 */
import { CaucusMotionForm } from '../../components/CaucusMotionForm.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

export function CaucusMotionPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  if (state.session?.practice !== 'mun' || state.phase !== 'open') return null;
  if (!state.session.members.some((m) => m.code === code)) return null;
  return (
    <section className="card" aria-labelledby="caucus-motion-heading">
      <h2 id="caucus-motion-heading">{t('caucus.moveHeading')}</h2>
      <p className="help">{t('caucus.practiceNote')}</p>
      <CaucusMotionForm state={state} commands={commands} by={code} />
    </section>
  );
}
