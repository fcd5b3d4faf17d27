export * from './clients'
export * from './sqs-probe'
export * from './sqs-queue'
export * from './sqs-visibility'
