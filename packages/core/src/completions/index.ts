// OpenAI-compatible completions, models and embeddings over the answer engine's ports.
export * from './complete-chat'
export * from './completion-chunks'
export * from './completion-messages'
export * from './completion-models'
export * from './create-embeddings'
export type * from './openai-types'
export { resolveCompletionModel } from './resolve-completion-model'
