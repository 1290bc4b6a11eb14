/** UN document symbols: parse, format, joint GA-SC symbols, one-text-many-symbols (spec R46-R50). */
export * from './types.js';
export * from './parse.js';
export * from './build.js';
export * from './distribution.js';
export * from './joint.js';
export * from './registry.js';
export * from './known-texts.js';
export * from './numbering.js';
