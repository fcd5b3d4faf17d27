import type { ExecutionDescription } from '@chatter/core'
import type { executionStatusChange, WorkflowEvent } from '@chatter/lambda'
import { local } from '@chatter/resources'

/**
 * The EventBridge event AWS sends when an execution ends ("Step Functions Execution Status
 * Change"), built from the local runner's description, so the same handler takes it.
 */
export function statusChangeEvent(
  description: ExecutionDescription,
  stateMachineArn: string,
): WorkflowEvent {
  const time = description.stoppedAt ?? new Date().toISOString()
  const output = description.output === undefined ? null : JSON.stringify(description.output)
  return {
    version: '0',
    id: crypto.randomUUID(),
    'detail-type': 'Step Functions Execution Status Change' as typeof executionStatusChange,
    source: 'aws.states',
    account: local.accountId,
    time,
    region: local.region,
    resources: [description.executionArn],
    detail: {
      executionArn: description.executionArn,
      stateMachineArn,
      name: description.name,
      status: description.status,
      startDate: Date.parse(description.startedAt),
      stopDate: Date.parse(time),
      input: JSON.stringify(description.input ?? {}),
      output,
      outputDetails: { included: output !== null },
      error: description.error ?? null,
      cause: description.cause ?? null,
    },
  }
}
