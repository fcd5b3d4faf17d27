export * from './read-jobs'
export * from './run-job'
export * from './run-job-command'
export * from './start-job'
