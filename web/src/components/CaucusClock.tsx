/**
 * The Model UN caucus under way (practice: Model UN): its kind, topic, speaking time and the
 * time left, counted down from the server's clock with the engine's formula
 * (src/rules/practice/caucus.ts), so the board and every phone agree. `data-remaining` (whole
 * seconds) lets tests compare screens.
 */
import { caucusRemaining } from '../../../src/rules/index.js';
import { useI18n } from '../i18n/index.js';
import { useServerNow } from '../live/serverClock.js';
import type { SessionState } from '../session/view.js';

export const mmss = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

export function CaucusClock({ state, large = false }: { state: SessionState; large?: boolean }) {
  const { t } = useI18n();
  const now = useServerNow();
  const caucus = state.caucus;
  if (!caucus) return null;
  const left = caucusRemaining(caucus, now);
  const whole = Math.min(caucus.totalSeconds, Math.ceil(left));
  const over = left < 0;
  return (
    <section
      className={`floor-clock caucus-clock${large ? ' floor-clock-large' : ''}`}
      data-testid="caucus"
      data-kind={caucus.kind}
      aria-label={t('caucus.label')}
    >
      <p className="floor-speaker">
        {t(caucus.kind === 'moderated' ? 'caucus.moderated' : 'caucus.unmoderated')}
        {caucus.topic ? ` — ${caucus.topic}` : ''}
      </p>
      {caucus.kind === 'moderated' && caucus.speakingSeconds ? (
        <p className="help">{t('caucus.speakingTime', { time: mmss(caucus.speakingSeconds) })}</p>
      ) : null}
      <p
        className={over ? 'floor-countdown timer-over' : 'floor-countdown'}
        role="timer"
        aria-live="off"
        data-testid="caucus-countdown"
        data-remaining={whole}
      >
        {over ? t('caucus.over', { time: mmss(-left) }) : t('caucus.left', { time: mmss(Math.max(0, whole)) })}
      </p>
    </section>
  );
}

/** A caucus motion's terms in words: "10:00 in all, 1:00 each — topic". */
export function caucusTerms(
  t: ReturnType<typeof useI18n>['t'],
  m: { motion: string; totalSeconds?: number; speakingSeconds?: number; seconds?: number; topic?: string },
): string {
  if (m.motion === 'extend-caucus') return t('caucus.termsExtend', { time: mmss(m.seconds ?? 0) });
  const total = mmss(m.totalSeconds ?? 0);
  const base =
    m.motion === 'moderated-caucus'
      ? t('caucus.termsModerated', { total, each: mmss(m.speakingSeconds ?? 0) })
      : t('caucus.termsUnmoderated', { total });
  return m.topic ? `${base} — ${m.topic}` : base;
}
