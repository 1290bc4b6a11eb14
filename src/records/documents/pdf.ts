/**
 * A UN document as PDF (pdfkit) in the UN layout (see layout.ts), set only in the shipped Noto
 * fonts (pdf-text.ts): every text goes through paragraph(), so each character finds a face that
 * has it (a name with "Š", a quotation in Cyrillic or Arabic). No italic is shipped: "Signed"
 * and the annex headings are set in the regular face.
 */
import PDFDocument from 'pdfkit';
import { layoutDocument } from './layout.js';
import { paragraph, registerFonts, type Canvas } from '../pdf-text.js';
import type { UnDocument } from '../../protocol/document.js';

export function documentToPdf(d: UnDocument): Promise<Buffer> {
  const l = layoutDocument(d);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 62, right: 62 },
    lang: 'en',
    info: { Title: `${l.symbol}: ${l.title}`, Author: 'council' },
  });
  const canvas = doc as unknown as Canvas;
  registerFonts(canvas);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const rightColumn = left + width * 0.55;
  // The document's own text is English (layout.ts); other scripts in it fall back per character.
  const para = (
    text: string,
    o: { size?: number; bold?: boolean; gap?: number; x?: number; width?: number; align?: 'left' | 'right' } = {},
  ) =>
    paragraph(canvas, text, {
      size: o.size ?? 11,
      bold: o.bold ?? false,
      gap: o.gap ?? 0.6,
      rtl: false,
      lang: 'en',
      ...(o.x !== undefined ? { x: o.x } : {}),
      ...(o.width !== undefined ? { width: o.width } : {}),
      ...(o.align ? { align: o.align } : {}),
    });

  // Masthead: "United Nations" and the organs on the left; symbol, distribution, date, original on the right.
  const top = doc.y;
  para('United Nations', { size: 11, bold: true, gap: 0.2, x: left, width: width * 0.55 });
  for (const organ of l.organs) para(organ, { size: 17, bold: true, gap: 0, x: left, width: width * 0.55 });
  const leftBottom = doc.y;
  doc.y = top;
  const symbolBlock = { x: rightColumn, width: width * 0.45, align: 'right' as const };
  para(l.symbol, { size: 13, bold: true, gap: 0.2, ...symbolBlock });
  for (const line of [l.distribution, l.date, l.original]) para(line, { size: 10, gap: 0, ...symbolBlock });
  const y = Math.max(leftBottom, doc.y) + 6;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(1.5)
    .stroke();

  // The organ blocks side by side: session and agenda items for the Assembly, the year for the Council.
  const blockTop = y + 10;
  const blockWidth = (width - 20 * (l.blocks.length - 1)) / l.blocks.length;
  let blocksBottom = blockTop;
  l.blocks.forEach((b, i) => {
    const x = left + i * (blockWidth + 20);
    doc.y = blockTop;
    para(b.organ, { size: 10, bold: true, gap: 0, x, width: blockWidth });
    for (const line of b.lines) para(line, { size: 10, gap: 0, x, width: blockWidth });
    blocksBottom = Math.max(blocksBottom, doc.y);
  });
  doc.x = left;
  doc.y = blocksBottom + 18;

  if (l.sponsorsLine) para(l.sponsorsLine, { size: 10.5 });
  para(l.title, { size: 12, bold: true, gap: 0.9 });
  l.paragraphs.forEach((t) => para(t));
  if (l.signature) {
    doc.y += 0.6 * 11;
    const block = { x: left + width / 2, width: width / 2, gap: 0 };
    para(`(Signed) ${l.signature.name}`, block);
    for (const t of l.signature.titles) para(t, block);
  }
  for (const a of l.annexes) {
    doc.addPage();
    doc.y = doc.page.margins.top;
    para(a.heading, { gap: 0.8 });
    if (a.title) para(a.title, { size: 12, bold: true, gap: 0.8 });
    a.paragraphs.forEach((t) => para(t));
  }
  if (l.footnotes.length || l.colophon.length) {
    doc.y += 11;
    for (const line of [...l.footnotes, ...l.colophon]) para(line, { size: 8.5, gap: 0.2 });
  }
  doc.end();
  return done;
}
