import type { components } from './schema'

export type Problem = components['schemas']['Problem']

/**
 * A response that was not a success, with its RFC 9457 problem: `code` is the API's stable error
 * code (`conversation.notFound`), `problem.errors` lists invalid fields by path for a 422.
 */
export class ChatterApiError extends Error {
  readonly status: number
  readonly code: string
  readonly problem: Problem

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ChatterApiError'
    this.status = status
    this.code = problem.code
    this.problem = problem
  }
}

/** The problem of a failed response; a body that is not one (a proxy's HTML page) is described. */
export async function problemOf(response: Response): Promise<Problem> {
  return describeProblem(response, await response.text().catch(() => ''))
}

/**
 * The problem of a failed response whose body was already read: `body` is its text, or the value
 * openapi-fetch parsed from it (JSON when it was JSON, else the text).
 */
export function describeProblem(response: Response, body: unknown): Problem {
  let value = body
  if (typeof body === 'string')
    try {
      value = JSON.parse(body)
    } catch {}
  if (value && typeof value === 'object' && typeof (value as Problem).status === 'number')
    return {
      type: 'about:blank',
      title: '',
      detail: '',
      instance: '',
      code: '',
      ...(value as Partial<Problem>),
    } as Problem
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body)
  return {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    detail: text.trim()
      ? `The server answered ${response.status} with a body that is not a problem: ${text.trim().slice(0, 500)}`
      : `The server answered ${response.status} with no body.`,
    instance: new URL(response.url || 'http://unknown/').pathname,
    code: 'http.error',
  }
}
