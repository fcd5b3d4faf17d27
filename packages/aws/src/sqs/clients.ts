import { SQSClient, type SQSClientConfig } from '@aws-sdk/client-sqs'

export interface SqsClientOptions {
  region: string
  /** A non-AWS endpoint (local-aws-sqs locally); leave unset in AWS. */
  endpoint?: string
  credentials?: SQSClientConfig['credentials']
}

/** Creates the SQS client every SQS adapter shares, once per cold start. */
export function createSqsClient({ region, endpoint, credentials }: SqsClientOptions): SQSClient {
  return new SQSClient({
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(credentials ? { credentials } : {}),
  })
}
