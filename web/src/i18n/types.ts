/** The shape of a message catalogue: English is the reference for the keys. */
import en from './en.json' with { type: 'json' };

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
