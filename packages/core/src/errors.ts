/**
 * Typed domain errors with stable codes. One table maps each code to an HTTP status;
 * the API's error handler turns a DomainError into application/problem+json.
 */
export const errorStatus = {
  'request.malformed': 400,
  'request.invalid': 422,
  'request.tooLarge': 413,
  'request.unsupportedMediaType': 415,
  'route.notFound': 404,
  'route.methodNotAllowed': 405,
  'auth.unauthenticated': 401,
  'auth.forbidden': 403,
  'resource.notFound': 404,
  'resource.conflict': 409,
  'document.unsupportedType': 415,
  'document.unreadable': 422,
  'document.tooLarge': 413,
  'toolServer.unreachable': 502,
  'rateLimit.exceeded': 429,
  'dependency.unavailable': 503,
  'internal.error': 500,
} as const

export type ErrorCode = keyof typeof errorStatus

export interface FieldError {
  path: string
  message: string
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { errors?: FieldError[]; [key: string]: unknown },
  ) {
    super(message)
    this.name = 'DomainError'
  }

  get status(): number {
    return errorStatus[this.code]
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError
