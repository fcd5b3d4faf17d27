import { ModelCallError } from '../chat/model-chain'

// Servers answer an unknown model with 404 (OpenAI, vLLM, Ollama) or a 400 that names it.
const aboutModel = /model.*(not found|does not exist|unknown|invalid|not supported)|unknown model/i

/**
 * Translates a failed HTTP answer into what the model chain should do: 429 and 503 are busy
 * (retry, honouring Retry-After), an unknown model passes to the next one, anything else fails
 * with the status and the server's own short message, from which the API key is scrubbed in
 * case a server echoes it.
 */
export async function httpFailure(response: Response, apiKey?: string): Promise<ModelCallError> {
  const { status } = response
  const message = scrub(await serverMessage(response), apiKey)
  const answered = `HTTP ${status}${message ? `: ${message}` : ''}`
  if (status === 429 || status === 503) {
    const retryAfterMs = retryAfter(response.headers.get('retry-after'))
    return new ModelCallError('retry', `busy (${answered})`, retryAfterMs ? { retryAfterMs } : {})
  }
  if (status === 404 || (status === 400 && aboutModel.test(message))) {
    return new ModelCallError('next', `model not available (${answered})`)
  }
  return new ModelCallError('fail', `the model server answered ${answered}`)
}

/** An `error` object sent inside the stream (vLLM and others do this mid-answer). */
export function streamedFailure(error: unknown, apiKey?: string): ModelCallError {
  const message = scrub(messageOf(error) ?? 'unknown error', apiKey)
  const code = String((error as { code?: unknown } | null)?.code ?? '')
  const busy = code === '429' || code === '503' || /rate.?limit|overloaded/i.test(message)
  return new ModelCallError(busy ? 'retry' : 'fail', `the model server reported: ${message}`)
}

async function serverMessage(response: Response): Promise<string> {
  const body = await response.text().catch(() => '')
  let message: string | undefined
  try {
    message = messageOf(JSON.parse(body))
  } catch {
    // Not JSON: a plain-text message is useful, an HTML error page is not.
    message = /^\s*</.test(body) ? undefined : body
  }
  return (message ?? '').replace(/\s+/g, ' ').trim().slice(0, 200)
}

function messageOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value !== 'object' || value === null) return undefined
  const { error, message, detail } = value as Record<string, unknown>
  if (typeof message === 'string') return message
  if (typeof detail === 'string') return detail
  return messageOf(error)
}

function scrub(text: string, apiKey: string | undefined): string {
  return apiKey && apiKey.length >= 4 ? text.replaceAll(apiKey, '[redacted]') : text
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  const ms = Number.isFinite(seconds) ? seconds * 1_000 : Date.parse(header) - Date.now()
  return Number.isFinite(ms) && ms > 0 ? ms : undefined
}
