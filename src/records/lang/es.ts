import { en, type RecordMessages } from './en.js';

export const es: RecordMessages = { ...en };
