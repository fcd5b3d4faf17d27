export * from './clients'
export * from './pinecone-probe'
