import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`

/** `v1=` and the hex HMAC-SHA256 of `${timestamp}.${body}` under the secret (its UTF-8 bytes). */
export function signWebhook(secret: string, timestamp: number | string, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `v1=${digest}`
}

export interface WebhookSignatureInput {
  secret: string
  /** The raw request body, exactly as received (not re-serialised JSON). */
  body: string
  /** The `Webhook-Timestamp` header (unix seconds). */
  timestamp: string | number
  /** The `Webhook-Signature` header: one or more `v1=<hex>`, separated by spaces or commas. */
  signature: string
  /** How far the timestamp may be from `now` (replay protection); 300 s by default. */
  toleranceSeconds?: number
  now?: Date
}

/**
 * Whether a webhook request is genuine: its timestamp within `toleranceSeconds` of now (an old
 * request replayed is refused) and one of its `v1=` signatures equal, compared in constant
 * time, to the HMAC of `${timestamp}.${body}`. For receivers and tests.
 * @example
 * const ok = verifyWebhookSignature({
 *   secret, body: rawBody,
 *   timestamp: request.headers['webhook-timestamp'],
 *   signature: request.headers['webhook-signature'],
 * })
 */
export function verifyWebhookSignature({
  secret,
  body,
  timestamp,
  signature,
  toleranceSeconds = 300,
  now = new Date(),
}: WebhookSignatureInput): boolean {
  const text = String(timestamp).trim()
  if (!/^\d{1,12}$/.test(text)) return false
  const seconds = Number(text)
  if (Math.abs(now.getTime() / 1000 - seconds) > toleranceSeconds) return false
  const expected = Buffer.from(signWebhook(secret, text, body))
  return signature
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((candidate) => {
      const given = Buffer.from(candidate)
      return given.length === expected.length && timingSafeEqual(given, expected)
    })
}
