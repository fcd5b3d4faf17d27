import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context'
import type { Problem } from '../problem'

// OpenAI's error types by status, which its clients map to their error classes.
const typeByStatus: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'invalid_request_error',
  409: 'invalid_request_error',
  413: 'invalid_request_error',
  415: 'invalid_request_error',
  422: 'invalid_request_error',
  429: 'rate_limit_error',
}

/** OpenAI's `error` member for a problem: the detail with each field's message, and the type. */
export function openAIErrorOf(
  problem: Pick<Problem, 'status' | 'detail' | 'errors'> & { code: string },
) {
  const fields = (problem.errors ?? []).filter((field) => field.message !== problem.detail)
  const message = [problem.detail, ...fields.map((f) => `${f.path}: ${f.message}`)].join(' ')
  const param = problem.errors?.[0]?.path.replace(/^json\./, '') ?? null
  return {
    message,
    type:
      typeByStatus[problem.status] ??
      (problem.status >= 500 ? 'server_error' : 'invalid_request_error'),
    code: problem.code,
    param,
  }
}

/**
 * Adds OpenAI's `error: { message, type, code, param }` to the problem+json answers of the
 * OpenAI-compatible routes, so OpenAI clients show a useful message; the problem itself is
 * unchanged. Mounted before authentication, so 401s and 429s get it too.
 */
export function openAIErrors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    if (c.res.headers.get('Content-Type') !== 'application/problem+json') return
    const problem = (await c.res.clone().json()) as Problem
    const { status, headers } = c.res
    const body = JSON.stringify({ ...problem, error: openAIErrorOf(problem) })
    const rewritten = new Headers(headers)
    rewritten.delete('Content-Length')
    // Cleared first: Hono's setter would otherwise copy the old headers (and length) over.
    c.res = undefined
    c.res = new Response(body, { status, headers: rewritten })
  }
}
