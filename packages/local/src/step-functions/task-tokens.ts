import { randomUUID } from 'node:crypto'
import { DomainError } from '@chatter/core'
import type { State } from '@chatter/resources'

/** How a Task calls its function: a Lambda ARN, the Lambda integration, or its callback form. */
export type TaskIntegration =
  | { kind: 'lambda' }
  | { kind: 'invoke' }
  | { kind: 'token'; timeoutSeconds?: number }

const invokeResource = 'arn:aws:states:::lambda:invoke'
const waitForTaskToken = `${invokeResource}.waitForTaskToken`

export function integrationOf(state: State): TaskIntegration | undefined {
  if (state.Type !== 'Task') return undefined
  if (state.Resource === waitForTaskToken) {
    return { kind: 'token', timeoutSeconds: state.TimeoutSeconds }
  }
  return state.Resource === invokeResource ? { kind: 'invoke' } : { kind: 'lambda' }
}

/**
 * What `$$.Task.Token` evaluates to: the interpreter reads `$$` from one static context per
 * execution, so the handler swaps this placeholder for a fresh token on every invocation.
 */
export const taskTokenPlaceholder = 'local-task-token:placeholder'

/** `value` with every string equal to the placeholder replaced by `token`. */
export function withToken(value: unknown, token: string): unknown {
  if (value === taskTokenPlaceholder) return token
  if (Array.isArray(value)) return value.map((item) => withToken(item, token))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withToken(item, token)]),
    )
  }
  return value
}

/**
 * A waiting task failed through SendTaskFailure: Retry and Catch match `error` as its name,
 * and the cause is passed on as given (unlike a Lambda failure's JSON payload).
 */
export class TaskTokenFailure extends Error {
  constructor(error: string, cause: string) {
    super(cause)
    this.name = error
  }
}

interface Waiting {
  resolve: (output: unknown) => void
  reject: (error: Error) => void
  forget: () => void
}

const noLongerWaiting = () =>
  new DomainError(
    'resource.conflict',
    'The task is no longer waiting (timed out or the execution ended).',
  )

// setTimeout fires at once beyond 2^31 - 1 ms (about 24.8 days).
const longestTimerMs = 2 ** 31 - 1

/** The tokens of tasks waiting for SendTaskSuccess or SendTaskFailure, as Step Functions keeps them. */
export class TaskTokens {
  readonly #waiting = new Map<string, Waiting>()

  /**
   * A fresh token and the output it will be completed with. The token is forgotten once it is
   * completed, once `signal` aborts (the execution ended) or after `timeoutSeconds` (the Task's
   * own timeout, which the interpreter enforces by failing the Task with States.Timeout).
   */
  issue(signal: AbortSignal, timeoutSeconds?: number): { token: string; output: Promise<unknown> } {
    const token = randomUUID()
    let settle!: Pick<Waiting, 'resolve' | 'reject'>
    const output = new Promise<unknown>((resolve, reject) => {
      settle = { resolve, reject }
    })
    // Settled output nobody awaits any more (the task timed out) is not an unhandled rejection.
    output.catch(() => {})
    const timer =
      timeoutSeconds === undefined
        ? undefined
        : setTimeout(() => forget(), Math.min(timeoutSeconds * 1_000, longestTimerMs))
    const forget = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', forget)
      this.#waiting.delete(token)
    }
    signal.addEventListener('abort', forget, { once: true })
    if (signal.aborted) forget()
    else this.#waiting.set(token, { ...settle, forget })
    return { token, output }
  }

  succeed(token: string, output: unknown): void {
    const waiting = this.#take(token)
    waiting.resolve(output)
  }

  fail(token: string, error: string, cause: string): void {
    const waiting = this.#take(token)
    waiting.reject(new TaskTokenFailure(error, cause))
  }

  forget(token: string): void {
    this.#waiting.get(token)?.forget()
  }

  #take(token: string): Waiting {
    const waiting = this.#waiting.get(token)
    if (!waiting) throw noLongerWaiting()
    waiting.forget()
    return waiting
  }
}
