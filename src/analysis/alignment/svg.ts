import { ISSUES } from '../ga/issues.js';
import { REGIONAL_GROUPS } from '../states.js';
import type { AlignmentResult } from './alignment.js';

/** Colour-blind-safe palette (Okabe–Ito) per regional group; grey for none. */
const GROUP_COLOURS: Record<string, string> = {
  African: '#E69F00',
  'Asia-Pacific': '#009E73',
  'Eastern European': '#D55E00',
  'Latin American and Caribbean': '#CC79A7',
  'Western European and Others': '#0072B2',
  none: '#777777',
};

const FIRST_LABELS = new Set(['USA', 'GBR', 'FRA', 'RUS', 'CHN']);

const escapeXml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * A self-contained SVG scatter map of an alignment: one labelled point per state,
 * coloured by regional group, with axes through the origin, a title, a legend and
 * <title> tooltips for screen readers and hover.
 */
export function alignmentSvg(result: AlignmentResult, title?: string): string {
  const W = 960;
  const H = 720;
  const margin = { left: 70, right: 250, top: 70, bottom: 60 };
  const pw = W - margin.left - margin.right;
  const ph = H - margin.top - margin.bottom;
  const xs = result.points.map((p) => p.x);
  const ys = result.points.map((p) => p.y);
  const span = (v: number[]) => {
    const lo = Math.min(0, ...v);
    const hi = Math.max(0, ...v);
    const pad = (hi - lo || 1) * 0.06;
    return [lo - pad, hi + pad] as const;
  };
  const [x0, x1] = span(xs);
  const [y0, y1] = span(ys);
  const sx = (x: number) => margin.left + ((x - x0) / (x1 - x0)) * pw;
  const sy = (y: number) => margin.top + ph - ((y - y0) / (y1 - y0)) * ph;
  const w = result.window;
  const issue = w.issue ? ISSUES[w.issue].label.toLowerCase() : 'all issues';
  const years = w.from !== null || w.to !== null ? `${w.from ?? '…'}–${w.to ?? '…'}` : 'all years';
  const heading = title ?? `UN General Assembly voting alignment, ${years}, ${issue}`;
  const sub = `Classical MDS of 1 − agreement over ${w.rollCalls} roll calls; dimension 1 explains ${(result.explained[0] * 100).toFixed(0)}%, dimension 2 ${(result.explained[1] * 100).toFixed(0)}%. Signs fixed so ${result.anchor ?? '—'} is right/up.`;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif">`,
  );
  parts.push(`<title id="t">${escapeXml(heading)}</title><desc id="d">${escapeXml(sub)}</desc>`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<text x="${margin.left}" y="30" font-size="20" font-weight="600" fill="#111">${escapeXml(heading)}</text>`);
  parts.push(`<text x="${margin.left}" y="52" font-size="12" fill="#444">${escapeXml(sub)}</text>`);
  parts.push(`<rect x="${margin.left}" y="${margin.top}" width="${pw}" height="${ph}" fill="none" stroke="#bbb"/>`);
  // axes through the origin
  parts.push(
    `<line x1="${fmt(sx(0))}" y1="${margin.top}" x2="${fmt(sx(0))}" y2="${margin.top + ph}" stroke="#999" stroke-dasharray="4 3"/>`,
  );
  parts.push(
    `<line x1="${margin.left}" y1="${fmt(sy(0))}" x2="${margin.left + pw}" y2="${fmt(sy(0))}" stroke="#999" stroke-dasharray="4 3"/>`,
  );
  for (let i = 0; i <= 4; i++) {
    const xv = x0 + ((x1 - x0) * i) / 4;
    const yv = y0 + ((y1 - y0) * i) / 4;
    parts.push(
      `<text x="${fmt(sx(xv))}" y="${margin.top + ph + 18}" font-size="11" text-anchor="middle" fill="#444">${xv.toFixed(2)}</text>`,
    );
    parts.push(`<text x="${margin.left - 8}" y="${fmt(sy(yv) + 4)}" font-size="11" text-anchor="end" fill="#444">${yv.toFixed(2)}</text>`);
  }
  parts.push(
    `<text x="${margin.left + pw / 2}" y="${H - 15}" font-size="13" text-anchor="middle" fill="#222">Dimension 1 (positive: votes like ${escapeXml(result.anchor ?? 'the anchor')})</text>`,
  );
  parts.push(
    `<text transform="translate(20 ${margin.top + ph / 2}) rotate(-90)" font-size="13" text-anchor="middle" fill="#222">Dimension 2</text>`,
  );
  // Labels: greedy placement, permanent members first, then outliers; a label that would
  // overlap one already placed tries other spots, else is dropped (the point keeps its tooltip).
  const placedBoxes: [number, number, number, number][] = [];
  const fits = (b: [number, number, number, number]) =>
    b[0] >= margin.left &&
    b[2] <= margin.left + pw &&
    b[1] >= margin.top &&
    b[3] <= margin.top + ph &&
    placedBoxes.every((o) => b[2] < o[0] || b[0] > o[2] || b[3] < o[1] || b[1] > o[3]);
  const priority = (code: string, x: number, y: number) => (FIRST_LABELS.has(code) ? 1e9 : 0) + Math.hypot(x, y);
  const order = [...result.points].sort((a, b) => priority(b.code, b.x, b.y) - priority(a.code, a.x, a.y));
  const labels = new Map<string, { x: number; y: number; anchor: 'start' | 'end' }>();
  for (const p of order) {
    const px = sx(p.x);
    const py = sy(p.y);
    const w = p.code.length * 6 + 2;
    // Try right, then left, then the same a line higher or lower.
    const tries = [0, -11, 11].flatMap((dy) => [
      {
        box: [px + 5, py - 12 + dy, px + 5 + w, py - 1 + dy] as [number, number, number, number],
        x: px + 5,
        y: py - 3 + dy,
        anchor: 'start' as const,
      },
      {
        box: [px - 5 - w, py - 12 + dy, px - 5, py - 1 + dy] as [number, number, number, number],
        x: px - 5,
        y: py - 3 + dy,
        anchor: 'end' as const,
      },
    ]);
    // The permanent members are always labelled, overlapping if they must.
    const spot = tries.find((t) => fits(t.box)) ?? (FIRST_LABELS.has(p.code) ? tries[0] : undefined);
    if (spot) {
      placedBoxes.push(spot.box);
      labels.set(p.code, { x: spot.x, y: spot.y, anchor: spot.anchor });
    }
  }
  for (const p of result.points) {
    const colour = GROUP_COLOURS[p.group ?? 'none']!;
    const label = labels.get(p.code);
    parts.push(
      `<g><title>${escapeXml(`${p.name} (${p.code}), ${p.group ?? 'no regional group'}: ${p.x.toFixed(3)}, ${p.y.toFixed(3)}; ${p.votes} votes`)}</title>` +
        `<circle cx="${fmt(sx(p.x))}" cy="${fmt(sy(p.y))}" r="4" fill="${colour}" fill-opacity="0.85" stroke="#fff" stroke-width="0.8"/>` +
        (label
          ? `<text x="${fmt(label.x)}" y="${fmt(label.y)}" font-size="10" text-anchor="${label.anchor}" fill="#222">${escapeXml(p.code)}</text>`
          : '') +
        '</g>',
    );
  }
  const hidden = result.points.length - labels.size;
  if (hidden > 0) {
    const ly = margin.top + 26 + 6 * 22 + 48;
    parts.push(`<text x="${margin.left + pw + 24}" y="${ly}" font-size="10" fill="#555">${hidden} labels hidden to avoid overlap;</text>`);
    parts.push(`<text x="${margin.left + pw + 24}" y="${ly + 14}" font-size="10" fill="#555">hover a point for its name.</text>`);
  }
  const lx = margin.left + pw + 24;
  parts.push(`<text x="${lx}" y="${margin.top + 4}" font-size="13" font-weight="600" fill="#111">Regional group</text>`);
  [...REGIONAL_GROUPS, 'none'].forEach((g, i) => {
    const y = margin.top + 26 + i * 22;
    parts.push(`<circle cx="${lx + 6}" cy="${y - 4}" r="6" fill="${GROUP_COLOURS[g]}"/>`);
    parts.push(`<text x="${lx + 18}" y="${y}" font-size="12" fill="#222">${escapeXml(g === 'none' ? 'No group' : g)}</text>`);
  });
  parts.push(
    `<text x="${lx}" y="${margin.top + 26 + 6 * 22 + 10}" font-size="10" fill="#555">Data: Voeten, Strezhnev &amp; Bailey,</text>`,
  );
  parts.push(`<text x="${lx}" y="${margin.top + 26 + 6 * 22 + 24}" font-size="10" fill="#555">UNGA Voting Data (hdl:1902.1/12379)</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
