export * from './clients'
export * from './sfn-probe'
export * from './sfn-runner'
export * from './sfn-workflow-machines'
