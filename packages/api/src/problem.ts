import { DomainError, type ErrorCode, errorStatus, type FieldError } from '@chatter/core'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from './context'

/** An RFC 9457 problem document, with Chatter's stable `code` and the request id. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  code: ErrorCode
  requestId?: string
  errors?: FieldError[]
}

const titles: Record<ErrorCode, string> = {
  'request.malformed': 'Malformed request',
  'request.invalid': 'Validation failed',
  'request.tooLarge': 'Request body too large',
  'request.unsupportedMediaType': 'Unsupported media type',
  'route.notFound': 'Not found',
  'route.methodNotAllowed': 'Method not allowed',
  'auth.unauthenticated': 'Unauthenticated',
  'auth.forbidden': 'Forbidden',
  'resource.notFound': 'Not found',
  'resource.conflict': 'Conflict',
  'document.unsupportedType': 'Unsupported document type',
  'document.unreadable': 'Unreadable document',
  'toolServer.unreachable': 'Tool server unreachable',
  'document.tooLarge': 'Document too large',
  'rateLimit.exceeded': 'Too many requests',
  'dependency.unavailable': 'Service unavailable',
  'internal.error': 'Internal server error',
}

const codeByStatus: Partial<Record<number, ErrorCode>> = {
  400: 'request.malformed',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'resource.notFound',
  405: 'route.methodNotAllowed',
  409: 'resource.conflict',
  413: 'request.tooLarge',
  415: 'request.unsupportedMediaType',
  422: 'request.invalid',
  429: 'rateLimit.exceeded',
  503: 'dependency.unavailable',
}

const callerSafeCodes: ReadonlySet<ErrorCode> = new Set(['toolServer.unreachable'])

/** Builds the problem+json response for `error`; anything unexpected is a 500 that leaks nothing. */
export function problemResponse(
  c: Context<AppEnv>,
  error: unknown,
  headers: Record<string, string> = {},
) {
  const { code, detail, errors } = describe(error)
  const status = errorStatus[code]
  const body: Problem = {
    type: `urn:chatter:problem:${code}`,
    title: titles[code],
    status,
    detail,
    instance: new URL(c.req.url).pathname,
    code,
    requestId: c.get('requestId'),
    ...(errors ? { errors } : {}),
  }
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
    ...headers,
    'Content-Type': 'application/problem+json',
  })
}

function describe(error: unknown): { code: ErrorCode; detail: string; errors?: FieldError[] } {
  if (error instanceof DomainError) {
    // Middy's rule: show details only below 500, except for codes whose messages are written
    // for the caller (why a tool server could not be reached: "connection refused", "HTTP 401").
    if (error.status >= 500 && !callerSafeCodes.has(error.code))
      return { code: error.code, detail: genericDetail }
    return { code: error.code, detail: error.message, errors: error.details?.errors }
  }
  if (error instanceof HTTPException) {
    const code =
      codeByStatus[error.status] ?? (error.status < 500 ? 'request.malformed' : 'internal.error')
    const detail = error.status < 500 ? httpExceptionDetail(error) : genericDetail
    return { code, detail }
  }
  return { code: 'internal.error', detail: genericDetail }
}

const genericDetail = 'Something went wrong on our side. The error was logged with this request id.'

function httpExceptionDetail(error: HTTPException): string {
  if (error.status === 400 && /json/i.test(error.message))
    return 'The request body is not valid JSON.'
  if (error.status === 415) return 'Send the body as application/json.'
  return error.message || titles[codeByStatus[error.status] ?? 'request.malformed']
}
