export * from './clients'
export * from './sqs-probe'
export * from './sqs-queue'
