/** Human Rights Council voting rules: the GA committee rules as applied by GA res 60/251 para. 11. */
export * from './decide-vote.js';
