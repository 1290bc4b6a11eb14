import { en, type RecordMessages } from './en.js';

export const ru: RecordMessages = { ...en };
