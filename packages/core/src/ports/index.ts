export * from './chat-model'
export * from './embedder'
export * from './health'
export * from './vector-store'
