/**
 * The UN document layout as a plain model, shared by the HTML and PDF printers so both show
 * the same masthead: "United Nations", the organ names, the symbol block (symbol, "Distr.:",
 * date, "Original:"), the Assembly's session and agenda items, the Council's year (spec R49,
 * R50), then the title, the text, the signature and each annex under its own heading.
 */
import { longDate } from '../format.js';
import { countedOrdinal } from '../lang/ordinals.js';
import { parseSymbol } from '../symbols/index.js';
import type { OrganIssue, UnDocument } from '../../protocol/document.js';

export interface OrganBlock {
  /** "General Assembly". */
  organ: string;
  /** "Sixty-ninth session", "Third Committee", "Agenda item 68", the item's title; or "Sixty-ninth year". */
  lines: string[];
}

export interface AnnexLayout {
  heading: string;
  title?: string;
  paragraphs: string[];
}

export interface DocumentLayout {
  organs: string[];
  /** "A/69/…–S/2014/…": one text, one symbol per series, joined by an en dash (spec R49). */
  symbol: string;
  distribution: string;
  date: string;
  original: string;
  blocks: OrganBlock[];
  /** A draft's sponsors line: "Albania, …: revised draft resolution". */
  sponsorsLine?: string;
  title: string;
  paragraphs: string[];
  signature?: { name: string; titles: string[] };
  annexes: AnnexLayout[];
  footnotes: string[];
  colophon: string[];
}

const ORGAN_NAMES = { 'general-assembly': 'General Assembly', 'security-council': 'Security Council' } as const;
const DISTRIBUTION = { general: 'General', limited: 'Limited', restricted: 'Restricted' } as const;
/** The Council's first year is 1946 (its first meeting, 17 January 1946), so 2014 is its sixty-ninth. */
export const councilYear = (year: number): number => year - 1945;

/** A symbol as the UN prints it, or the series with "…" when it is not known (never guessed). */
function organSymbol(o: OrganIssue): string {
  if (o.symbol !== null) {
    const parsed = parseSymbol(o.symbol);
    return parsed.ok ? parsed.value.symbol : o.symbol;
  }
  return o.organ === 'general-assembly' ? `A/${o.committee ? `C.${o.committee}/` : ''}${o.session}/\u2026` : `S/${o.year}/\u2026`;
}

// The document is laid out in English (its text is the English original); the ordinals come from the one
// ordinals module the record mastheads use, so "Sixty-ninth session" is spelled the same way everywhere.
function organLines(o: OrganIssue): string[] {
  if (o.organ === 'security-council') return [`${countedOrdinal(councilYear(o.year), 'en', 'year')} year`];
  const lines = [`${countedOrdinal(o.session, 'en', 'session')} session`];
  if (o.committee) lines.push(`${countedOrdinal(o.committee, 'en', 'session')} Committee`);
  for (const item of o.agendaItems) lines.push(`Agenda item ${item.number}`, item.title);
  return lines;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
];

function draftLabel(d: UnDocument): string {
  const revised = d.organs.some((o) => o.symbol !== null && /\/Rev\.\d+/.test(o.symbol));
  return revised ? 'revised draft resolution' : 'draft resolution';
}

export function layoutDocument(d: UnDocument): DocumentLayout {
  const organs = d.organs.map((o) => ORGAN_NAMES[o.organ]);
  const annexes = d.annexes.map((a, i) => {
    const label = d.annexes.length > 1 ? `Annex ${ROMAN[i] ?? i + 1}` : 'Annex';
    // A letter's annex is headed "Annex to the letter dated …", as the UN prints it.
    const heading = a.heading ?? (d.kind === 'letter' || d.kind === 'note-verbale' ? `${label} to the ${lowerFirst(d.title)}` : label);
    return { heading, ...(a.title ? { title: a.title } : {}), paragraphs: a.paragraphs };
  });
  const footnotes = d.reissued ? [`* ${d.reissued}`] : [];
  const unknown = d.organs.filter((o) => o.symbol === null).map((o) => ORGAN_NAMES[o.organ]);
  const colophon = [
    ...(unknown.length ? [`Symbol not confirmed in the ${unknown.join(' and the ')} series.`] : []),
    ...(d.certainty !== 'confirmed' ? [`Certainty: ${d.certainty}.`] : []),
    ...d.sources.map((s) => `Source: ${s}`),
  ];
  return {
    organs,
    symbol: d.organs.map(organSymbol).join('\u2013') + (d.reissued ? '*' : ''),
    distribution: `Distr.: ${DISTRIBUTION[d.distribution]}`,
    date: longDate(d.date),
    original: `Original: ${d.original}`,
    blocks: d.organs.map((o) => ({ organ: ORGAN_NAMES[o.organ], lines: organLines(o) })),
    ...(d.kind === 'draft-resolution' && d.sponsors.length ? { sponsorsLine: `${listSponsors(d.sponsors)}: ${draftLabel(d)}` } : {}),
    title: d.title,
    paragraphs: d.paragraphs,
    ...(d.signature ? { signature: { name: d.signature.name, titles: d.signature.titles } } : {}),
    annexes,
    footnotes,
    colophon,
  };
}

/** Sponsors as the UN lists them: "A, B and C". */
function listSponsors(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
