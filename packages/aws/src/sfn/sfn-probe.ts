import { DescribeStateMachineCommand } from '@aws-sdk/client-sfn'
import type { DependencyProbe } from '@chatter/core'
import { createSfnClient, type SfnClientOptions, type SfnSender } from './clients'

/**
 * Readiness probe `stepfunctions`: DescribeStateMachine on the ingest state machine, which
 * proves the endpoint answers, the credentials are accepted and the machine exists and is
 * ACTIVE, without starting anything. Given client options instead of a client, it creates the
 * client on its first check, so a cold start that never probes never pays for it.
 */
export function createSfnProbe(
  client: SfnSender | SfnClientOptions,
  stateMachineArn: string,
): DependencyProbe {
  let sender: SfnSender | undefined = 'send' in client ? client : undefined
  return {
    name: 'stepfunctions',
    async check(signal) {
      sender ??= createSfnClient(client as SfnClientOptions)
      const described = await sender.send(new DescribeStateMachineCommand({ stateMachineArn }), {
        abortSignal: signal,
      })
      if (described.status !== undefined && described.status !== 'ACTIVE') {
        throw new Error(`state machine is ${described.status}`)
      }
    },
  }
}
