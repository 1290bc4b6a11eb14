/** Security Council rules, one notion per module (spec sections A-G). */
export * from './options.js';
export * from './thresholds.js';
export * from './composition.js';
export * from './ballots.js';
export * from './core.js';
export * from './decide-vote.js';
export * from './obligatory-abstention.js';
export * from './consensus.js';
export * from './formats.js';
export * from './publication.js';
export * from './arria.js';
export * from './motions.js';
export * from './amendments.js';
export * from './invitations.js';
export * from './convening.js';
export * from './summary-statement.js';
export * from './agenda.js';
