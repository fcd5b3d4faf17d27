// SQS (S3 object-created notifications) -> ingest, reporting partial batch failures.
import { lambdaRoot } from '@chatter/lambda'

export const handler = lambdaRoot().ingestHandler()
