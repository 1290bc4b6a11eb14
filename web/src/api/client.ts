/**
 * A tiny typed client for the HTTP half of the protocol. Every call resolves to an
 * ApiResult: network failures and refusals are values the pages can show, never throws.
 */
import type {
  ApiResult,
  ClientCommand,
  CommandResult,
  CouncilOnDate,
  CreateSessionRequest,
  CreatedSession,
  DelegationCredential,
  Fixture,
  FixtureSummary,
  Joined,
  Note,
  SessionSnapshot,
  StoredEvent,
  RosterOnDate,
  SessionBodyKind,
} from './types.js';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  token?: string | undefined;
}

async function call<T>(path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, error: { code: 'network', message: 'The server could not be reached.', status: 0 } };
  }
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  if (response.ok) return { ok: true, value: payload as T };
  const error = readError(payload);
  return { ok: false, error: { code: error.code, message: error.message, status: response.status } };
}

function readError(payload: unknown): { code: string; message: string } {
  if (payload && typeof payload === 'object' && 'error' in payload) {
    const e = (payload as { error: unknown }).error;
    if (e && typeof e === 'object') {
      const { code, message } = e as { code?: unknown; message?: unknown };
      return { code: typeof code === 'string' ? code : 'error', message: typeof message === 'string' ? message : '' };
    }
  }
  return { code: 'error', message: '' };
}

const enc = encodeURIComponent;

export const api = {
  createSession: (request: CreateSessionRequest) => call<CreatedSession>('/api/sessions', { method: 'POST', body: request }),
  join: (joinCode: string) => call<Joined>('/api/join', { method: 'POST', body: { joinCode } }),
  command: (sessionId: string, token: string, command: ClientCommand) =>
    call<CommandResult>(`/api/sessions/${enc(sessionId)}/commands`, { method: 'POST', body: command, token }),
  /** A private meeting's or consultations' state needs a participant's token (spec R41, R42). */
  session: (sessionId: string, token?: string | null) =>
    call<SessionSnapshot>(`/api/sessions/${enc(sessionId)}`, { token: token ?? undefined }),
  /** What a private meeting publishes: its communiqué once the meeting has closed (Rule 55). */
  communique: (sessionId: string) => call<{ issued: boolean; communique: string | null }>(`/api/sessions/${enc(sessionId)}/communique`),
  events: (sessionId: string, after: number) =>
    call<StoredEvent[] | { events: StoredEvent[] }>(`/api/sessions/${enc(sessionId)}/events?after=${after}`),
  fixtures: () => call<FixtureSummary[] | { fixtures: FixtureSummary[] }>('/api/fixtures'),
  fixture: (id: string) => call<Fixture>(`/api/fixtures/${enc(id)}`),
  /** The join codes again (chair token): for the console after a reload or on another device. */
  delegations: (sessionId: string, token: string) =>
    call<{ delegations: DelegationCredential[] }>(`/api/sessions/${enc(sessionId)}/delegations`, { token }),
  /** Who this token is in the session (401: not one of its tokens, or a revoked co-chair link). */
  whoami: (sessionId: string, token: string) =>
    call<{ role: 'chair' | 'delegation'; coChair?: string; code?: string }>(`/api/sessions/${enc(sessionId)}/whoami`, { token }),
  coChairs: (sessionId: string, token: string) =>
    call<{ coChairs: { coChairId: string; label?: string }[] }>(`/api/sessions/${enc(sessionId)}/co-chairs`, { token }),
  issueCoChair: (sessionId: string, token: string, label?: string) =>
    call<{ coChairId: string; token: string; url: string }>(`/api/sessions/${enc(sessionId)}/co-chairs`, {
      method: 'POST',
      body: label ? { label } : {},
      token,
    }),
  revokeCoChair: (sessionId: string, token: string, coChairId: string) =>
    call<null>(`/api/sessions/${enc(sessionId)}/co-chairs/${enc(coChairId)}`, { method: 'DELETE', token }),
  /** The notes this token may read (the chair: all; a delegation: its own exchange with the chair). */
  notes: (sessionId: string, token: string) => call<{ notes: Note[] }>(`/api/sessions/${enc(sessionId)}/notes`, { token }),
  council: (date: string) => call<CouncilOnDate>(`/api/council?date=${enc(date)}`),
  roster: (body: SessionBodyKind, date: string) => call<RosterOnDate>(`/api/roster?body=${enc(body)}&date=${enc(date)}`),
  forecast: (params: Record<string, string>) => call<unknown>(`/api/forecast?${new URLSearchParams(params).toString()}`),
  alignment: (params: Record<string, string>) => call<unknown>(`/api/alignment?${new URLSearchParams(params).toString()}`),
  power: (body: 'sc' | 'sc-1945' | 'sc-procedural' | 'sc-abstention' | 'ga') => call<unknown>(`/api/power?body=${enc(body)}`),
};

/** Exports are plain links (the server sends Content-Disposition). */
/** The record in `lang` (md, html, pdf); csv and json carry no language. */
export function exportUrl(sessionId: string, format: 'csv' | 'json' | 'md' | 'html' | 'pdf', lang = 'en'): string {
  return `/api/sessions/${enc(sessionId)}/export.${format}${format === 'csv' || format === 'json' ? '' : `?lang=${encodeURIComponent(lang)}`}`;
}

/** An export fetched with the bearer token (a private meeting's needs one) and saved as a file; false if refused. */
export async function downloadExport(
  sessionId: string,
  format: 'csv' | 'json' | 'md' | 'html' | 'pdf',
  token: string,
  lang = 'en',
): Promise<boolean> {
  try {
    const response = await fetch(exportUrl(sessionId, format, lang), { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) return false;
    const href = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = href;
    link.download = `council-${sessionId}.${format}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    return true;
  } catch {
    return false;
  }
}

/** The console's own secret link as a QR code (SVG text), drawn for the token that asks. */
export async function fetchChairQrSvg(sessionId: string, token: string): Promise<string | null> {
  try {
    const response = await fetch(`/api/sessions/${enc(sessionId)}/chair/qr.svg`, { headers: { authorization: `Bearer ${token}` } });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/** The chair-only QR code of a delegation's join link, as SVG text. */
export async function fetchQrSvg(sessionId: string, code: string, token: string): Promise<string | null> {
  try {
    const response = await fetch(`/api/sessions/${enc(sessionId)}/delegations/${enc(code)}/qr.svg`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) return null;
    return await response.text();
  } catch {
    return null;
  }
}

/** A unique command id; crypto.randomUUID needs a secure context, a Wi-Fi LAN over http is not. */
export function newCommandId(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A document the session issued, in the UN layout (HTML or PDF). */
export function documentUrl(sessionId: string, documentId: string, format: 'html' | 'pdf'): string {
  return `/api/sessions/${enc(sessionId)}/documents/${enc(documentId)}.${format}`;
}

/**
 * A closed meeting's document, fetched with the bearer token (a plain link cannot send it) and
 * shown in a new tab. The tab is opened before the fetch, while the click still counts as the user's.
 */
export async function openDocument(sessionId: string, documentId: string, format: 'html' | 'pdf', token: string): Promise<boolean> {
  const tab = window.open('', '_blank');
  try {
    const response = await fetch(documentUrl(sessionId, documentId, format), { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) {
      tab?.close();
      return false;
    }
    const href = URL.createObjectURL(await response.blob());
    if (tab) tab.location.href = href;
    else window.location.href = href;
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
    return true;
  } catch {
    tab?.close();
    return false;
  }
}
