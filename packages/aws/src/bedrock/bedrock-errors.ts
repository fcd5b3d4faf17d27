import type { ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime'
import { ModelCallError } from '../chat/model-chain'

const busy = new Set([
  'ThrottlingException',
  'ServiceUnavailableException',
  'ModelNotReadyException',
])
// Access is granted per model and quotas are per model, so another model may still answer.
const notAccessible = new Set([
  'AccessDeniedException',
  'ResourceNotFoundException',
  'ServiceQuotaExceededException',
])
// Bedrock answers a model id it cannot serve on demand with a ValidationException.
const aboutModelId = /model (id|identifier)|inference profile|model.*(not supported|invalid)/i

/**
 * Translates what Bedrock throws (from `send()`, or while the stream is read: the SDK throws the
 * exception events it decodes) into what the model chain should do. Messages of AWS exceptions
 * can name the account and role, so only validation messages, which describe our own input,
 * are passed on to the user.
 */
export function toModelCallError(error: unknown): ModelCallError {
  if (error instanceof ModelCallError) return error
  const name = error instanceof Error ? error.name : 'UnknownError'
  const message = error instanceof Error ? error.message : String(error)
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
    ?.httpStatusCode
  if (busy.has(name) || status === 429 || status === 503) {
    return new ModelCallError('retry', `busy (${name})`, { cause: error })
  }
  if (notAccessible.has(name)) {
    return new ModelCallError('next', `not accessible (${name})`, { cause: error })
  }
  if (name === 'ValidationException') {
    if (aboutModelId.test(message)) {
      return new ModelCallError('next', `model id refused (${name})`, { cause: error })
    }
    const reason = `the request was refused: ${message.slice(0, 300)}`
    return new ModelCallError('fail', reason, { code: 'request.invalid', cause: error })
  }
  return new ModelCallError('fail', `Bedrock failed (${name})`, { cause: error })
}

/**
 * The exception members of a ConverseStream event as the error they stand for, or undefined
 * for an ordinary event. The SDK types let the stream yield them, so they are handled even
 * though the SDK at runtime throws them instead.
 */
export function streamException(event: ConverseStreamOutput): ModelCallError | undefined {
  const members = [
    ['ThrottlingException', event.throttlingException],
    ['ServiceUnavailableException', event.serviceUnavailableException],
    ['ValidationException', event.validationException],
    ['ModelStreamErrorException', event.modelStreamErrorException],
    ['InternalServerException', event.internalServerException],
  ] as const
  for (const [name, member] of members) {
    if (member) return toModelCallError(Object.assign(new Error(member.message ?? name), { name }))
  }
  return undefined
}
