export * from './s3-event-bridge'
export * from './s3-event-record'
export * from './s3-server'
