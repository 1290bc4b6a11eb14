/**
 * Who has the floor and the time left, counted down from the server's clock (the same
 * formula as the engine: src/rules/practice/floor.ts). Past the limit it says so in words.
 * `data-remaining` (whole seconds) lets tests compare screens.
 */
import { floorRemaining } from '../../../src/rules/index.js';
import { useI18n } from '../i18n/index.js';
import { useServerNow } from '../live/serverClock.js';
import { nameOf, type SessionState } from '../session/view.js';

const mmss = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

export function FloorClock({ state, me, large = false }: { state: SessionState; me?: string; large?: boolean }) {
  const { t, stateName } = useI18n();
  const now = useServerNow();
  const floor = state.floor;
  if (!floor) return null;
  const left = floorRemaining(floor, now);
  // A clock offset read a few milliseconds late must not show more time than was given.
  const whole = Math.min(floor.limitSeconds, Math.ceil(left));
  const over = left < 0;
  const mine = me === floor.member;
  const who = stateName(floor.member, nameOf(state, floor.member));
  return (
    <div
      className={`floor-clock${large ? ' floor-clock-large' : ''}${mine ? ' floor-clock-mine' : ''}`}
      data-testid="floor"
      data-member={floor.member}
    >
      <p className="floor-speaker">
        {mine ? t('floor.you') : t('floor.speaking', { name: who })}
        {floor.mode === 'questions' ? ` — ${t('floor.questions')}` : ''}
      </p>
      <p
        className={over ? 'floor-countdown timer-over' : 'floor-countdown'}
        role="timer"
        aria-live="off"
        data-testid="floor-countdown"
        data-remaining={whole}
      >
        {over ? t('floor.over', { time: mmss(-left) }) : t('floor.left', { time: mmss(Math.max(0, whole)) })}
      </p>
    </div>
  );
}
