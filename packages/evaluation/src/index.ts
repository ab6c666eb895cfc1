export {
  type Application,
  ApplicationSchema,
  type Evaluation,
  EvaluationSchema,
  type FormalCheck,
  FormalCheckSchema,
} from './application.js'
export { evaluationCatalog, evaluationParameters, evaluationRules } from './catalog.js'
export {
  checkPublishedRanking,
  type PublishedRankingCheck,
  type PublishedRankingFinding,
  type PublishedRankingFindingCode,
  type PublishedRankingTableInput,
  type PublishedRowRef,
} from './check-published-ranking.js'
export { EvaluationError, type EvaluationErrorCode } from './errors.js'
export { evaluationSources } from './legal-refs.js'
export { drawLot, LOT_ALGORITHM } from './lot.js'
export { type EvaluationMessageKey, evaluationMessages } from './messages.js'
export {
  type ParsedRankApplicationsInput,
  parseRankApplicationsInput,
  safeParseRankApplicationsInput,
} from './parse-input.js'
export {
  type PromotedApplication,
  type PromoteFromReserveOptions,
  promoteFromReserve,
  type ReservePromotion,
} from './promote-from-reserve.js'
export { type PublishedRankingMessageKey, publishedRankingMessages } from './published-messages.js'
export {
  PublishedAverageSchema,
  type PublishedFundedRow,
  PublishedFundedRowSchema,
  type PublishedNotFundedRow,
  PublishedNotFundedRowSchema,
  type PublishedRankingTable,
  PublishedRankingTableSchema,
  type PublishedReserveRow,
  PublishedReserveRowSchema,
  type PublishedSection,
  parsePublishedRankingTable,
  safeParsePublishedRankingTable,
} from './published-table-schema.js'
export {
  type PublishedRankingSource,
  type PublishedRankingSourceRow,
  type PublishedTables,
  type PublishedTablesOptions,
  toPublishedTables,
} from './published-tables.js'
export { rankApplications } from './rank-applications.js'
export { type RankApplicationsInput, RankApplicationsInputSchema } from './rank-input.js'
export type {
  EvaluationDecision,
  EvaluationSummary,
  EvaluatorTotal,
  FundingPoolState,
  RankingFunding,
  RankingOutcome,
  RankingResult,
  RankingRow,
  SummaryRow,
} from './ranking-result.js'
export {
  EvaluationSummarySchema,
  RankingFundingSchema,
  RankingResultSchema,
} from './ranking-result-schema.js'
export { ScoreValueSchema } from './score-value.js'
export { type SummaryCsvOptions, summaryToCsv } from './summary-csv.js'
export { type SummaryHtmlOptions, summaryToHtml } from './summary-html.js'
export { EVALUATION_VERSION } from './version.js'
