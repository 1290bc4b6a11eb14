/**
 * Spec T4: the real ballots of the 11 December 2017 agenda vote on the DPRK item (S/PV.8130),
 * 10-3-2, written out by hand as a test's independent expectation (not read from src/data).
 */
export const BALLOTS_2017_12_11: Readonly<Record<string, 'yes' | 'no' | 'abstain'>> = {
  ...Object.fromEntries(['FRA', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'].map((c) => [c, 'yes' as const])),
  ...Object.fromEntries(['BOL', 'CHN', 'RUS'].map((c) => [c, 'no' as const])),
  ...Object.fromEntries(['EGY', 'ETH'].map((c) => [c, 'abstain' as const])),
};
