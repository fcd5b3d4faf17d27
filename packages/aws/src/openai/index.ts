export * from './openai-chat-model'
