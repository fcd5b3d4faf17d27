import type { APIGatewayProxyEventV2 } from 'aws-lambda'

/** An HTTP API (payload v2) or function URL event, as AWS delivers it. */
export function httpEvent(
  method: string,
  path: string,
  {
    body,
    headers = {},
    query = '',
  }: { body?: string; headers?: Record<string, string>; query?: string } = {},
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: query,
    headers: {
      host: 'abc123.execute-api.eu-west-1.amazonaws.com',
      'user-agent': 'vitest',
      ...headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'vitest' },
      requestId: 'apigw-request-1',
      routeKey: '$default',
      stage: '$default',
      time: '21/Nov/2026:06:00:00 +0000',
      timeEpoch: 1_795_240_800_000,
    },
    body,
    isBase64Encoded: false,
  }
}

/** The environment infra/ gives the functions, pointing at resources that need not exist. */
export const lambdaEnvironment = {
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  TABLE_NAME: 'chatter-test-table',
  DOCUMENTS_BUCKET: 'chatter-test-documents',
  INGEST_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/chatter-test-ingest',
  INGEST_STATE_MACHINE_ARN:
    'arn:aws:states:eu-west-1:123456789012:stateMachine:chatter-test-ingest',
  PINECONE_API_KEY_PARAMETER: '/chatter/test/pinecone-api-key',
  JWT_SECRET: 'a-lambda-test-secret-of-at-least-32-bytes',
  CORS_ORIGINS: 'https://app.example.com',
  LOG_LEVEL: 'SILENT',
}
