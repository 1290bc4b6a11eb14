/**
 * The Council table as an SVG horseshoe: one seat per member, lit by its ballot with a
 * colour, a glyph and a word, and the member's name plate outside the table. The drawing
 * is hidden from screen readers; VoteTable carries the same information as a table.
 */
import { useI18n } from '../i18n/index.js';
import { BALLOT_LOOK, type BallotLook } from './ballotStyle.js';
import { horseshoePositions, seatOrder, type SeatPosition } from './seating.js';

export interface SeatInfo {
  code: string;
  name: string;
}

interface Props {
  members: readonly SeatInfo[];
  president: string | null;
  /** How each seat is lit; a seat without a mark is drawn as waiting. */
  marks: Readonly<Record<string, BallotLook>>;
  /** Short lines in the middle of the table, the first one large: "Adopted", "10-3-2", "procedural". */
  centre?: readonly string[];
}

const SEAT_R = 38;
const CX = 500;
const CY = 330;
const RADIUS = 290;
const ARM = 230;

export function Horseshoe({ members, president, marks, centre = [] }: Props) {
  const { t, plateName } = useI18n();
  const ordered = seatOrder(members, president);
  const positions = horseshoePositions(ordered.length, CX, CY, RADIUS, ARM);
  return (
    <>
      <svg className="horseshoe" viewBox="-70 -90 1140 710" aria-hidden="true" focusable="false">
        <path
          d={`M ${CX - RADIUS} ${CY + ARM} L ${CX - RADIUS} ${CY} A ${RADIUS} ${RADIUS} 0 0 1 ${CX + RADIUS} ${CY} L ${CX + RADIUS} ${CY + ARM}`}
          fill="none"
          stroke="#d5d9e0"
          strokeWidth="30"
          strokeLinecap="round"
        />
        {centre.map((line, i) => (
          <text
            key={i}
            x={CX}
            y={CY - 10 + i * 52}
            textAnchor="middle"
            className={(i === 0 ? 'horseshoe-centre' : 'horseshoe-detail') + (line.length > 16 ? ' long' : '')}
          >
            {line}
          </text>
        ))}
        {ordered.map((member, i) => {
          const position = positions[i]!;
          const look = marks[member.code] ?? BALLOT_LOOK.pending;
          const isPresident = member.code === president;
          return (
            <g key={member.code} className={`seat ${look.className}`} data-code={member.code} data-mark={look.word}>
              <circle
                cx={position.x}
                cy={position.y}
                r={SEAT_R}
                fill={look.fill}
                stroke={isPresident ? '#0b3d91' : '#59606b'}
                strokeWidth={isPresident ? 6 : 2}
                strokeDasharray={look.dashed ? '6 4' : undefined}
              />
              <text x={position.x} y={position.y + 13} textAnchor="middle" fill={look.ink} className="seat-glyph">
                {look.glyph}
              </text>
              <NamePlate position={position} name={plateName(member.code, member.name)} detail={t(look.word)} />
              {isPresident ? (
                <text
                  x={position.x - position.nx * (SEAT_R + 22)}
                  y={position.y - position.ny * (SEAT_R + 22) + 6}
                  textAnchor="middle"
                  className="seat-president"
                >
                  {t('board.presidentSeat')}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {/* Too narrow for the drawing's lettering to stay legible (a phone): the same seats as a grid. */}
      <ul className="seat-grid" aria-hidden="true">
        {ordered.map((member) => {
          const look = marks[member.code] ?? BALLOT_LOOK.pending;
          return (
            <li key={member.code} className={`seat-cell ${look.className}`} data-code={member.code}>
              <span className={`ballot-chip ${look.className}`}>{look.glyph}</span>
              <span className="seat-cell-name">{plateName(member.code, member.name)}</span>
              <span className="seat-cell-word">
                {member.code === president ? `${t(look.word)} · ${t('board.presidentSeat')}` : t(look.word)}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function NamePlate({ position, name, detail }: { position: SeatPosition; name: string; detail: string }) {
  const gap = SEAT_R + 12;
  const x = position.x + position.nx * gap;
  const y = position.y + position.ny * gap;
  const anchor = position.nx < -0.15 ? 'end' : position.nx > 0.15 ? 'start' : 'middle';
  // Above the seat the two lines stack upwards; beside it they straddle its centre.
  const top = position.ny < -0.35 ? y - 26 : y - 4;
  return (
    <text x={x} y={top} textAnchor={anchor} className="seat-name">
      <tspan x={x} dy="0">
        {name}
      </tspan>
      <tspan x={x} dy="22" className="seat-word">
        {detail}
      </tspan>
    </text>
  );
}
