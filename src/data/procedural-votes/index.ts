/**
 * The Security Council's procedural votes, 1946–2025, with who asked and who objected
 * before each vote and the ballots where the sources give them: the data the forecast is
 * fitted and scored on. One file per period; sorted by date here.
 */
import { VOTES_1946_1989 } from './1946-1989.js';
import { VOTES_2000_2019 } from './2000-2019.js';
import { VOTES_2020_2025 } from './2020-2025.js';
import type { ProceduralVote } from './types.js';

export type { ProceduralQuestion, ProceduralVote } from './types.js';

export const proceduralVotes: readonly ProceduralVote[] = [...VOTES_1946_1989, ...VOTES_2000_2019, ...VOTES_2020_2025].sort((a, b) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id),
);
