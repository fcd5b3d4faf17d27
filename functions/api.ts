// API Gateway (HTTP API) -> the Hono app.
import { apiApp } from '@chatter/lambda/api'
import { handle } from 'hono/aws-lambda'

export const handler = handle(await apiApp())
