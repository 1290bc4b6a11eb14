/**
 * Months whose president was checked against a source during research. Each entry names
 * the state and where it was confirmed; presidencies.ts attaches the source to the month
 * and a test requires the table to agree with every entry.
 */
import { SOURCES } from './sources.js';

export interface PresidencyConfirmation {
  code: string;
  source: string;
}

/** Several consecutive months from one source: [first month, codes in order, source]. */
const RUNS: ReadonlyArray<readonly [string, readonly string[], string]> = [
  ['1946-01', ['AUS'], SOURCES.firstMeeting],
  ['1946-12', ['USA'], SOURCES.res14],
  ['1950-01', ['CHN'], SOURCES.time1950],
  ['1950-08', ['SUN', 'GBR'], SOURCES.time1950],
  ['1967-11', ['MLI'], SOURCES.spv1381],
  ['1972-11', ['GIN'], SOURCES.un2024],
  ['1973-06', ['SUN'], SOURCES.spv1717],
  ['1989-12', ['COL'], SOURCES.cable1989],
  ['1990-05', ['FIN'], SOURCES.spv2923],
  ['1990-07', ['MYS', 'ROU'], SOURCES.spv2932],
  ['1990-12', ['YEM'], SOURCES.spv2970],
  ['1997-06', ['RUS', 'SWE'], SOURCES.sc6391],
  ['1998-07', ['RUS'], SOURCES.gpf1998],
  ['2000-01', ['USA'], SOURCES.gpf2000],
  ['2002-06', ['SYR'], SOURCES.spv4552],
  ['2004-11', ['USA'], SOURCES.unNews2004],
  ['2005-12', ['GBR'], SOURCES.unNews2005],
  ['2010-01', ['CHN'], SOURCES.press2010],
  ['2014-12', ['TCD'], SOURCES.specR6],
  ['2015-01', ['CHL', 'CHN', 'FRA', 'JOR', 'LTU', 'MYS', 'NZL', 'NGA', 'RUS', 'ESP', 'GBR', 'USA'], SOURCES.specR5],
  ['2018-08', ['GBR', 'USA', 'BOL', 'CHN', 'CIV'], SOURCES.ivorian2018],
  ['2020-01', ['VNM'], SOURCES.specR6],
  ['2021-01', ['TUN', 'GBR', 'USA', 'VNM', 'CHN', 'EST', 'FRA', 'IND', 'IRL', 'KEN', 'MEX', 'NER'], SOURCES.pti2021],
  ['2023-01', ['JPN', 'MLT', 'MOZ', 'RUS', 'CHE', 'ARE', 'GBR', 'USA', 'ALB', 'BRA', 'CHN', 'ECU'], SOURCES.table2023],
  ['2024-01', ['FRA', 'GUY', 'JPN', 'MLT', 'MOZ', 'KOR', 'RUS', 'SLE', 'SVN', 'CHE', 'GBR', 'USA'], SOURCES.un2024],
  ['2025-01', ['DZA', 'CHN', 'DNK', 'FRA', 'GRC', 'GUY', 'PAK', 'PAN', 'KOR', 'RUS', 'SLE', 'SVN'], SOURCES.list2025],
  ['2026-01', ['SOM', 'GBR'], SOURCES.somalia2026],
];

function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export const PRESIDENCY_CONFIRMATIONS: ReadonlyMap<string, PresidencyConfirmation> = new Map(
  RUNS.flatMap(([first, codes, source]) => codes.map((code, i) => [addMonths(first, i), { code, source }] as const)),
);
