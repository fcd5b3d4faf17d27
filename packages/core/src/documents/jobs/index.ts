export * from './read-jobs'
export * from './run-job'
export * from './start-job'
