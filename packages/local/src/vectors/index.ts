// Pinecone's local stand-in: an exact cosine index with namespaces, filters and a snapshot file.
export * from './local-vector-index'
export * from './metadata-filter'
export * from './vector-probe'
