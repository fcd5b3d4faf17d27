// Retrieval building blocks that need no outside service: fusing ranked lists.
export * from './rank-fusion'
