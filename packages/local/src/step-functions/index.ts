// Local Step Functions: ASL definitions run in-process, each Task calling a local handler.
export { handlerForEveryTask } from './definition-check'
export * from './local-runner'
export * from './local-workflow-machines'
export * from './stepfunctions-probe'
export * from './task-errors'
export * from './wait-for-execution'
