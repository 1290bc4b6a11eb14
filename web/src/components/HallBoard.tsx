/**
 * The Assembly Hall's electronic board (and the Human Rights Council's, at 47): every member's
 * name in English alphabetical order, column by column, each with its light — a colour, a glyph
 * and, for screen readers, the word. Sized from the viewport so all 193 names stay legible at
 * 1366×768 and 1920×1080 without scrolling; the 47-seat layout uses fewer, wider columns.
 */
import type { BallotValue } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import type { Member } from '../session/view.js';
import { BALLOT_LOOK } from './ballotStyle.js';
import { boardName } from './boardNames.js';

interface Props {
  members: readonly Member[];
  ballots: Readonly<Record<string, BallotValue>>;
  /** Members who answered the roll call: others are drawn as absent once the roll is taken. */
  present?: ReadonlySet<string> | null;
}

/** Columns for a roster: the Hall shows 193 names in 7 columns; the HRC 47 in 4; small rosters fewer. */
export function hallColumns(count: number): number {
  if (count > 120) return 7;
  if (count > 60) return 5;
  if (count > 24) return 4;
  return Math.max(1, Math.ceil(count / 8));
}

export function HallBoard({ members, ballots, present = null }: Props) {
  const { t, stateName } = useI18n();
  const columns = hallColumns(members.length);
  const rows = Math.ceil(members.length / columns);
  const sorted = [...members].sort((a, b) => stateName(a.code, a.name).localeCompare(stateName(b.code, b.name), 'en'));
  return (
    <ol
      className={`hall-board hall-${members.length > 120 ? 'assembly' : members.length > 24 ? 'council' : 'small'}`}
      style={{
        gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))`,
        ['--hall-rows' as string]: rows,
        ['--hall-columns' as string]: columns,
      }}
      aria-label={t('board.tableCaption')}
      data-testid="hall-board"
    >
      {sorted.map((m) => {
        const ballot = ballots[m.code];
        const look = BALLOT_LOOK[ballot ?? (present && !present.has(m.code) ? 'absent' : 'pending')];
        return (
          <li key={m.code} className={`hall-seat ${look.className}`} data-code={m.code} data-ballot={ballot ?? ''}>
            <span className="hall-light" style={{ background: look.fill, color: look.ink }} aria-hidden="true">
              {look.glyph}
            </span>
            <span className="hall-name" title={stateName(m.code, m.name)}>
              {boardName(stateName(m.code, m.name))}
            </span>
            <span className="sr-only">{t(look.word)}</span>
          </li>
        );
      })}
    </ol>
  );
}
