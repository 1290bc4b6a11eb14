/**
 * Guards for the analysis answers (/api/alignment, /api/power): the page reads only what
 * these return, so a malformed answer shows as "unavailable", never as a crash.
 */

export interface MapPoint {
  code: string;
  name: string;
  group: string | null;
  x: number;
  y: number;
}

export interface AlignmentMap {
  from: number;
  to: number;
  issue: string | null;
  rollCalls: number;
  explained: number | null;
  points: MapPoint[];
  svg: string;
  /** Last day of the GA voting data, and whether the requested window runs past it. */
  dataEnd: string | null;
  pastDataEnd: boolean;
}

export interface Share {
  exact: string;
  value: number;
}

/** One row per seat class: the permanent members, the elected members. */
export interface PowerRow {
  seat: 'permanent' | 'elected';
  count: number;
  shapleyShubik: Share;
  banzhafNormalized: Share;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readPoint(v: unknown): MapPoint | null {
  if (!isObject(v) || typeof v.code !== 'string' || typeof v.name !== 'string' || !isNumber(v.x) || !isNumber(v.y)) return null;
  return { code: v.code, name: v.name, group: typeof v.group === 'string' ? v.group : null, x: v.x, y: v.y };
}

export function readAlignment(value: unknown): AlignmentMap | null {
  if (!isObject(value) || !isObject(value.window) || !Array.isArray(value.points) || typeof value.svg !== 'string') return null;
  const w = value.window;
  if (!isNumber(w.from) || !isNumber(w.to) || !isNumber(w.rollCalls)) return null;
  if (!value.svg.startsWith('<svg')) return null;
  const points = value.points.map(readPoint).filter((p): p is MapPoint => p !== null);
  const explained = Array.isArray(value.explained) && isNumber(value.explained[0]) ? value.explained[0] : null;
  const dataEnd = typeof value.dataEnd === 'string' ? value.dataEnd : null;
  const pastDataEnd = typeof value.dataEndNotice === 'string' && value.dataEndNotice.length > 0;
  return {
    from: w.from,
    to: w.to,
    issue: typeof w.issue === 'string' ? w.issue : null,
    rollCalls: w.rollCalls,
    explained,
    points,
    svg: value.svg,
    dataEnd,
    pastDataEnd,
  };
}

function readShare(v: unknown): Share | null {
  return isObject(v) && typeof v.exact === 'string' && isNumber(v.value) ? { exact: v.exact, value: v.value } : null;
}

function row(seat: PowerRow['seat'], count: number, entry: Record<string, unknown>): PowerRow | null {
  const shapleyShubik = readShare(entry.shapleyShubik);
  const banzhafNormalized = readShare(entry.banzhafNormalized);
  return shapleyShubik && banzhafNormalized ? { seat, count, shapleyShubik, banzhafNormalized } : null;
}

/**
 * The two seat classes of a Council answer: binary answers list every player (the
 * permanent members by ISO code, the elected as "elected-N", all of a class equal);
 * the ternary answer lists the classes themselves.
 */
export function readCouncilPower(value: unknown): PowerRow[] | null {
  if (!isObject(value)) return null;
  if (value.model === 'ternary' && Array.isArray(value.classes)) {
    const rows = value.classes
      .filter(isObject)
      .map((c) => ((c.id === 'permanent' || c.id === 'elected') && isNumber(c.count) ? row(c.id, c.count, c) : null));
    return rows.length === 2 && rows.every((r) => r !== null) ? (rows as PowerRow[]) : null;
  }
  if (value.model === 'binary' && Array.isArray(value.players)) {
    const players = value.players.filter(isObject).filter((p) => typeof p.id === 'string');
    const elected = players.filter((p) => (p.id as string).startsWith('elected-'));
    const permanent = players.filter((p) => !(p.id as string).startsWith('elected-'));
    if (elected.length === 0 || permanent.length === 0) return null;
    const rows = [row('permanent', permanent.length, permanent[0]!), row('elected', elected.length, elected[0]!)];
    return rows.every((r) => r !== null) ? (rows as PowerRow[]) : null;
  }
  return null;
}
