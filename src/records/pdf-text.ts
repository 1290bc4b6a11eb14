/**
 * Text for the PDF record in any of the six languages: each character goes to the first
 * shipped font that has it (Noto Sans for Latin and Cyrillic, Noto Sans Arabic, Noto Sans
 * SC), lines are broken by width (CJK between any two characters), and right-to-left
 * lines are put in visual order (a small bidi: runs of Arabic read right to left, runs of
 * Latin letters and digits keep their order). fontkit shapes the Arabic of each run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';
import { isWoff, woffToSfnt } from './woff.js';

/** The shipped fonts (assets/fonts, SIL OFL 1.1), from src/records or dist/records alike. */
export const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');

const FILES = {
  latin: ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-700-normal.woff'],
  latinExt: ['noto-sans-latin-ext-400-normal.woff', 'noto-sans-latin-ext-700-normal.woff'],
  cyrillic: ['noto-sans-cyrillic-400-normal.woff', 'noto-sans-cyrillic-700-normal.woff'],
  arabic: ['noto-sans-arabic-arabic-400-normal.woff', 'noto-sans-arabic-arabic-700-normal.woff'],
  // One weight: a bold CJK face would double the repository's fonts for headings alone.
  han: ['noto-sans-sc-chinese-simplified-400-normal.woff', 'noto-sans-sc-chinese-simplified-400-normal.woff'],
} as const;
type Family = keyof typeof FILES;

export const fontFiles = (): string[] => [...new Set(Object.values(FILES).flat())].map((f) => join(FONT_DIR, f));
export const fontsPresent = (): boolean => fontFiles().every((f) => existsSync(f));

/**
 * Each font file is read, unwrapped from WOFF and parsed once per process, on first need (a
 * record in English never parses the large CJK font); the same fontkit font answers coverage
 * questions and is what every PDF document embeds (pdfkit takes a fontkit font as well as a path).
 */
const parsed = new Map<string, Font>();
function fontFile(file: string): Font {
  let font = parsed.get(file);
  if (!font) {
    const data = readFileSync(join(FONT_DIR, file));
    font = create(isWoff(data) ? woffToSfnt(data) : data);
    parsed.set(file, font);
  }
  return font;
}

/** How many font files this process has parsed (the bench and the tests check it stays at one per file). */
export const parsedFontCount = (): number => parsed.size;

const has = (family: Family, codePoint: number): boolean => fontFile(FILES[family][0]).hasGlyphForCodePoint(codePoint);

/** The minimal surface of a pdfkit document the layout needs. */
export interface Canvas {
  registerFont(name: string, src: string | Font): unknown;
  font(name: string): Canvas;
  fontSize(size: number): Canvas;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, options: { lineBreak: boolean }): unknown;
  addPage(): unknown;
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  y: number;
}

/** The faces registered with each document, each on its first use. */
const registered = new WeakMap<Canvas, Set<string>>();

/** Prepares a document for the shipped fonts; each face is registered (and its font parsed, once per process) on first use. */
export function registerFonts(doc: Canvas): void {
  if (!registered.has(doc)) registered.set(doc, new Set());
}

/** Selects a face, registering it with this document the first time (families with one weight use it for bold too). */
function face(doc: Canvas, family: Family, weight: '400' | '700'): Canvas {
  const file = FILES[family][weight === '700' ? 1 : 0];
  const name = `${family}-${file === FILES[family][0] ? '400' : weight}`;
  let names = registered.get(doc);
  if (!names) registered.set(doc, (names = new Set()));
  if (!names.has(name)) {
    doc.registerFont(name, fontFile(file));
    names.add(name);
  }
  return doc.font(name);
}

// Marks fontkit cannot position (Quranic annotation signs): left out rather than failing the record.
const UNSHAPEABLE = /[\u0615-\u0617\u06D6-\u06DC\u06E8\u0898-\u08DF]/gu;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_LTR = /[\p{L}\p{N}]/u;
const HAN = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '«': '»', '»': '«', '<': '>', '>': '<' };

/** The family for one character: the current run's when it has it (keeps shaping runs whole), else the first that does. */
function familyFor(ch: string, current: Family | null, lang: string): Family {
  const cp = ch.codePointAt(0)!;
  if (current && !STRONG_LTR.test(ch) && has(current, cp)) return current;
  const order: Family[] =
    lang === 'zh' ? ['han', 'latin', 'latinExt', 'cyrillic', 'arabic'] : ['latin', 'latinExt', 'cyrillic', 'arabic', 'han'];
  return order.find((fam) => has(fam, cp)) ?? 'latin';
}

interface Run {
  text: string;
  family: Family;
}
interface Word {
  runs: Run[];
  spaceBefore: boolean;
  width: number;
  dir: 'ltr' | 'rtl' | 'neutral';
}

function runsOf(text: string, lang: string): Run[] {
  const runs: Run[] = [];
  for (const ch of text) {
    const family = familyFor(ch, runs.at(-1)?.family ?? null, lang);
    const last = runs.at(-1);
    if (last && last.family === family) last.text += ch;
    else runs.push({ text: ch, family });
  }
  return runs;
}

function wordsOf(text: string, lang: string): Omit<Word, 'width'>[] {
  const words: Omit<Word, 'width'>[] = [];
  for (const [i, chunk] of text.split(/ +/u).entries()) {
    if (!chunk) continue;
    // CJK text breaks between any two characters: each Han character is a word of its own, with no space before.
    const split = chunk
      .split(/(?<=[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F])|(?=[\u2E80-\u9FFF\uF900-\uFAFF\u3000-\u303F])/u)
      .filter(Boolean);
    // No line starts with closing punctuation (、，。：；）): it stays with the character before it.
    const pieces = split.reduce<string[]>((acc, p) => {
      if (acc.length && /^[、，。：；！？）」』〕】》]/u.test(p)) acc[acc.length - 1] += p;
      else acc.push(p);
      return acc;
    }, []);
    pieces.forEach((piece, j) => {
      const dir = ARABIC.test(piece) ? 'rtl' : STRONG_LTR.test(piece) || HAN.test(piece) ? 'ltr' : 'neutral';
      words.push({ runs: runsOf(piece, lang), spaceBefore: j === 0 && i > 0 && words.length > 0, dir });
    });
  }
  return words;
}

export interface ParagraphStyle {
  size: number;
  bold?: boolean;
  /** Space after the paragraph, in lines. */
  gap?: number;
  rtl: boolean;
  lang: string;
  /** A column instead of the page between its margins (a masthead, a signature block). */
  x?: number;
  width?: number;
  /** Which side lines are flush with; by default the right for right-to-left text, else the left. */
  align?: 'left' | 'right';
}

/** Lay out one paragraph at the document's current y, breaking lines and pages; moves doc.y below it. */
export function paragraph(doc: Canvas, text: string, style: ParagraphStyle): void {
  const clean = text.replace(UNSHAPEABLE, '').replace(/\s+/gu, ' ').trim();
  if (!clean) return;
  const weight = style.bold ? '700' : '400';
  const measure = (run: Run) => face(doc, run.family, weight).fontSize(style.size).widthOfString(run.text);
  const space = face(doc, 'latin', weight).fontSize(style.size).widthOfString(' ');
  const words: Word[] = wordsOf(clean, style.lang).map((w) => ({ ...w, width: w.runs.reduce((sum, r) => sum + measure(r), 0) }));
  const { margins, width: pageWidth, height: pageHeight } = doc.page;
  const left = style.x ?? margins.left;
  const available = style.width ?? pageWidth - margins.left - margins.right;
  const flushRight = style.align ? style.align === 'right' : style.rtl;
  const lineHeight = style.size * (style.lang === 'zh' || style.lang === 'ar' ? 1.6 : 1.35);
  let line: Word[] = [];
  let lineWidth = 0;
  const flush = () => {
    if (!line.length) return;
    if (doc.y + lineHeight > pageHeight - margins.bottom) {
      doc.addPage();
      doc.y = margins.top;
    }
    const drawn = style.rtl ? line : peelNeutralEdges(line);
    const { order: ordered, reversed } = style.rtl ? { order: visualOrder(drawn), reversed: null } : ltrVisualOrder(drawn);
    let x = flushRight ? left + available - lineWidth : left;
    ordered.forEach((w, i) => {
      if (i > 0) {
        // The gap between two neighbours is the space before whichever comes later in reading order.
        const a = drawn.indexOf(ordered[i - 1]!);
        const b = drawn.indexOf(w);
        if (Math.abs(a - b) === 1) {
          if (drawn[Math.max(a, b)]!.spaceBefore) x += space;
        } else if (!reversed) x += space;
        // At the edge of a reversed group in a left-to-right line: the space before the group, or after it.
        else if ((reversed.has(drawn[a]!) ? drawn[b]! : drawn[a + 1]!).spaceBefore) x += space;
      }
      // A right-to-left word's runs go right to left too: "الرئيس:" puts its colon on the left.
      const rtlWord = style.rtl && w.dir !== 'ltr';
      for (const run of rtlWord ? [...w.runs].reverse() : w.runs) {
        const shown = rtlWord && run.family !== 'arabic' ? [...run.text].map((c) => MIRROR[c] ?? c).join('') : run.text;
        face(doc, run.family, weight).fontSize(style.size).text(shown, x, doc.y, { lineBreak: false });
        x += measure(run);
      }
    });
    doc.y += lineHeight;
    line = [];
    lineWidth = 0;
  };
  for (const w of words) {
    const extra = (line.length && w.spaceBefore ? space : 0) + w.width;
    // In a right-to-left line a word that was not next to its neighbour may gain a space when reordered.
    if (line.length && lineWidth + extra > available) flush();
    lineWidth += (line.length && w.spaceBefore ? space : 0) + w.width;
    line.push(w);
  }
  flush();
  doc.y += (style.gap ?? 0.4) * style.size;
}

/**
 * The words of a line in runs of one direction: a neutral word (punctuation, a dash) takes the
 * direction of its strong neighbours when both sides agree, otherwise the line's own.
 */
function directionGroups(line: Word[], base: 'ltr' | 'rtl'): { dir: 'ltr' | 'rtl'; words: Word[] }[] {
  const dirs = line.map((w) => w.dir);
  const groups: { dir: 'ltr' | 'rtl'; words: Word[] }[] = [];
  line.forEach((w, i) => {
    let dir = dirs[i]!;
    if (dir === 'neutral') {
      const before = dirs.slice(0, i).findLast((x) => x !== 'neutral');
      const after = dirs.slice(i + 1).find((x) => x !== 'neutral');
      dir = before !== undefined && before === after ? before : base;
    }
    const last = groups.at(-1);
    if (last && last.dir === dir) last.words.push(w);
    else groups.push({ dir: dir as 'ltr' | 'rtl', words: [w] });
  });
  return groups;
}

/**
 * A right-to-left line in the order it is drawn, left to right: runs of left-to-right words
 * keep their order, the rest reverse. Each word's own characters are shaped (and Arabic
 * reversed) by fontkit when drawn.
 */
function visualOrder(line: Word[]): Word[] {
  return directionGroups(line, 'rtl')
    .reverse()
    .flatMap((g) => (g.dir === 'ltr' ? g.words : [...g.words].reverse()));
}

/**
 * In a left-to-right line, the punctuation runs at the edges of a right-to-left word (the full
 * stop after an Arabic quotation) become neutral words of their own, so they keep the line's
 * direction instead of travelling with the Arabic word.
 */
function peelNeutralEdges(line: Word[]): Word[] {
  const neutral = (r: Run) => !ARABIC.test(r.text) && !STRONG_LTR.test(r.text);
  return line.flatMap((w) => {
    if (w.dir !== 'rtl' || w.runs.length < 2) return [w];
    let start = 0;
    let end = w.runs.length;
    while (start < end - 1 && neutral(w.runs[start]!)) start++;
    while (end > start + 1 && neutral(w.runs[end - 1]!)) end--;
    const piece = (runs: Run[], spaceBefore: boolean): Word => ({ runs, spaceBefore, width: 0, dir: 'neutral' });
    return [
      ...w.runs.slice(0, start).map((r, i) => piece([r], i === 0 && w.spaceBefore)),
      { ...w, runs: w.runs.slice(start, end), spaceBefore: start === 0 && w.spaceBefore },
      ...w.runs.slice(end).map((r) => piece([r], false)),
    ];
  });
}

/**
 * A left-to-right line in the order it is drawn: a run of right-to-left words (an Arabic
 * quotation in an English text) reads right to left, with the neutral words between them;
 * neutral words at its edges keep the line's direction. Everything else keeps its order.
 */
function ltrVisualOrder(line: Word[]): { order: Word[]; reversed: Set<Word> } {
  if (!line.some((w) => w.dir === 'rtl')) return { order: line, reversed: new Set() };
  const groups = directionGroups(line, 'ltr');
  const reversed = new Set(groups.filter((g) => g.dir === 'rtl').flatMap((g) => g.words));
  return { order: groups.flatMap((g) => (g.dir === 'rtl' ? [...g.words].reverse() : g.words)), reversed };
}
