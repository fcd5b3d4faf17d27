export * from './bedrock-chat-model'
export * from './bedrock-embedder'
export * from './bedrock-probe'
export * from './clients'
