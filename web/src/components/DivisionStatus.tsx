/** Where a division stands (Rule 32; GA rule 89 [129]): who asked, for which paragraphs, objections, the separate votes so far. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.js';
import type { Division, Part } from '../session/division.js';
import { nameOf, type SessionState } from '../session/view.js';
import { publicSource } from '../../../src/records/explain/index.js';

export function usePartLabel(): (p: Part) => string {
  const { t } = useI18n();
  return (p) => t(p.part === 'preambular' ? 'amend.pp' : 'amend.op', { n: p.index + 1 });
}

export function DivisionStatus({ state, division, children }: { state: SessionState; division: Division; children?: ReactNode }) {
  const { t, stateName, list } = useI18n();
  const label = usePartLabel();
  const draft = state.drafts.find((d) => d.draftId === division.draftId);
  const who = (code: string) => stateName(code, nameOf(state, code));
  return (
    <div className="division" data-testid="division">
      <p>
        {t('division.asked', {
          name: division.by === 'chair' ? t('division.theChair') : who(division.by),
          parts: list(division.parts.map(label)),
          text: draft?.symbol ?? draft?.title ?? division.draftId,
        })}
      </p>
      <p className="help" role="status">
        {t(`division.status.${division.status}`)} <span className="help">({publicSource(division.rule)})</span>
      </p>
      {division.objections.length > 0 ? (
        <p className="help">{t('division.objections', { names: list(division.objections.map(who)) })}</p>
      ) : null}
      {division.results.length > 0 ? (
        <ul className="plain">
          {division.results.map((r) => (
            <li key={r.voteId}>{t(r.retained ? 'division.retained' : 'division.rejected', { part: label(r.part) })}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
