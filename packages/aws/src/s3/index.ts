export * from './clients'
export * from './s3-blob-store'
export * from './s3-probe'
