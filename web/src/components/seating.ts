/**
 * Where each member sits on the board's horseshoe. The President takes the head of the
 * table; the others follow round the table in the presidency rotation order (Rule 18,
 * English alphabetical), continuing from the President. This is a legible layout for a
 * projector, not a claim about the chamber's seating plan.
 */
import { compareRule18 } from '../../../src/rules/index.js';

export interface SeatPosition {
  x: number;
  y: number;
  /** Unit vector pointing away from the table, where the seat's name plate goes. */
  nx: number;
  ny: number;
}

/** Seats in table order (index 0 at the foot of the left arm, last at the foot of the right). */
export function seatOrder<M extends { code: string; name: string }>(members: readonly M[], president: string | null): M[] {
  const sorted = [...members].sort((a, b) => compareRule18(a.name, b.name));
  const head = Math.max(
    0,
    sorted.findIndex((m) => m.code === president),
  );
  const rotated = [...sorted.slice(head), ...sorted.slice(0, head)];
  // rotated[0] is the President; place it at the middle seat and go round from there.
  const middle = Math.floor(sorted.length / 2);
  const order: M[] = new Array<M>(sorted.length);
  rotated.forEach((member, i) => {
    order[(middle + i) % sorted.length] = member;
  });
  return order;
}

/**
 * Points evenly spaced along a U: up the left arm, round the curve, down the right arm.
 * The curve is centred at (cx, cy) with radius r; the arms run `arm` units below it.
 */
export function horseshoePositions(count: number, cx: number, cy: number, r: number, arm: number): SeatPosition[] {
  const curve = Math.PI * r;
  const total = curve + 2 * arm;
  const positions: SeatPosition[] = [];
  for (let i = 0; i < count; i++) {
    const s = count === 1 ? total / 2 : (i / (count - 1)) * total;
    if (s <= arm) {
      positions.push({ x: cx - r, y: cy + arm - s, nx: -1, ny: 0 });
    } else if (s <= arm + curve) {
      const angle = Math.PI - (s - arm) / r; // from the left (pi) over the top to the right (0)
      positions.push({ x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle), nx: Math.cos(angle), ny: -Math.sin(angle) });
    } else {
      positions.push({ x: cx + r, y: cy + (s - arm - curve), nx: 1, ny: 0 });
    }
  }
  return positions;
}
