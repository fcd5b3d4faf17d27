import type { Logger } from '@aws-lambda-powertools/logger'
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware'
import middy from '@middy/core'
import type { Context } from 'aws-lambda'

/**
 * The one middleware stack every event handler uses: the Lambda context (request id, cold
 * start, function name) on every log line, and temporary keys cleared between invocations.
 * Errors are not swallowed: the platform retries and dead-letters.
 */
export function withEventStack<TEvent, TResult>(
  logger: Logger,
  handler: (event: TEvent, context: Context) => Promise<TResult>,
) {
  return middy(handler).use(injectLambdaContext(logger, { resetKeys: true }))
}
