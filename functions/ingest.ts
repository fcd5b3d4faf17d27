// SQS (S3 object-created notifications) -> ingest, reporting partial batch failures.
import { ingestHandler } from '@chatter/lambda/ingest'

export const handler = ingestHandler()
