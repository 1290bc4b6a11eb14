/** Elapsed speaking time against a limit; past the limit it says so in words, not only in red. */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/index.js';

const mmss = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

export function Timer({ startedAt, limitSeconds }: { startedAt: number; limitSeconds: number }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const elapsed = Math.max(0, (now - startedAt) / 1000);
  const over = elapsed > limitSeconds;
  return (
    <span className={over ? 'timer timer-over' : 'timer'} role="timer" aria-live="off">
      {mmss(elapsed)} / {mmss(limitSeconds)}
      {over ? ` — ${t('speakers.overTime')}` : ''}
    </span>
  );
}
