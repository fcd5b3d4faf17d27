export * from './bedrock-chat-model'
export * from './bedrock-probe'
export * from './clients'
