import { ChatterApiError } from '@chatter/sdk'

/** A failure the CLI explains itself: printed as is, with its exit code (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** Wrong use of a command (a missing flag, a bad value): exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2)
  }
}

/** The network error code behind a failed fetch (`ECONNREFUSED`, `ENOTFOUND`, ...), if any. */
function networkCode(error: unknown): string | undefined {
  let cause: unknown = error
  for (let depth = 0; cause && depth < 4; depth += 1) {
    const { code, errors } = cause as { code?: unknown; errors?: unknown[] }
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code
    if (Array.isArray(errors) && errors.length > 0) cause = errors[0]
    else cause = (cause as { cause?: unknown }).cause
  }
  return undefined
}

const causeMessage = (error: Error): string =>
  error.cause instanceof Error ? error.cause.message : 'the request failed'

/** An API problem as something to act on: what went wrong and, where it helps, what to do. */
function apiMessage(error: ChatterApiError): string {
  const detail = error.problem.detail || error.problem.title || error.message
  switch (error.status) {
    case 401:
      return 'Not signed in or the session expired: run `chatter login`.'
    case 403:
      return `Not allowed: ${detail}`
    case 404:
      return `Not found: ${detail}`
    case 422: {
      const fields = (error.problem.errors ?? []).map(
        (field) => `  - ${field.path || '(body)'}: ${field.message}`,
      )
      return [`Invalid request: ${detail}`, ...fields].join('\n')
    }
    case 429:
      return `Too many requests: ${detail} Wait a moment and try again.`
    default:
      return error.status >= 500
        ? `The server failed (${error.status}): ${detail} Try again; if it persists, check the server logs.`
        : `${error.status} ${error.problem.title || 'Error'}: ${detail}`
  }
}

/**
 * The message and exit code of anything a command threw. Stack traces only with CHATTER_DEBUG=1.
 * @example describeError(new ChatterApiError(401, problem), 'http://localhost:3000') // { message: 'Not signed in ...', exitCode: 1 }
 */
export function describeError(error: unknown, url: string): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode }
  if (error instanceof ChatterApiError) return { message: apiMessage(error), exitCode: 1 }
  const code = networkCode(error)
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET')
    return { message: `Cannot reach ${url}: is the server running (\`npm start\`)?`, exitCode: 1 }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return {
      message: `Cannot resolve the host of ${url}: check the URL (\`chatter login --url ...\`).`,
      exitCode: 1,
    }
  if (code) return { message: `Cannot reach ${url} (${code}).`, exitCode: 1 }
  // fetch's own refusals (a bad port, an invalid URL) come as `fetch failed` with the reason as cause.
  if (error instanceof TypeError && error.message === 'fetch failed')
    return { message: `Cannot reach ${url}: ${causeMessage(error)}`, exitCode: 1 }
  return { message: error instanceof Error ? error.message : String(error), exitCode: 1 }
}
