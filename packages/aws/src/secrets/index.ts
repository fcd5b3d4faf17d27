export * from './read-secret'
