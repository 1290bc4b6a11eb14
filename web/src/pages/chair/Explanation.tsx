/**
 * The engine's own account of an outcome, in the reader's language: one sentence rendered
 * from the decision's structure (src/records/explain), and behind a "details" toggle the
 * rules applied, the engine's step-by-step trace and any warnings. Spec identifiers appear
 * only there.
 */
import { useI18n } from '../../i18n/index.js';
import type { Decision, Matter } from '../../session/view.js';
import { explain, explainTrace, isLanguage, warningText } from '../../../../src/records/explain/index.js';

interface Props {
  decision: Decision;
  matter?: Matter | null;
  body?: string;
  majority?: 'simple' | 'two-thirds';
  /** Shown open (the console) or folded (a history replay). */
  open?: boolean;
}

export function Explanation({ decision, matter = null, body, majority, open = true }: Props) {
  const { t, lang } = useI18n();
  const language = isLanguage(lang) ? lang : 'en';
  const { sentence, details } = explain(
    {
      decision,
      matter: matter === 'procedural' || matter === 'non-procedural' ? matter : null,
      ...(body ? { body } : {}),
      ...(majority ? { majority } : {}),
    },
    language,
  );
  return (
    <details className="explanation" open={open}>
      <summary>{t('vote.explanationHeading')}</summary>
      <p data-testid="explanation">{sentence}</p>
      <details className="details">
        <summary>{t('vote.details')}</summary>
        {details.length > 0 ? (
          <p>
            {t('vote.rulesApplied')} {details.join(' · ')}
          </p>
        ) : null}
        {decision.trace.length > 0 ? (
          // Rendered from the steps' codes in the reader's language; a step recorded before codes existed stays English.
          <ol className="trace" data-testid="trace">
            {explainTrace(decision.trace, language).map((step, i) => (
              <li key={i} lang={step.lang}>
                <strong>{step.rule}</strong> ({step.spec}){language === 'fr' ? ' :' : language === 'zh' ? '：' : ':'} {step.text}
              </li>
            ))}
          </ol>
        ) : null}
        {decision.warnings.length > 0 ? (
          // From each warning's code in the reader's language; one recorded before codes rendered stays English.
          <ul className="warnings">
            {decision.warnings.map((w, i) => {
              const warning = warningText(w, language);
              return (
                <li key={i} lang={warning.lang}>
                  {warning.text}
                </li>
              );
            })}
          </ul>
        ) : null}
      </details>
    </details>
  );
}
