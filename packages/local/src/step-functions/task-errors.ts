/**
 * A local handler's failure, shaped the way Step Functions reports a Lambda function's:
 * the error name is the thrown error's `name` (Lambda's `errorType`), so
 * `new (class extends Error { name = 'Throttled' })()` is matched by `ErrorEquals: ['Throttled']`,
 * and the cause is Lambda's JSON payload `{ errorType, errorMessage, trace }`.
 */
export class TaskFailure extends Error {
  constructor(errorType: string, errorMessage: string, trace: string[]) {
    super(JSON.stringify({ errorType, errorMessage, trace }))
    this.name = errorType
  }
}

/** What the Node.js Lambda runtime reports for a thrown value. */
export function toTaskFailure(thrown: unknown): TaskFailure {
  if (thrown instanceof Error) {
    const trace = (thrown.stack ?? '').split('\n').filter(Boolean)
    return new TaskFailure(thrown.name || 'Error', thrown.message, trace)
  }
  return new TaskFailure(typeof thrown, String(thrown), [])
}

/**
 * Thrown into the interpreter when an execution is stopped while a task runs. The interpreter
 * reads `isRetryable`/`isCatchable`, so neither Retry nor Catch keeps a stopped execution going.
 */
export class TaskStopped extends Error {
  readonly isRetryable = false
  readonly isCatchable = false

  constructor() {
    super('The execution was stopped while this task ran')
    this.name = 'States.Aborted'
  }
}

/** Settles with `work`, or rejects with TaskStopped as soon as `signal` aborts. */
export function unlessStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new TaskStopped())
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new TaskStopped())
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
