/** A UN document as a self-contained HTML page in the UN layout (see layout.ts). */
import { escapeHtml as h } from '../html.js';
import { layoutDocument } from './layout.js';
import type { UnDocument } from '../../protocol/document.js';

const STYLE = [
  'body{font-family:"Times New Roman",Times,Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}',
  '.masthead{display:flex;flex-wrap:wrap;justify-content:space-between;gap:1rem;border-bottom:2px solid #111;padding-bottom:.5rem}',
  '.un{font-size:1.1rem;font-weight:bold}.organs{font-size:1.6rem;font-weight:bold;margin:0}.organs span{display:block}',
  '.symbol-block{text-align:end}.symbol-block .symbol{font-size:1.2rem;font-weight:bold;overflow-wrap:anywhere}',
  '.blocks{display:flex;flex-wrap:wrap;gap:2rem;margin:1rem 0}.blocks p{margin:0}.blocks .organ{font-weight:bold}',
  'h1{font-size:1.15rem;margin:1.5rem 0 1rem}.sponsors{font-style:italic}.signature{margin-top:1.5rem;margin-inline-start:50%}',
  '.annex{margin-top:2.5rem;border-top:1px solid #999;padding-top:1rem}.annex h2{font-size:1rem;font-style:italic;font-weight:normal}',
  '.annex h3{font-size:1.05rem}.colophon{margin-top:2rem;font-size:.85rem;color:#444;border-top:1px solid #ccc}',
].join('');

export function documentToHtml(d: UnDocument): string {
  const l = layoutDocument(d);
  const p = (text: string) => `<p>${h(text)}</p>`;
  const out: string[] = [
    '<header class="masthead">',
    '<div>',
    '<p class="un">United Nations</p>',
    `<p class="organs">${l.organs.map((o) => `<span>${h(o)}</span>`).join('')}</p>`,
    '</div>',
    '<div class="symbol-block">',
    `<p class="symbol">${h(l.symbol)}</p>`,
    p(l.distribution),
    p(l.date),
    p(l.original),
    '</div>',
    '</header>',
    '<section class="blocks" aria-label="Organs, sessions and agenda items">',
    ...l.blocks.map((b) => `<div><p class="organ">${h(b.organ)}</p>${b.lines.map(p).join('')}</div>`),
    '</section>',
    '<main>',
  ];
  if (l.sponsorsLine) out.push(`<p class="sponsors">${h(l.sponsorsLine)}</p>`);
  out.push(`<h1>${h(l.title)}</h1>`, ...l.paragraphs.map(p));
  if (l.signature)
    out.push(`<div class="signature"><p>(<em>Signed</em>) ${h(l.signature.name)}</p>${l.signature.titles.map(p).join('')}</div>`);
  for (const a of l.annexes) {
    out.push('<section class="annex">', `<h2>${h(a.heading)}</h2>`);
    if (a.title) out.push(`<h3>${h(a.title)}</h3>`);
    out.push(...a.paragraphs.map(p), '</section>');
  }
  out.push('</main>');
  if (l.footnotes.length || l.colophon.length)
    out.push('<footer class="colophon">', ...l.footnotes.map(p), ...l.colophon.map(p), '</footer>');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(l.symbol)} \u2014 ${h(l.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...out,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
