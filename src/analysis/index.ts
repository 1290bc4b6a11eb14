/**
 * Analysis: the GA voting record, alignment and spatial maps, vote forecasts with an
 * exact pass probability, the backtest, and exact voting power. Everything here is pure
 * over a loaded GaRecord except the loaders.
 */
export { loadGaRecord, defaultGaDataDir } from './ga/load.js';
export { sharedGaRecord } from './ga/shared.js';
export { GaRecord, LeakageError, VOTE, type GaView, type RollCallInfo } from './ga/record.js';
export { ISSUES, ISSUE_KEYS, isIssueKey, type IssueKey } from './ga/issues.js';
export { alignment, alignmentByYear, type AlignmentOptions, type AlignmentResult, type IdealPoint } from './alignment/alignment.js';
export { pairAgreement, type PairAgreement } from './alignment/agreement.js';
export { alignmentSvg } from './alignment/svg.js';
export { forecast, type ForecastOptions, type ForecastResult, type MemberForecast } from './forecast/forecast.js';
export { passProbability, yesDistribution, expectedYes, swingGains, type VoteOdds } from './forecast/poisson-binomial.js';
export { backtest, type BacktestResult } from './backtest/backtest.js';
export { BACKTEST_CASES } from './backtest/cases.js';
export * from './power/index.js';
