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
export { councilForecast, type CouncilForecast, type CouncilForecastOptions } from './council/forecast.js';
export { councilBacktest, type CouncilBacktest } from './council/backtest.js';
export { FROZEN_SETTINGS } from './council/settings.js';
export { CouncilVotesView, CouncilLeakageError } from './council/view.js';
export { gaForecast, gaPassProbability, type GaForecast, type GaForecastOptions } from './ga-forecast/forecast.js';
export { gaBacktest, type GaBacktest } from './ga-forecast/backtest.js';
export { SERIES, seriesByKey, type ResolutionSeries } from './ga/series.js';
export { dataEnd, dataEndNotice } from './ga/data-end.js';
export { loadUndlRecord, isUndlFile } from './ga/load-undl.js';
