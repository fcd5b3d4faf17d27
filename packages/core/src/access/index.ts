export * from './api-key-secret'
export * from './permissions'
export * from './principal'
