import type { LocalStack } from './local-stack'

/** What runs where, printed once the local stack is up. */
export function banner(stack: LocalStack, startedInMs: number): string {
  const { endpoints } = stack
  const rows: [string, string, string][] = [
    ['Console', `${endpoints.api}/`, 'open in a browser: sign up, chat, documents, usage'],
    ['API', endpoints.api, '/v1  /docs  /openapi.json  /healthz  /readyz'],
    ['DynamoDB', endpoints.dynamodb, `DynamoDB Local, table "${endpoints.table}"`],
    ['S3', endpoints.s3, `s3rver, bucket "${endpoints.bucket}" (path-style)`],
    ['SQS', endpoints.sqs, 'local-aws-sqs, ingest queue + dead-letter queue'],
    ['Step Functions', 'in process', 'aws-local-stepfunctions, the ingest state machine'],
    ['Vectors', 'in process', 'exact cosine index (Pinecone filter dialect)'],
    ['Model', 'in process', '[local model]: deterministic, not a language model'],
    ['Embeddings', 'in process', 'feature hashing, 384 dims (lexical, not semantic)'],
  ]
  const width = Math.max(...rows.map(([name]) => name.length))
  const urlWidth = Math.max(...rows.map(([, url]) => url.length))
  return [
    '',
    `Chatter is running locally (ready in ${(startedInMs / 1000).toFixed(1)} s)`,
    '',
    ...rows.map(([name, url, what]) => `  ${name.padEnd(width)}  ${url.padEnd(urlWidth)}  ${what}`),
    '',
    `  Data: ${stack.dataDir} (endpoints in local-stack.json)`,
    '  Press Ctrl-C to stop.',
    '',
  ].join('\n')
}
