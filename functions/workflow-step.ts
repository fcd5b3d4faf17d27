// Step Functions Task (every node of every workflow state machine) -> run that node.
import { workflowStepHandler } from '@chatter/lambda/workflow-step'

export const handler = workflowStepHandler()
