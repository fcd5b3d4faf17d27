import type { Logger } from '@aws-lambda-powertools/logger'

/** Per-request variables every handler can read with `c.get(...)`. */
export interface AppEnv {
  Variables: {
    requestId: string
    logger: Logger
  }
}
