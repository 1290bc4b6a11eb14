/** The engine's own account of an outcome: its explanation and every rule it applied. */
import { useI18n } from '../../i18n/index.js';
import type { Decision } from '../../session/view.js';

export function Explanation({ decision }: { decision: Decision }) {
  const { t } = useI18n();
  return (
    <details className="explanation" open>
      <summary>{t('vote.explanationHeading')}</summary>
      <p lang="en">{decision.explanation}</p>
      {decision.rules.length > 0 ? (
        <p>
          {t('vote.rulesApplied')} <span lang="en">{decision.rules.join(' · ')}</span>
        </p>
      ) : null}
      {decision.trace.length > 0 ? (
        <ol className="trace" lang="en">
          {decision.trace.map((step, i) => (
            <li key={i}>
              <strong>{step.rule}</strong> ({step.spec}): {step.finding}
            </li>
          ))}
        </ol>
      ) : null}
      {decision.warnings.length > 0 ? (
        <ul className="warnings" lang="en">
          {decision.warnings.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
