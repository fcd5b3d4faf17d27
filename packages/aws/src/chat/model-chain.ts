import { setTimeout as delay } from 'node:timers/promises'
import { type ChatStreamEvent, DomainError, type ErrorCode } from '@chatter/core'

/**
 * What to do after one model call failed, decided by the adapter at the edge: `retry` the same
 * model later (busy), try the `next` model (this one is not available to us), or `fail`.
 * `reason` is short and safe to show: it never carries a provider's raw message with account ids.
 */
export class ModelCallError extends Error {
  constructor(
    readonly action: 'retry' | 'next' | 'fail',
    readonly reason: string,
    readonly options: { retryAfterMs?: number; code?: ErrorCode; cause?: unknown } = {},
  ) {
    super(reason, { cause: options.cause })
    this.name = 'ModelCallError'
  }
}

export interface ModelChainOptions {
  /** Retries per model on throttling, before the first delta only. Default 3. */
  maxRetries?: number
  /** First backoff; it doubles per retry, with jitter. Default 250 ms. */
  baseDelayMs?: number
  /** Cap for one backoff, also for a server's Retry-After. Default 4 s. */
  maxDelayMs?: number
  /** Waits between retries; injectable so tests do not wait. Must reject when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>
  /** Source of jitter in [0, 1). */
  random?: () => number
}

/** One call to one model, yielding content events only (no `model` event). */
export type ModelAttempt = (modelId: string, signal: AbortSignal) => AsyncIterable<ChatStreamEvent>

/**
 * Streams from the first model of `models` that answers, shared by the HTTP model adapters.
 * Until the first event reaches the caller nothing is lost by trying again, so a busy model is
 * retried with exponential backoff and then left for the next one; after that, a retry would
 * repeat text the user already saw, so a failure ends the answer as interrupted.
 */
export async function* streamWithFallback(
  models: readonly string[],
  signal: AbortSignal | undefined,
  attempt: ModelAttempt,
  options: ModelChainOptions = {},
): AsyncGenerator<ChatStreamEvent> {
  const { maxRetries = 3, baseDelayMs = 250, maxDelayMs = 4_000, random = Math.random } = options
  const sleep = options.sleep ?? ((ms, s) => delay(ms, undefined, s ? { signal: s } : {}))
  const skipped: string[] = []
  for (const [index, modelId] of models.entries()) {
    for (let retry = 0; ; retry++) {
      // Aborting this controller when the caller stops reading closes the provider's stream.
      const own = new AbortController()
      const linked = signal ? AbortSignal.any([signal, own.signal]) : own.signal
      let started = false
      try {
        for await (const event of attempt(modelId, linked)) {
          if (!started) {
            started = true
            const fallback =
              index > 0 ? { fallbackFrom: models[0], reason: skipped.join('; ') } : {}
            yield { type: 'model', modelId, ...fallback }
          }
          yield event
        }
        return
      } catch (error) {
        signal?.throwIfAborted()
        const failure = asCallError(error)
        if (started) throw interrupted(modelId, failure)
        if (failure.action === 'fail') throw failed(failure)
        if (failure.action === 'retry' && retry < maxRetries) {
          const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** retry) * (0.5 + random() / 2)
          const wait = Math.min(maxDelayMs, Math.max(backoff, failure.options.retryAfterMs ?? 0))
          await pause(sleep, Math.round(wait), signal)
          continue
        }
        const tries = retry > 0 ? ` after ${retry + 1} attempts` : ''
        skipped.push(`${modelId}: ${failure.reason}${tries}`)
        break
      } finally {
        own.abort()
      }
    }
  }
  throw new DomainError('dependency.unavailable', `No model could answer: ${skipped.join('; ')}`, {
    models: [...models],
  })
}

async function pause(
  sleep: NonNullable<ModelChainOptions['sleep']>,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  try {
    await sleep(ms, signal)
  } catch (error) {
    // The caller expects the signal's own reason, as from every other abort.
    signal?.throwIfAborted()
    throw error
  }
}

function asCallError(error: unknown): ModelCallError {
  if (error instanceof ModelCallError) return error
  if (error instanceof DomainError)
    return new ModelCallError('fail', error.message, { cause: error })
  return new ModelCallError('fail', 'unexpected error', { cause: error })
}

function failed(failure: ModelCallError): DomainError {
  if (failure.cause instanceof DomainError) return failure.cause
  const error = new DomainError(
    failure.options.code ?? 'dependency.unavailable',
    `The model could not answer: ${failure.reason}`,
  )
  return Object.assign(error, { cause: failure.cause })
}

function interrupted(modelId: string, failure: ModelCallError): DomainError {
  const message = `The answer was interrupted: ${modelId} stopped streaming (${failure.reason})`
  return Object.assign(new DomainError('dependency.unavailable', message), { cause: failure.cause })
}

/**
 * The models to try for a request, in order: its own model, then its own fallbacks (a
 * profile's) or else the adapter's defaults, each once.
 */
export function modelChainFor(
  request: { modelId: string; fallbackModelIds?: readonly string[] },
  defaults: readonly string[],
): string[] {
  return [...new Set([request.modelId, ...(request.fallbackModelIds ?? defaults)].filter(Boolean))]
}
