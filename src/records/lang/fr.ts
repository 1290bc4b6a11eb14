import { en, type RecordMessages } from './en.js';

export const fr: RecordMessages = { ...en };
