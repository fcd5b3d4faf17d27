import type { ExecutionDescription, StateMachineRunner } from '@chatter/core'
import { LocalStateMachineRunner } from './local-runner'

export interface WaitOptions {
  /** Give up (and throw) after this long. */
  timeoutMs?: number
  /** How often a remote runner is asked; the local runner is awaited without polling. */
  pollMs?: number
}

/**
 * Resolves with the execution's final description once it is no longer RUNNING; throws when
 * it does not exist or is still running after `timeoutMs`. It does not stop the execution.
 * @example const done = await waitForExecution(runner, executionArn, { timeoutMs: 5_000 })
 */
export async function waitForExecution(
  runner: StateMachineRunner,
  executionArn: string,
  { timeoutMs = 30_000, pollMs = 250 }: WaitOptions = {},
): Promise<ExecutionDescription> {
  let timer: NodeJS.Timeout | undefined
  const finishedWaiting = new AbortController()
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Execution ${executionArn} still running after ${timeoutMs} ms`)),
      timeoutMs,
    )
  })
  try {
    const finished =
      runner instanceof LocalStateMachineRunner
        ? runner.settled(executionArn)
        : poll(runner, executionArn, pollMs, finishedWaiting.signal)
    return await Promise.race([finished, deadline])
  } finally {
    clearTimeout(timer)
    finishedWaiting.abort()
  }
}

async function poll(
  runner: StateMachineRunner,
  executionArn: string,
  pollMs: number,
  finishedWaiting: AbortSignal,
): Promise<ExecutionDescription> {
  // Stops asking once the caller has given up, so no describe outlives the wait.
  for (;;) {
    const description = await runner.describe(executionArn)
    if (!description) throw new Error(`No execution ${executionArn}`)
    if (description.status !== 'RUNNING') return description
    if (finishedWaiting.aborted) return description
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}
