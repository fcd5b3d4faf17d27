// Embedded local stand-ins for every AWS service, and the local runtime behind `npm start`.
export * from './dynamodb'
export * from './model'
export * from './runtime/local-stack'
export * from './s3'
export * from './secrets'
export * from './sqs'
export * from './step-functions'
export * from './vectors'
