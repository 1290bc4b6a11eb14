/**
 * What the live server and its clients send each other (docs/protocol.md): HTTP bodies,
 * the one error shape, stored events as sent, and WebSocket frames.
 */
import { z } from 'zod';
import { COMMAND_ERROR_CODES } from './errors.js';
import { FormatSchema, StateCodeSchema } from './vocabulary.js';

/** Every refusal, over HTTP and WebSocket: a stable code, one sentence, and what forbids it. */
export const ApiErrorBodySchema = z.object({ code: z.string(), message: z.string(), rule: z.string().optional() });
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
/** `{ "error": { code, message, rule? } }`, with the HTTP status the code maps to (src/server/errors.ts). */
export const ErrorResponseSchema = z.object({ error: ApiErrorBodySchema });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
/** The codes a command refusal can carry (the engine's and the rules' own). */
export const COMMAND_REFUSAL_CODES = COMMAND_ERROR_CODES;

/** POST /api/sessions */
export const CreateSessionRequestSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  title: z.string().trim().min(1).max(300),
  format: FormatSchema.default('public'),
  /** Which body meets (issue 9); its members come from the data for the date unless `members` is given. */
  body: z.enum(['security-council', 'general-assembly', 'ga-main-committee', 'human-rights-council']).default('security-council'),
  /** For `ga-main-committee`: which Main Committee, 1 to 6 (the Third Committee is 3). */
  committee: z.number().int().min(1).max(6).optional(),
  /** A custom roster: any states, by code (a Model UN committee, a future Council). */
  members: z.array(StateCodeSchema).min(1).max(200).optional(),
  /** Observers: they join by phone and speak, and cannot vote. */
  observers: z.array(StateCodeSchema).max(60).optional(),
  /** The presiding delegation; for the Council, by default the President of the month (Rule 18). */
  president: StateCodeSchema.optional(),
  /** Extensions: the agenda item, and who convenes an Arria meeting (default: the President of the month). */
  item: z.string().trim().min(1).max(2000).optional(),
  conveners: z.array(StateCodeSchema).min(1).max(20).optional(),
  /** 'un' (default): the UN rules only; 'mun': Model UN practice options too (src/rules/practice). */
  practice: z.enum(['un', 'mun']).optional(),
});
export type CreateSessionRequest = z.input<typeof CreateSessionRequestSchema>;

export const DelegationCredentialSchema = z.object({ code: z.string(), name: z.string(), joinCode: z.string(), url: z.string() });
export type DelegationCredential = z.infer<typeof DelegationCredentialSchema>;

export const CreatedSessionSchema = z.object({
  sessionId: z.string(),
  body: z.string().optional(),
  /** Seats the data could not fill for the date: the session runs with the known members. */
  unknownSeats: z.number().int().optional(),
  notes: z.array(z.string()).optional(),
  observers: z.array(z.object({ code: z.string(), name: z.string(), joinCode: z.string(), url: z.string() })).optional(),
  chair: z.object({ token: z.string(), url: z.string() }),
  board: z.object({ url: z.string() }),
  delegations: z.array(DelegationCredentialSchema),
});
export type CreatedSession = z.infer<typeof CreatedSessionSchema>;

/** POST /api/join */
export const JoinedSchema = z.object({ sessionId: z.string(), code: z.string(), name: z.string(), token: z.string() });
export type Joined = z.infer<typeof JoinedSchema>;

/** An event as the store keeps it and the server sends it (secrets removed). */
export const StoredEventSchema = z.object({
  sessionId: z.string(),
  version: z.number().int().positive(),
  type: z.string(),
  data: z.unknown(),
  commandId: z.string().nullable(),
  at: z.string(),
});
export type WireEvent = z.infer<typeof StoredEventSchema>;

/** POST /api/sessions/:id/commands -> 200 */
export const CommandResultSchema = z.object({ version: z.number().int().min(0), events: z.array(StoredEventSchema) });
export type CommandResult = z.infer<typeof CommandResultSchema>;

/** GET /api/sessions/:id */
export const SessionSnapshotSchema = z.object({ sessionId: z.string(), version: z.number().int().min(0), state: z.unknown() });
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;

/** A command as a client sends it; the server sets `actor` from the bearer token. */
export const ClientCommandSchema = z
  .object({
    // Stored as text: no control characters, no lone surrogates (see src/store/append-input.ts).
    id: z
      .string()
      .min(1)
      .max(200)
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s) && !/\p{Surrogate}/u.test(s), 'printable text'),
    type: z.string().min(1).max(64),
  })
  .loose();
export type ClientCommand = z.infer<typeof ClientCommandSchema>;

/** Client -> server WebSocket frames. */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('command'), token: z.string().min(1).max(200), command: z.unknown() }),
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('pong') }),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

/** The error of a refused WebSocket command: the HTTP answer's body plus its status. */
export const ResultErrorSchema = ApiErrorBodySchema.extend({ status: z.number().int() });

/** Server -> client WebSocket frames. */
export const ServerMessageSchema = z.union([
  // serverTime: the server's clock (ms since the epoch) when sent, for the floor's countdown on every screen.
  z.object({ type: z.literal('events'), events: z.array(StoredEventSchema), serverTime: z.number().optional() }),
  z.object({ type: z.literal('result'), id: z.string().nullable(), ok: z.literal(true), version: z.number().int() }),
  z.object({ type: z.literal('result'), id: z.string().nullable(), ok: z.literal(false), error: ResultErrorSchema }),
  z.object({ type: z.literal('error'), error: ApiErrorBodySchema }),
  z.object({ type: z.literal('ping'), serverTime: z.number().optional() }),
  z.object({ type: z.literal('pong'), serverTime: z.number().optional() }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;
