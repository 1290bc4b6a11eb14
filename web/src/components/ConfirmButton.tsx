/**
 * A button whose action cannot be undone (closing the meeting, adjourning, closing a vote
 * that records absentees): it opens a modal dialog that says what will happen, and only
 * the dialog's own button acts. Native <dialog>: focus is trapped and Escape cancels.
 */
import { useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.js';

interface Props {
  label: string;
  /** What confirming does, in one or two sentences. */
  consequence: ReactNode;
  onConfirm(): void;
  disabled?: boolean;
  className?: string;
  /** Ask only when true (a vote with everybody's ballot closes at once). */
  ask?: boolean;
}

export function ConfirmButton({ label, consequence, onConfirm, disabled = false, className, ask = true }: Props) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();
  const open = () => (ask ? dialog.current?.showModal() : onConfirm());
  return (
    <>
      <button type="button" className={className} onClick={open} disabled={disabled}>
        {label}
      </button>
      <dialog ref={dialog} className="confirm" aria-labelledby={headingId} aria-describedby={textId}>
        <h2 id={headingId}>{t('confirm.heading', { action: label })}</h2>
        <p id={textId}>{consequence}</p>
        <div className="row">
          <button type="button" className="secondary" onClick={() => dialog.current?.close()} autoFocus>
            {t('confirm.cancel')}
          </button>
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {label}
          </button>
        </div>
      </dialog>
    </>
  );
}
