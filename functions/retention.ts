// EventBridge daily schedule -> purge what workspaces' retention policies no longer keep.
import { retentionHandler } from '@chatter/lambda/accounts'

export const handler = retentionHandler()
