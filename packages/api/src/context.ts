import type { Logger } from '@aws-lambda-powertools/logger'
import type { DomainError, Principal, RequestOrigin, WorkspaceAccess } from '@chatter/core'

/** Per-request variables every handler can read with `c.get(...)`. */
export interface AppEnv {
  Variables: {
    requestId: string
    logger: Logger
    /** Where the request came from (client IP, user agent, request id). */
    origin: RequestOrigin
    /** Set by `authenticate` when the request carries valid credentials. */
    principal?: Principal
    /** Set by `authenticate` when credentials were sent but refused (answered after rate limiting). */
    authFailure?: DomainError
    /** Set by `authenticate`: the caller a verified token names, before its session is checked. */
    claimedSubject?: string
    /** Set by `authenticate`: settles once `principal` or `authFailure` is (see `identified`). */
    identifying?: Promise<void>
    /** Set by `workspaceAccess` on routes about a workspace. */
    access?: WorkspaceAccess
  }
}
