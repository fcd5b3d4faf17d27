export * from './dynamodb-local'
export * from './java'
export * from './provision-table'
