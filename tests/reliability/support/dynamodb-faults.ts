import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import type { DeserializeMiddleware } from '@smithy/types'

/** DynamoDB operations that write. */
export const writeOperations = [
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
]

interface Rule {
  operations: readonly string[] | '*'
  remaining: number
}

/**
 * Answers DynamoDB calls of `client` (and of every document client built on it) with the
 * `ProvisionedThroughputExceededException` DynamoDB sends when a table is throttled: a real
 * HTTP 400 error body, placed under the SDK's deserializer, so the SDK parses it and its own
 * retry strategy decides what to do, exactly as with the service.
 */
export function injectDynamoDbFaults(client: DynamoDBClient) {
  const rules: Rule[] = []
  const throttled: string[] = []
  const fault: DeserializeMiddleware<object, object> = (next) => async (args) => {
    const headers = (args.request as { headers?: Record<string, string> }).headers ?? {}
    const operation = (headers['x-amz-target'] ?? '').split('.')[1] ?? ''
    const rule = rules.find(
      (r) => r.remaining > 0 && (r.operations === '*' || r.operations.includes(operation)),
    )
    if (!rule) return next(args)
    rule.remaining -= 1
    throttled.push(operation)
    const body = JSON.stringify({
      __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
      message: 'The level of configured provisioned throughput for the table was exceeded.',
    })
    return {
      response: {
        statusCode: 400,
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'fault' },
        body: new TextEncoder().encode(body),
      },
      output: undefined as never,
    }
  }
  // The middleware sits in the deserialize step; the stack's overloads type it by step.
  client.middlewareStack.addRelativeTo(fault as never, {
    relation: 'after',
    toMiddleware: 'deserializerMiddleware',
    name: 'reliabilityFaults',
  })
  return {
    /** Every call throttled so far, by operation name. */
    throttled,
    /** Throttles the next `count` calls of `operations` (all by default). */
    throttle(count: number, operations: readonly string[] | '*' = '*') {
      rules.push({ operations, remaining: count })
    },
    /** Lifts every fault. */
    clear() {
      rules.length = 0
    },
  }
}
