/**
 * A meeting record as PDF (pdfkit). Uses a Unicode system font when one is installed, so
 * names such as "Šimonović" print as written; otherwise the built-in Times font with
 * letters outside its character set reduced to their base letters.
 */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { clock, joinList } from './format.js';
import { voteBlock } from './markdown.js';
import { communique, type MeetingRecord } from './meeting-record.js';

const UNICODE_FONTS = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf'],
  ['/Library/Fonts/Arial Unicode.ttf', '/Library/Fonts/Arial Unicode.ttf'],
  ['C:\\Windows\\Fonts\\times.ttf', 'C:\\Windows\\Fonts\\timesbd.ttf'],
] as const;

/** Characters the standard PDF fonts can show (WinAnsi is close to Latin-1). */
const latin1 = (s: string): string =>
  s.replace(/[\u2013\u2014]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')
    .replace(/[^\u0000-\u00FF]/g, (c) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\u0000-\u00FF]/g, '?'));

export function toPdf(r: MeetingRecord): Promise<Buffer> {
  const fonts = UNICODE_FONTS.find(([regular, bold]) => existsSync(regular) && existsSync(bold));
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${r.symbol ?? r.organ}: ${r.title}`, Author: 'council', CreationDate: new Date(`${r.date}T12:00:00Z`) },
  });
  const regular = fonts ? fonts[0] : 'Times-Roman';
  const bold = fonts ? fonts[1] : 'Times-Bold';
  const t = fonts ? (s: string) => s : latin1;
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const para = (text: string, opts: { font?: string; size?: number; gap?: number } = {}) => {
    doc.font(opts.font ?? regular).fontSize(opts.size ?? 11).text(t(text));
    doc.moveDown(opts.gap ?? 0.4);
  };
  para(`United Nations${r.symbol ? `    ${r.symbol}` : ''}`, { font: bold, size: 10 });
  para(r.kind === 'conveners-summary' ? `${r.organ} members: Arria-formula meeting (not an official record)` : r.organ, { font: bold, size: 18 });
  para(r.heading);
  para(r.when);
  if (r.president) para(`${r.kind === 'conveners-summary' ? '' : 'President: '}${r.president}`);
  if (r.members.length && r.members.length <= 15 && r.kind !== 'conveners-summary') para(`Members: ${joinList(r.members.filter((m) => m.name !== r.president).map((m) => m.name))}`, { size: 10 });
  para(r.title, { font: bold, size: 13, gap: 0.6 });
  for (const n of r.notes) para(n, { size: 10 });
  if (r.kind === 'communique') para(communique(r));
  else if (r.kind !== 'none') {
    if (r.request) para(`Request: letter ${r.request.display}`);
    if (r.documents.length) {
      para('Documents', { font: bold });
      for (const d of r.documents) para(`${d.symbol}: ${d.title}`, { gap: 0.1 });
      doc.moveDown(0.4);
    }
    if (r.agenda.length) {
      para('Agenda', { font: bold });
      r.agenda.forEach((a, i) => para(`${i + 1}. ${a}`, { gap: 0.1 }));
      doc.moveDown(0.4);
    }
    para('Proceedings', { font: bold });
    for (const e of r.entries) {
      if (e.kind === 'session') continue;
      const time = e.time ? `${clock(e.time)}  ` : '';
      if (!e.vote) {
        para(`${time}${e.text}`, { gap: 0.2 });
        continue;
      }
      const b = voteBlock(e.vote, r.organ);
      doc.moveDown(0.3);
      para(`Vote: ${b.heading}`, { font: bold });
      para(b.method);
      for (const [label, names] of b.lists) para(`${label}: ${names.length ? names.join(', ') : 'none'}`);
      para(`${b.chair}: ${b.president.join(' ')}`);
      para(`Why (council engine): ${b.explanation}`, { size: 9 });
    }
  }
  if (r.sources.length) {
    doc.moveDown(0.6);
    para('Sources', { font: bold, size: 10 });
    for (const s of r.sources) para(s, { size: 9, gap: 0.1 });
  }
  doc.end();
  return done;
}
