export * from './cloud-chat-models'
