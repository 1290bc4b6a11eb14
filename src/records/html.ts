/** A meeting record as a self-contained, accessible HTML page (same content as Markdown). */
import { clock, joinList } from './format.js';
import { voteBlock } from './markdown.js';
import { communique, type MeetingRecord } from './meeting-record.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function toHtml(r: MeetingRecord): string {
  const h = escapeHtml;
  const body: string[] = [];
  const label = r.kind === 'conveners-summary' ? 'Arria-formula meeting (not an official record)' : r.kind === 'communique' ? 'Communiqué' : 'Verbatim record';
  body.push('<header>', `<p>United Nations${r.symbol ? ` &mdash; <strong>${h(r.symbol)}</strong>` : ''}</p>`, `<h1>${h(r.organ)}</h1>`,
    `<p>${h(label)}. ${h(r.heading)}</p>`, `<p>${h(r.when)}</p>`);
  if (r.president) body.push(`<p>${r.kind === 'conveners-summary' ? '' : 'President: '}${h(r.president)}</p>`);
  if (r.members.length && r.members.length <= 15 && r.kind !== 'conveners-summary') body.push(`<p>Members: ${h(joinList(r.members.filter((m) => m.name !== r.president).map((m) => m.name)))}</p>`);
  body.push('</header>', '<main>', `<h2>${h(r.title)}</h2>`);
  for (const n of r.notes) body.push(`<p class="note"><em>${h(n)}</em></p>`);
  if (r.kind === 'communique') body.push(`<p>${h(communique(r))}</p>`);
  else if (r.kind !== 'none') {
    if (r.request) body.push(`<p>Request: letter ${h(r.request.display)}${r.request.organs.length > 1 ? ` (a document of the ${h(joinList(r.request.organs))})` : ''}</p>`);
    if (r.documents.length) body.push('<h2>Documents</h2>', '<ul>', ...r.documents.map((d) => `<li>${h(d.symbol)}: ${h(d.title)}</li>`), '</ul>');
    if (r.agenda.length) body.push('<h2>Agenda</h2>', '<ol>', ...r.agenda.map((a) => `<li>${h(a)}</li>`), '</ol>');
    if (r.invitations.length) {
      body.push('<h2>Participants</h2>', '<ul>', ...r.invitations.map((i) => `<li>${h(i.name)}${i.title ? `, ${h(i.title)}` : ''}: ${h(i.status === 'declined' ? 'declined to participate' : i.status === 'invited' ? `invited under ${i.rule === 'special' ? 'a special invitation' : `rule ${i.rule}`}` : i.status)}</li>`), '</ul>');
    }
    body.push('<h2>Proceedings</h2>', '<ol class="proceedings">');
    for (const e of r.entries) {
      if (e.kind === 'session') continue;
      const t = e.time ? `<time>${h(clock(e.time))}</time> ` : '';
      if (!e.vote) {
        body.push(`<li>${t}${h(e.text)}</li>`);
        continue;
      }
      const b = voteBlock(e.vote, r.organ);
      body.push(`<li>${t}<section aria-label="Vote: ${h(b.heading)}"><h3>Vote: ${h(b.heading)}</h3><p>${h(b.method)}</p>`);
      if (b.lists.length) {
        body.push('<table><caption>How members voted</caption><tbody>',
          ...b.lists.map(([label, names]) => `<tr><th scope="row">${h(label)}</th><td>${h(names.length ? names.join(', ') : 'none')}</td></tr>`), '</tbody></table>');
      }
      body.push(`<p><em>${h(b.chair)}:</em> ${h(b.president.join(' '))}</p>`, `<p class="why"><em>Why (council engine):</em> ${h(b.explanation)}</p></section></li>`);
    }
    body.push('</ol>');
  }
  if (r.sources.length) body.push('<h2>Sources</h2>', '<ul>', ...r.sources.map((s) => `<li>${h(s)}</li>`), '</ul>');
  body.push('</main>');
  return [
    '<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(r.symbol ?? r.organ)} — ${h(r.title)}</title>`,
    '<style>body{font-family:Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}th{text-align:left;padding-right:1rem;vertical-align:top}.note,.why{color:#333}time{font-variant-numeric:tabular-nums}</style>',
    '</head>', '<body>', ...body, '</body>', '</html>', '',
  ].join('\n');
}
