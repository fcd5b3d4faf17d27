// Search over a workspace's documents: filters, fusion of ranked lists, highlights, history.
export * from './highlights'
export * from './rank-fusion'
export * from './search-documents'
export * from './search-filter'
export * from './search-history'
export * from './search-input'
