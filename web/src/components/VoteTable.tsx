/** Every member's ballot as a table: the accessible twin of the horseshoe drawing. */
import type { BallotValue } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import type { Member } from '../session/view.js';
import { BALLOT_LOOK } from './ballotStyle.js';
import { ScrollBox } from './ScrollBox.js';

interface Props {
  members: Member[];
  ballots: Readonly<Record<string, BallotValue>>;
  visible: boolean;
}

export function VoteTable({ members, ballots, visible }: Props) {
  const { t, stateName } = useI18n();
  // Hidden, the table sits in a 1px box: a table given the sr-only class itself still takes its content's width.
  const table = (
    <table className="vote-table">
      <caption>{t('board.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('board.member')}</th>
          <th scope="col">{t('board.vote')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => {
          const look = BALLOT_LOOK[ballots[m.code] ?? 'pending'];
          return (
            <tr key={m.code}>
              <th scope="row">{stateName(m.code, m.name)}</th>
              <td>
                <span className={`ballot-chip ${look.className}`} aria-hidden="true">
                  {look.glyph}
                </span>{' '}
                {t(look.word)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return visible ? <ScrollBox label={t('board.tableCaption')}>{table}</ScrollBox> : <div className="sr-only">{table}</div>;
}
