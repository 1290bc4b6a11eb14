import type { WeightedGame } from './game.js';
import type { TernaryGame } from './ternary.js';

/** The bodies `council power --body` knows. */
export const BODIES = ['sc', 'sc-1945', 'sc-procedural', 'ga', 'sc-abstention'] as const;
export type Body = (typeof BODIES)[number];

const PERMANENT = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'];
const elected = (count: number) => Array.from({ length: count }, (_, i) => `elected-${i + 1}`);

/**
 * The Council as a binary weighted game, Charter Art. 27(3) (spec R20–R21): 9 of 15 with
 * the concurrence of all five permanent members, i.e. [39; 7,7,7,7,7,1,…,1] (5·7 + 4 = 39,
 * while four permanent members and all ten elected make only 38). "Not yes" is one
 * choice here, so an abstaining permanent member counts as blocking (the letter, not
 * practice; see sc-abstention).
 */
export function councilGame(): WeightedGame {
  return {
    name: 'Security Council, non-procedural (binary: 9 of 15 incl. all 5 permanent)',
    quota: 39,
    players: [...PERMANENT.map((id) => ({ id, weight: 7 })), ...elected(10).map((id) => ({ id, weight: 1 }))],
  };
}

/** The Council of 1946–1965 (spec R3; Charter Art. 23, 27 before the 1963 amendments): 7 of 11 incl. all 5 permanent = [27; 5×5, 6×1]. */
export function council1945Game(): WeightedGame {
  return {
    name: 'Security Council 1946–1965, non-procedural (7 of 11 incl. all 5 permanent)',
    quota: 27,
    players: [...PERMANENT.map((id) => ({ id, weight: 5 })), ...elected(6).map((id) => ({ id, weight: 1 }))],
  };
}

/** Procedural matters, Charter Art. 27(2) (spec R20): any 9 of 15, no veto. */
export function councilProceduralGame(): WeightedGame {
  return {
    name: 'Security Council, procedural (any 9 of 15)',
    quota: 9,
    players: [...PERMANENT, ...elected(10)].map((id) => ({ id, weight: 1 })),
  };
}

/**
 * The General Assembly, Charter Art. 18(3) and GA rule 86 (spec R52): 193 equal members,
 * simple majority. With every member voting yes or no, "more yes than no" is 97 of 193.
 */
export function generalAssemblyGame(members = 193): WeightedGame {
  return {
    name: `General Assembly (${members} members, simple majority of all voting yes/no)`,
    quota: Math.floor(members / 2) + 1,
    players: Array.from({ length: members }, (_, i) => ({ id: `member-${i + 1}`, weight: 1 })),
  };
}

/** The abstention-aware Council (spec R22): see ternary.ts for the model and indices. */
export function councilAbstentionGame(): TernaryGame {
  return {
    name: 'Security Council, non-procedural, ternary (abstention is not a veto)',
    quota: 9,
    classes: [
      { id: 'permanent', count: 5, weight: 1, veto: true },
      { id: 'elected', count: 10, weight: 1, veto: false },
    ],
  };
}

/** The binary (yes / not yes) bodies by name; `sc-abstention` is the one ternary game. */
export const WEIGHTED_BODIES: Readonly<Record<Exclude<Body, 'sc-abstention'>, () => WeightedGame>> = {
  sc: councilGame,
  'sc-1945': council1945Game,
  'sc-procedural': councilProceduralGame,
  ga: generalAssemblyGame,
};
