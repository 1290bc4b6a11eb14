export * from './rational.js';
export * from './game.js';
export * from './indices.js';
export * from './ternary.js';
export * from './bodies.js';
