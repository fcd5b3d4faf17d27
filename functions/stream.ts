// Lambda function URL (RESPONSE_STREAM) -> the same Hono app, streamed: SSE answers start at once.
import { lambdaRoot } from '@chatter/lambda'
import { streamHandle } from 'hono/aws-lambda'

export const handler = streamHandle(lambdaRoot().app())
