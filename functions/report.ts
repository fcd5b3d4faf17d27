// EventBridge schedule -> run the reports that are due.
import { reportHandler } from '@chatter/lambda/report'

export const handler = reportHandler()
