// The typed TypeScript client of the Chatter API: every route, SSE answers, pagination, uploads.
export {
  type ChatterClient,
  type ChatterClientOptions,
  createChatterClient,
  type Schemas,
} from './client'
export { ChatterApiError, describeProblem, type Problem, problemOf } from './errors'
export type { ItemOf, ListParams, ListPath, Page } from './paginate'
export type { components, operations, paths } from './schema'
export { type AnswerStreamEvent, sseEvents } from './stream'
export type { UploadFile, UploadOptions } from './upload'
export { DocumentWaitError, type WaitOptions } from './wait'
