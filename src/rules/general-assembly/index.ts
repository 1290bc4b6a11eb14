/** General Assembly voting rules (spec section I). */
export * from './majorities.js';
export * from './decide-vote.js';
export * from './roll-call.js';
export * from './amendments.js';
export * from './quorum.js';
export * from './motions.js';
export * from './attendance.js';
