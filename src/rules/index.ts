/**
 * The rules engine's public surface: every rule the sessions, the CLI and the web app may
 * call, with its closed error codes. Import from here, not from a module's own path.
 */
export * from './result.js';
export * from './types.js';
export * from './errors.js';
export * from './decide.js';
export * from './presidency.js';
export { numberWord, withArticle, namesOf, tallyPhrase, shortBy } from './explain.js';
export * from './security-council/index.js';
export * from './general-assembly/index.js';
export * from './practice/floor.js';
export * from './practice/caucus.js';
export * from './motion-order.js';
export { nextPart, orderParts, divisionRule, type Part } from './bodies/division.js';
