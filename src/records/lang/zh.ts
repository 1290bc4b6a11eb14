import { en, type RecordMessages } from './en.js';

export const zh: RecordMessages = { ...en };
