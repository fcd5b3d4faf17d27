// EventBridge schedule -> run the reports that are due.
import { lambdaRoot } from '@chatter/lambda'

export const handler = lambdaRoot().reportHandler()
