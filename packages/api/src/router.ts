import { DomainError } from '@chatter/core'
import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './context'

/**
 * Every sub-app is made here, so every route validates the same way: a request that fails its
 * zod schema gets a 422 problem listing each failing field by path.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return
      throw new DomainError('request.invalid', 'The request has invalid fields.', {
        errors: result.error.issues.map((issue) => ({
          path: [result.target, ...issue.path.map(String)].join('.'),
          message: issue.message,
        })),
      })
    },
  })
}
