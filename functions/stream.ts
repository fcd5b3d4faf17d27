// Lambda function URL (RESPONSE_STREAM) -> the same Hono app, streamed: SSE answers start at once.
import { apiApp } from '@chatter/lambda/api'
import { streamHandle } from 'hono/aws-lambda'

export const handler = streamHandle(await apiApp())
