// API Gateway (HTTP API) -> the Hono app.
import { lambdaRoot } from '@chatter/lambda'
import { handle } from 'hono/aws-lambda'

export const handler = handle(lambdaRoot().app())
