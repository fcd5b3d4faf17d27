export * from './minisearch-lexical-index'
export * from './snapshot-lexical-index'
