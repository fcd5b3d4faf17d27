export * from './provision-queues'
export * from './sqs-poller'
export * from './sqs-record'
export * from './sqs-server'
