// Adapters from Chatter's ports to AWS and vendor services (DynamoDB, S3, SQS, Step Functions, ...).
export * from './bedrock'
export * from './dynamodb'
export * from './openai'
export * from './pinecone'
export * from './s3'
export * from './secrets'
export * from './sfn'
export * from './sqs'
