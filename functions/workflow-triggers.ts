// EventBridge schedule (every minute) -> start the scheduled workflows that are due.
import { workflowTriggersHandler } from '@chatter/lambda/workflow-triggers'

export const handler = workflowTriggersHandler()
