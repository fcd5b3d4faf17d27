import { z } from '@hono/zod-openapi'
import { Problem } from './access-schemas'

/** Response schemas of the account routes (auth, me, admin). */

export const UserView = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(['user', 'admin']).openapi({ description: 'Platform role' }),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User')

export const AuthSession = z
  .object({
    user: UserView,
    accessToken: z.string(),
    refreshToken: z
      .string()
      .openapi({ description: 'Works once; each refresh returns a new one.' }),
    expiresIn: z.number().int().openapi({ description: 'Seconds until the access token expires.' }),
  })
  .openapi('AuthSession')

/** 429s carry `Retry-After`; `problems()` of the access routes has no entry for them. */
export const rateLimited = {
  429: {
    description: 'Rate limited (or too many failed sign-ins): see Retry-After',
    headers: z.object({ 'Retry-After': z.string().openapi({ description: 'Seconds' }) }),
    content: { 'application/problem+json': { schema: Problem } },
  },
}

export const noContent = (description: string) => ({ 204: { description } })
