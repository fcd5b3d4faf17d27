import type { SecretCipher } from '../ports/tool-server-repository'
import type {
  WebhookAttempt,
  WebhookDeliveryLog,
  WebhookRepository,
  WebhookTransport,
} from '../ports/webhook-repository'
import type { WebhookDeliveryMessage } from './queue-deliveries'
import { signWebhook } from './signature'
import { webhookUrlProblem } from './webhook-rules'
import type { WebhookDeliverySettings } from './webhook-services'

export interface WebhookDeliveryPorts {
  endpoints: Pick<WebhookRepository, 'get'>
  deliveries: Pick<WebhookDeliveryLog, 'beginAttempt' | 'get' | 'recordAttempt'>
  cipher: SecretCipher
  transport: WebhookTransport
  settings: WebhookDeliverySettings
  clock?: () => Date
}

/** What the queue says of this receive of the delivery's message. */
export interface WebhookAttemptInfo {
  /** SQS's ApproximateReceiveCount (logged; the try's number is the delivery's own count). */
  receiveCount: number
  /** SQS's last receive: a failure now dead-letters the message, so it is the final attempt. */
  finalAttempt: boolean
  /** Tries of one (re)delivery: the one that reaches it is final (the queue's maxReceiveCount). */
  maxTries: number
}

/**
 * `skipped`: the endpoint is gone or disabled, or the delivery is gone or delivered already
 * (nothing sent, the message is done); `retrying`: failed, to be retried after
 * `retryAfterSeconds`; `failed`: the final attempt failed, or every try was made already (the
 * message is to dead-letter).
 */
export type WebhookDeliveryOutcome =
  | { outcome: 'delivered' | 'skipped' }
  | { outcome: 'retrying'; retryAfterSeconds: number; error: string }
  | { outcome: 'failed'; error: string }

/** Seconds before attempt `attempt + 1`: min(2^attempt * base, max), whole seconds. */
export const webhookBackoffSeconds = (
  attempt: number,
  settings: Pick<WebhookDeliverySettings, 'backoffBaseSeconds' | 'maxBackoffSeconds'>,
): number =>
  Math.min(Math.ceil(2 ** attempt * settings.backoffBaseSeconds), settings.maxBackoffSeconds)

export const webhookUserAgent = 'Chatter-Webhooks/1'

/**
 * Sends one queued delivery, once.
 *
 * 1. Load the endpoint: deleted or disabled, skip (nothing is logged, the message is done).
 * 2. Count the try on the delivery (conditional): gone or delivered, skip; every try made
 *    already (a receive after the final attempt), `failed` without sending, so the message
 *    dead-letters. The try that reaches `maxTries`, or SQS's last receive, is the final one.
 * 3. Sign the payload with its secret (`Webhook-Id`, `Webhook-Timestamp`, `Webhook-Signature`)
 *    and POST it, aborted after `timeoutMs`; a URL no longer allowed fails without a request.
 * 4. Log the attempt (status code, duration, error) and set the delivery's status: 2xx
 *    `delivered`; otherwise `retrying` with the backoff to wait, or `failed` on the final
 *    attempt (the caller lets the message dead-letter).
 */
export async function deliverWebhook(
  ports: WebhookDeliveryPorts,
  message: WebhookDeliveryMessage,
  attempt: WebhookAttemptInfo,
): Promise<WebhookDeliveryOutcome> {
  const clock = ports.clock ?? (() => new Date())
  const endpoint = await ports.endpoints.get(message.workspaceId, message.endpointId)
  if (!endpoint?.enabled) return { outcome: 'skipped' }
  const key = [message.workspaceId, message.endpointId, message.deliveryId] as const
  const tryNumber = await ports.deliveries.beginAttempt(...key, attempt.maxTries)
  if (tryNumber === undefined) {
    const delivery = await ports.deliveries.get(...key)
    if (!delivery || delivery.status === 'delivered') return { outcome: 'skipped' }
    return { outcome: 'failed', error: `Not sent: all ${attempt.maxTries} tries were made.` }
  }
  const finalAttempt = attempt.finalAttempt || tryNumber >= attempt.maxTries

  const body = JSON.stringify(message.payload)
  const started = clock()
  let statusCode: number | undefined
  let error: string | undefined
  const refused = webhookUrlProblem(endpoint.url, ports.settings)
  if (refused) error = `Not sent: ${refused}`
  else {
    try {
      const secret = await ports.cipher.decrypt(endpoint.encryptedSecret, {
        workspaceId: endpoint.workspaceId,
      })
      const timestamp = String(Math.floor(started.getTime() / 1000))
      const response = await ports.transport.post(endpoint.url, {
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': webhookUserAgent,
          'Webhook-Id': message.deliveryId,
          'Webhook-Timestamp': timestamp,
          'Webhook-Signature': signWebhook(secret, timestamp, body),
        },
        body,
        timeoutMs: ports.settings.timeoutMs,
      })
      statusCode = response.status
      if (statusCode < 200 || statusCode > 299) error = `The endpoint answered ${statusCode}.`
    } catch (cause) {
      error = describeFailure(cause, ports.settings.timeoutMs)
    }
  }

  const outcome: WebhookAttempt['outcome'] =
    error === undefined ? 'delivered' : finalAttempt ? 'failed' : 'retrying'
  await ports.deliveries.recordAttempt({
    workspaceId: endpoint.workspaceId,
    endpointId: endpoint.id,
    deliveryId: message.deliveryId,
    eventType: message.payload.type as WebhookAttempt['eventType'],
    attempt: tryNumber,
    outcome,
    ...(statusCode === undefined ? {} : { statusCode }),
    durationMs: Math.max(0, clock().getTime() - started.getTime()),
    ...(error === undefined ? {} : { error }),
    at: started.toISOString(),
  })
  if (error === undefined) return { outcome: 'delivered' }
  if (outcome === 'failed') return { outcome: 'failed', error }
  return {
    outcome: 'retrying',
    error,
    retryAfterSeconds: webhookBackoffSeconds(tryNumber, ports.settings),
  }
}

function describeFailure(cause: unknown, timeoutMs: number): string {
  if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError'))
    return `No answer within ${timeoutMs / 1000} s.`
  const reason = cause instanceof Error ? (cause.cause ?? cause) : cause
  const text = reason instanceof Error ? reason.message : String(reason)
  return `Could not reach the endpoint: ${text}`.slice(0, 500)
}

/**
 * WebhookTransport over fetch: redirects are not followed (a 3xx is a failed attempt, so an
 * endpoint cannot redirect deliveries to a private address), the answer's body is discarded.
 */
export const fetchWebhookTransport: WebhookTransport = {
  async post(url, { headers, body, timeoutMs }) {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    await response.body?.cancel().catch(() => {})
    return { status: response.status }
  },
}
