export * from './minisearch-lexical-index'
