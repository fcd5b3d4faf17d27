import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'

export interface DynamoDbClientOptions {
  region: string
  /** Omit in AWS; the local runtime and tests pass DynamoDB Local's address. */
  endpoint?: string
  credentials?: DynamoDBClientConfig['credentials']
}

export interface DynamoDbClients {
  /** The low-level client: table management, DescribeTable probes. */
  client: DynamoDBClient
  /** The document client ElectroDB and the repositories use. */
  document: DynamoDBDocumentClient
}

/**
 * Builds the DynamoDB clients once per cold start (or per local runtime).
 * @example const { document } = createDynamoDbClients({ region: config.AWS_REGION })
 */
export function createDynamoDbClients(options: DynamoDbClientOptions): DynamoDbClients {
  const client = new DynamoDBClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  })
  const document = DynamoDBDocumentClient.from(client, {
    // Optional domain fields arrive as `undefined`; DynamoDB rejects them instead of skipping them.
    marshallOptions: { removeUndefinedValues: true },
  })
  return { client, document }
}
