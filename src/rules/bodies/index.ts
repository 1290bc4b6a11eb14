/** What each body's rules allow a session (issue 9), and the vote decided by that body's rule. */
export * from './profile.js';
export * from './decide.js';
export * from './division.js';
