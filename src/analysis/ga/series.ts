import type { GaView } from './record.js';

/**
 * Recurring GA resolution series about one country, matched by the subject's state code
 * and the series' own title (its stem, as the resolutions carry it year after year), not
 * by any title that happens to contain the country's name: "Situation of human rights in
 * the Democratic People's Republic of Korea" is the DPRK series; a text on Korean
 * reunification or a trust-fund report that names Korea is not.
 */
export interface ResolutionSeries {
  key: string;
  /** The country the series is about (alpha-3). */
  subject: string;
  title: string;
  /** The stem every resolution of the series' titles starts with, in letters only (see normalize). */
  stem: string;
}

export const SERIES: readonly ResolutionSeries[] = [
  {
    key: 'dprk-human-rights',
    subject: 'PRK',
    title: "Situation of human rights in the Democratic People's Republic of Korea",
    stem: 'SITUATION OF HUMAN RIGHTS IN THE DEMOCRATIC PEOPLE S REPUBLIC OF KOREA',
  },
  {
    key: 'myanmar-human-rights',
    subject: 'MMR',
    title: 'Situation of human rights in Myanmar',
    stem: 'SITUATION OF HUMAN RIGHTS IN MYANMAR',
  },
  {
    key: 'iran-human-rights',
    subject: 'IRN',
    title: 'Situation of human rights in the Islamic Republic of Iran',
    stem: 'SITUATION OF HUMAN RIGHTS IN THE ISLAMIC REPUBLIC OF IRAN',
  },
  {
    key: 'syria-human-rights',
    subject: 'SYR',
    title: 'Situation of human rights in the Syrian Arab Republic',
    stem: 'SITUATION OF HUMAN RIGHTS IN THE SYRIAN ARAB REPUBLIC',
  },
  {
    key: 'crimea-human-rights',
    subject: 'UKR',
    title: 'Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine',
    stem: 'SITUATION OF HUMAN RIGHTS IN THE AUTONOMOUS REPUBLIC OF CRIMEA',
  },
  {
    key: 'ukraine-territorial-integrity',
    subject: 'UKR',
    title: 'Territorial integrity of Ukraine',
    stem: 'TERRITORIAL INTEGRITY OF UKRAINE',
  },
  {
    key: 'cuba-embargo',
    subject: 'CUB',
    title: 'Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba',
    stem: 'NECESSITY OF ENDING THE ECONOMIC COMMERCIAL AND FINANCIAL EMBARGO',
  },
  {
    key: 'palestine-self-determination',
    subject: 'PSE',
    title: 'The right of the Palestinian people to self-determination',
    stem: 'THE RIGHT OF THE PALESTINIAN PEOPLE TO SELF DETERMINATION',
  },
];

export function seriesByKey(key: string): ResolutionSeries | undefined {
  return SERIES.find((s) => s.key === key);
}

/** Letters only, upper case, single spaces: survives the dataset's encoding damage ("People?Ã†s" → "PEOPLE S"). */
export function normalizeTitle(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z]+/gu, ' ')
    .trim();
}

/** Does a roll-call title belong to the series? The title must start with the stem (after an optional "THE"). */
export function inSeries(series: ResolutionSeries, title: string): boolean {
  const t = normalizeTitle(title);
  return (
    t.startsWith(series.stem) ||
    t.startsWith(`THE ${series.stem}`) ||
    (series.stem.startsWith('THE ') && t.startsWith(series.stem.slice(4)))
  );
}

/** Roll calls of `view` in the series, oldest first, dated within `years` before the view's cutoff (or all when null). */
export function seriesRollCalls(view: GaView, series: ResolutionSeries, years: number | null = null, until?: string): number[] {
  const out: number[] = [];
  const end = until ?? view.cutoff;
  const from = years !== null && end ? shiftYears(end, -years) : null;
  for (let r = 0; r < view.rollCallCount; r++) {
    if (from && view.date(r) < from) continue;
    const rc = view.rollCall(r);
    if (inSeries(series, rc.descr) || inSeries(series, rc.short)) out.push(r);
  }
  return out;
}

export function shiftYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  return `${String(y).padStart(4, '0')}${date.slice(4)}`;
}
