/**
 * A meeting record as PDF (pdfkit) in any of the six official languages. The fonts are
 * shipped with the project (assets/fonts: Noto Sans, Noto Sans Arabic, Noto Sans SC, SIL
 * OFL 1.1) and embedded, so a record prints the same on any machine; Arabic is shaped by
 * fontkit and laid out right to left (pdf-text.ts).
 */
import PDFDocument from 'pdfkit';
import { namesOrNone, participantLine, requestLine, voteBlock } from './markdown.js';
import { communique, type MeetingRecord } from './meeting-record.js';
import { words as wordsIn } from './lang/index.js';
import { paragraph, registerFonts, type Canvas } from './pdf-text.js';

export function toPdf(r: MeetingRecord): Promise<Buffer> {
  const w = wordsIn(r.lang);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: r.lang,
    info: { Title: `${r.symbol ?? r.organ}: ${r.title}`, Author: 'council', CreationDate: new Date(`${r.date}T12:00:00Z`) },
  });
  const canvas = doc as unknown as Canvas;
  registerFonts(canvas);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const rtl = r.lang === 'ar';
  const para = (text: string, opts: { bold?: boolean; size?: number; gap?: number } = {}) =>
    paragraph(canvas, text, { size: opts.size ?? 11, bold: opts.bold ?? false, gap: opts.gap ?? 0.4, rtl, lang: r.lang });
  const join = (parts: string[]) => parts.join(r.lang === 'zh' ? '' : ' ');

  para(`${w.t('un')}${r.symbol ? `    ${r.symbol}` : ''}`, { bold: true, size: 10 });
  para(r.kind === 'conveners-summary' ? w.t('title.arria', { organ: r.organ }) : r.organ, { bold: true, size: 18 });
  para(r.heading);
  para(r.when);
  if (r.president) para(r.kind === 'conveners-summary' ? r.president : w.t('president', { name: r.president }));
  if (r.members.length && r.members.length <= 15 && r.kind !== 'conveners-summary') {
    para(w.t('members', { names: w.list(r.members.filter((m) => m.name !== r.president).map((m) => m.name)) }), { size: 10 });
  }
  para(r.title, { bold: true, size: 13, gap: 0.6 });
  for (const n of r.notes) para(n, { size: 10 });
  if (r.kind === 'communique') para(communique(r));
  else if (r.kind !== 'none') {
    if (r.request) para(requestLine(r, w));
    if (r.documents.length) {
      para(w.t('documents'), { bold: true });
      for (const d of r.documents) para(`${d.symbol}: ${d.title}`, { gap: 0.1 });
    }
    if (r.agenda.length) {
      para(w.t('agenda'), { bold: true });
      r.agenda.forEach((a, i) => para(`${i + 1}. ${a}`, { gap: 0.1 }));
    }
    if (r.invitations.length) {
      para(w.t('participants'), { bold: true });
      for (const i of r.invitations) para(participantLine(i, w), { gap: 0.1 });
    }
    para(w.t('proceedings'), { bold: true });
    for (const e of r.entries) {
      if (e.kind === 'session') continue;
      const time = e.time ? `${w.clock(e.time)}  ` : '';
      if (!e.vote) {
        para(`${time}${e.text}`, { gap: 0.2 });
        continue;
      }
      const b = voteBlock(e.vote, r);
      para(w.t('vote', { question: b.heading }), { bold: true });
      para(b.method);
      for (const [label, names] of b.lists) para(`${w.label(label)} ${namesOrNone(names, w)}`);
      para(`${w.label(b.chair)} ${join(b.president)}`);
      para(`${w.label(w.t('why'))} ${b.explanation}`, { size: 9 });
    }
  }
  if (r.sources.length) {
    para(w.t('sources'), { bold: true, size: 10 });
    for (const s of r.sources) para(s, { size: 9, gap: 0.1 });
  }
  doc.end();
  return done;
}
