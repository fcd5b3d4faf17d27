import { DomainError, isDomainError } from '../../errors'

/**
 * The error name the ingest state machine retries (`@chatter/resources`' `transientErrorName`;
 * core cannot import resources, so a test in `@chatter/lambda` keeps the two equal).
 */
export const transientErrorName = 'TransientError'

/** A failure worth retrying (a dependency was down or throttled), named for the ASL's Retry. */
export class TransientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = transientErrorName
  }
}

const permanentCodes = new Set(['document.unreadable', 'document.unsupportedType'])

/** Whether retrying cannot help: the file itself cannot be read (encrypted, corrupt, unknown). */
export const isPermanentIngestError = (error: unknown): error is DomainError =>
  isDomainError(error) && permanentCodes.has(error.code)

/** The document is gone: there is nothing left to ingest (not retried either). */
export const documentGone = (): DomainError =>
  new DomainError('resource.notFound', 'The document was deleted during ingestion.')

const maxReasonLength = 300

/** One line of text, no stack frames, bounded: what a user may read in `document.error`. */
export function readableText(text: string): string {
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0 && !l.startsWith('at ')) ?? ''
  return line.length > maxReasonLength ? `${line.slice(0, maxReasonLength - 1)}…` : line
}

/** A thrown value's message, safe to show: its first line, never a stack. */
export function safeErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  return readableText(text) || 'an unexpected error'
}

/**
 * The reason a Step Functions Catch hands to MarkFailed, for a user: a task's `Cause` is
 * Lambda's JSON `{ errorType, errorMessage, trace }` (the message is kept, the trace never),
 * a state's own `Cause` plain text; retried-out transient failures say so.
 */
export function reasonFromStepError(error: { Error?: string; Cause?: string } | undefined): string {
  const name = error?.Error
  if (name === 'States.Timeout') return 'Ingestion took too long and was stopped.'
  const cause = error?.Cause ?? ''
  let message = readableText(cause)
  try {
    const parsed: unknown = JSON.parse(cause)
    if (typeof parsed === 'object' && parsed !== null && 'errorMessage' in parsed)
      message = readableText(String(parsed.errorMessage))
  } catch {
    // plain text, kept as read above
  }
  if (!message) message = name ? `the step failed (${readableText(name)})` : 'an unknown error'
  return name === transientErrorName ? `Ingestion failed after retries: ${message}` : message
}
