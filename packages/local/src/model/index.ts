// Bedrock's local stand-ins: a feature-hashing embedder and an honest, deterministic responder.
export * from './local-chat-model'
export * from './local-embedder'
export * from './model-probe'
export { countTokens } from './tokens'
