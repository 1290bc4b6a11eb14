/**
 * The backtest's settings, frozen on the date below BEFORE the first run of the Council
 * backtest was looked at (issue 12: "freeze the settings before you look at the
 * results"). Changing any of them after that date is tuning on the test: if they change,
 * say so in the report and date the change.
 */
export interface Settings {
  readonly frozenOn: string;
  readonly subjectYears: number;
  readonly windowYears: number;
  readonly quadratureNodes: number;
  readonly ridge: number;
  readonly maxEvaluations: number;
  readonly temperatureFolds: number;
  readonly temperatureGrid: readonly number[];
  readonly epsilon: number;
  readonly bootstrap: { readonly samples: number; readonly seed: number; readonly level: number };
  readonly eras: readonly { label: string; from: string; to: string }[];
  readonly westernExtra: readonly string[];
  readonly gaSeries: readonly string[];
  readonly gaFirstYear: number;
}

export const FROZEN_SETTINGS: Settings = Object.freeze({
  frozenOn: '2026-12-01',
  /** The member's own vote on the subject's GA series counts only if at most this old. */
  subjectYears: 5,
  /** GA agreement window (years before the date, or before the data's end). */
  windowYears: 3,
  /** Gauss–Hermite nodes for the case swing. */
  quadratureNodes: 9,
  /** Gaussian prior precision on every coefficient (log σ has N(0, 1)). */
  ridge: 0.5,
  /** Nelder–Mead evaluation budget per fit. */
  maxEvaluations: 1500,
  /** Inner folds for the temperature (fitted on Council cases held out from the coefficient fit). */
  temperatureFolds: 4,
  temperatureGrid: [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2, 2.5, 3] as readonly number[],
  /** Every method's probabilities are mixed with uniform by ε before log loss. */
  epsilon: 0.01,
  bootstrap: { samples: 1000, seed: 20261201, level: 0.95 },
  /** Eras for the split (inclusive start years). */
  eras: [
    { label: '1946–1989', from: '1946-01-01', to: '1989-12-31' },
    { label: '1990–2013', from: '1990-01-01', to: '2013-12-31' },
    { label: '2014–2025', from: '2014-01-01', to: '2025-12-31' },
  ] as readonly { label: string; from: string; to: string }[],
  /** "Western" requesters: WEOG members (the US sits with WEOG) plus these. */
  westernExtra: ['JPN', 'KOR'] as readonly string[],
  /** The GA backtest: series scored, and the first year forecast (earlier years only teach). */
  gaSeries: [
    'dprk-human-rights',
    'myanmar-human-rights',
    'iran-human-rights',
    'syria-human-rights',
    'crimea-human-rights',
    'cuba-embargo',
  ] as readonly string[],
  gaFirstYear: 2008,
});
