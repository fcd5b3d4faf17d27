import { DomainError } from '@chatter/core'

// Matched by name, not `instanceof`: importing the error classes would load the whole Pinecone
// module at cold start, which the client factory deliberately defers.
const rejectedRequest = new Set([
  'PineconeArgumentError',
  'PineconeBadRequestError',
  'PineconeUnprocessableEntityError',
])

const MAX_REASON = 200

/** True for Pinecone's 404, which a delete treats as "already gone". */
export const isPineconeNotFound = (error: unknown): boolean =>
  error instanceof Error && error.name === 'PineconeNotFoundError'

/**
 * Translates an error from the Pinecone client into a DomainError: a request Pinecone refuses
 * (400/422, or the client's own argument checks) is `request.invalid` with Pinecone's short
 * reason; everything else (401, 404 index, 429, 5xx, network) is `dependency.unavailable`,
 * whose message names the cause without echoing Pinecone's body to callers.
 */
export function fromPineconeError(error: unknown, action: string): DomainError {
  if (error instanceof DomainError) return error
  const name = error instanceof Error ? error.name : ''
  const message = error instanceof Error ? error.message : String(error)
  const status = httpStatus(message)
  const refused =
    rejectedRequest.has(name) ||
    (name === 'PineconeUnmappedHttpError' && /^4(?!08|29)\d\d$/.test(status ?? ''))
  const domain = refused
    ? new DomainError('request.invalid', `Pinecone rejected the ${action}: ${reason(message)}`)
    : new DomainError(
        'dependency.unavailable',
        `The vector store is unavailable (${unavailableCause(name, status)})`,
      )
  // Kept for logs: the original error carries Pinecone's full message and the URL called.
  domain.cause = error
  return domain
}

/** The HTTP status, which the client only states in its messages ("Status: 429."). */
const httpStatus = (message: string): string | undefined =>
  /Status: (\d{3})/.exec(message)?.[1] ?? /status (\d{3})/.exec(message)?.[1]

function unavailableCause(name: string, status: string | undefined): string {
  switch (name) {
    case 'PineconeAuthorizationError':
      return 'Pinecone rejected the API key'
    case 'PineconeNotFoundError':
      return 'the Pinecone index was not found'
    case 'PineconeConnectionError':
      return 'Pinecone could not be reached'
    case 'PineconeMaxRetriesExceededError':
      return 'Pinecone kept failing after retries'
    default: {
      // 429 has no class of its own: it arrives as a PineconeUnmappedHttpError.
      if (status === '429') return 'Pinecone is rate limiting requests'
      return status ? `Pinecone answered HTTP ${status}` : 'Pinecone failed'
    }
  }
}

/** Pinecone's own sentence, without the URL preamble some error classes add. */
function reason(message: string): string {
  const trimmed = message.replace(/^A call to \S+ returned HTTP status \d+( \([^)]*\))?\.\s*/, '')
  return trimmed.length > MAX_REASON ? `${trimmed.slice(0, MAX_REASON - 3)}...` : trimmed
}
