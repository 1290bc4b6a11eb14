/** A meeting record as a self-contained, accessible HTML page (same content as Markdown), in the record's language. */
import { namesOrNone, participantLine, requestLine, voteBlock } from './markdown.js';
import { communique, type MeetingRecord } from './meeting-record.js';
import { words as wordsIn } from './lang/index.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function toHtml(r: MeetingRecord): string {
  const h = escapeHtml;
  const w = wordsIn(r.lang);
  const body: string[] = [];
  const label =
    r.kind === 'conveners-summary' ? w.t('label.arria') : r.kind === 'communique' ? w.t('label.communique') : w.t('label.verbatim');
  body.push(
    '<header>',
    `<p>${h(w.t('un'))}${r.symbol ? ` &mdash; <strong>${h(r.symbol)}</strong>` : ''}</p>`,
    `<h1>${h(r.organ)}</h1>`,
    `<p>${h(label)}. ${h(r.heading)}</p>`,
    `<p>${h(r.when)}</p>`,
  );
  if (r.president) body.push(`<p>${h(r.kind === 'conveners-summary' ? r.president : w.t('president', { name: r.president }))}</p>`);
  if (r.members.length && r.members.length <= 15 && r.kind !== 'conveners-summary') {
    body.push(`<p>${h(w.t('members', { names: w.list(r.members.filter((m) => m.name !== r.president).map((m) => m.name)) }))}</p>`);
  }
  body.push('</header>', '<main>', `<h2>${h(r.title)}</h2>`);
  for (const n of r.notes) body.push(`<p class="note"><em>${h(n)}</em></p>`);
  if (r.kind === 'communique') body.push(`<p>${h(communique(r))}</p>`);
  else if (r.kind !== 'none') {
    if (r.request) body.push(`<p>${h(requestLine(r, w))}</p>`);
    if (r.documents.length)
      body.push(`<h2>${h(w.t('documents'))}</h2>`, '<ul>', ...r.documents.map((d) => `<li>${h(d.symbol)}: ${h(d.title)}</li>`), '</ul>');
    if (r.agenda.length) body.push(`<h2>${h(w.t('agenda'))}</h2>`, '<ol>', ...r.agenda.map((a) => `<li>${h(a)}</li>`), '</ol>');
    if (r.invitations.length)
      body.push(`<h2>${h(w.t('participants'))}</h2>`, '<ul>', ...r.invitations.map((i) => `<li>${h(participantLine(i, w))}</li>`), '</ul>');
    body.push(`<h2>${h(w.t('proceedings'))}</h2>`, '<ol class="proceedings">');
    for (const e of r.entries) {
      if (e.kind === 'session') continue;
      const t = e.time ? `<time>${h(w.clock(e.time))}</time> ` : '';
      if (!e.vote) {
        body.push(`<li>${t}${h(e.text).replace(/\n/g, '<br>')}</li>`);
        continue;
      }
      const b = voteBlock(e.vote, r);
      const heading = w.t('vote', { question: b.heading });
      body.push(`<li>${t}<section aria-label="${h(heading)}"><h3>${h(heading)}</h3><p>${h(b.method)}</p>`);
      if (b.lists.length) {
        body.push(
          `<table><caption>${h(w.t('list.caption'))}</caption><tbody>`,
          ...b.lists.map(([label, names]) => `<tr><th scope="row">${h(label)}</th><td>${h(namesOrNone(names, w))}</td></tr>`),
          '</tbody></table>',
        );
      }
      body.push(
        `<p><em>${h(w.label(b.chair))}</em> ${h(b.president.join(r.lang === 'zh' ? '' : ' '))}</p>`,
        `<p class="why"><em>${h(w.label(w.t('why')))}</em> ${h(b.explanation)}</p></section></li>`,
      );
    }
    body.push('</ol>');
  }
  if (r.sources.length) body.push(`<h2>${h(w.t('sources'))}</h2>`, '<ul>', ...r.sources.map((s) => `<li>${h(s)}</li>`), '</ul>');
  body.push('</main>');
  const dir = r.lang === 'ar' ? 'rtl' : 'ltr';
  return [
    '<!doctype html>',
    `<html lang="${r.lang}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(r.symbol ?? r.organ)} — ${h(r.title)}</title>`,
    '<style>body{font-family:Georgia,"Noto Serif","Noto Sans","Noto Sans Arabic","Noto Sans SC",serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}th{text-align:start;padding-inline-end:1rem;vertical-align:top}.note,.why{color:#333}time{font-variant-numeric:tabular-nums;unicode-bidi:isolate}</style>',
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
