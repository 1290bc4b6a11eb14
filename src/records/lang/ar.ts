import { en, type RecordMessages } from './en.js';

export const ar: RecordMessages = { ...en };
