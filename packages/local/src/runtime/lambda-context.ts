import { randomUUID } from 'node:crypto'
import { local } from '@chatter/resources'
import type { Context } from 'aws-lambda'

/** The ARN a function would have in the local stand-in account. */
export const localFunctionArn = (functionName: string) =>
  `arn:aws:lambda:${local.region}:${local.accountId}:function:${functionName}`

/** A Lambda `Context` for invoking a handler locally, as the Lambda runtime would. */
export function localLambdaContext(functionName: string, timeoutSeconds = 60): Context {
  const deadline = Date.now() + timeoutSeconds * 1000
  const fail = () => {
    throw new Error('Callback-style completion is not supported; return a promise instead')
  }
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: localFunctionArn(functionName),
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: fail,
    fail,
    succeed: fail,
  }
}
