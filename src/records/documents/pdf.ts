/** A UN document as PDF (pdfkit) in the UN layout (see layout.ts). */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { layoutDocument } from './layout.js';
import type { UnDocument } from '../../protocol/document.js';

/** Serif faces with Latin Extended; pdfkit's built-in Times covers Latin-1 only. */
const FONT_PAIRS = [
  [
    '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf',
  ],
  [
    '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf',
  ],
] as const;

export function documentToPdf(d: UnDocument): Promise<Buffer> {
  const l = layoutDocument(d);
  const fonts = FONT_PAIRS.find((set) => set.every((f) => existsSync(f)));
  const [regular, bold, italic] = fonts ?? ['Times-Roman', 'Times-Bold', 'Times-Italic'];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 62, right: 62 },
    info: { Title: `${l.symbol}: ${l.title}`, Author: 'council' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const rightColumn = left + width * 0.55;

  // Masthead: "United Nations" and the organs on the left; symbol, distribution, date, original on the right.
  const top = doc.y;
  doc.font(bold).fontSize(11).text('United Nations', left, top);
  doc.font(bold).fontSize(17);
  for (const organ of l.organs) doc.text(organ, left);
  const leftBottom = doc.y;
  doc
    .font(bold)
    .fontSize(13)
    .text(l.symbol, rightColumn, top, { width: width * 0.45, align: 'right' });
  doc.font(regular).fontSize(10);
  for (const line of [l.distribution, l.date, l.original]) doc.text(line, rightColumn, doc.y, { width: width * 0.45, align: 'right' });
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
    doc.font(bold).fontSize(10).text(b.organ, x, blockTop, { width: blockWidth });
    doc.font(regular).fontSize(10);
    for (const line of b.lines) doc.text(line, x, doc.y, { width: blockWidth });
    blocksBottom = Math.max(blocksBottom, doc.y);
  });
  doc.x = left;
  doc.y = blocksBottom + 18;

  const para = (text: string, font: string = regular, size = 11, gap = 0.6) => {
    doc.font(font).fontSize(size).text(text, left, doc.y, { width, align: 'justify' });
    doc.moveDown(gap);
  };
  if (l.sponsorsLine) para(l.sponsorsLine, italic, 10.5);
  para(l.title, bold, 12, 0.9);
  l.paragraphs.forEach((t) => para(t));
  if (l.signature) {
    doc.moveDown(0.6);
    const x = left + width / 2;
    doc
      .font(regular)
      .fontSize(11)
      .text('(', x, doc.y, { continued: true })
      .font(italic)
      .text('Signed', { continued: true })
      .font(regular)
      .text(`) ${l.signature.name}`);
    for (const t of l.signature.titles) doc.text(t, x, doc.y);
    doc.x = left;
  }
  for (const a of l.annexes) {
    doc.addPage();
    para(a.heading, italic, 11, 0.8);
    if (a.title) para(a.title, bold, 12, 0.8);
    a.paragraphs.forEach((t) => para(t));
  }
  if (l.footnotes.length || l.colophon.length) {
    doc.moveDown(1);
    for (const line of [...l.footnotes, ...l.colophon]) para(line, regular, 8.5, 0.2);
  }
  doc.end();
  return done;
}
