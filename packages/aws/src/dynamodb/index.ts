export * from './clients'
export * from './dynamodb-probe'
export * from './table'
export * from './user-repository'
