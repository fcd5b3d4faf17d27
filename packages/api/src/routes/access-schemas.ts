import {
  apiKeyScopes,
  assignableRoles,
  defaultPageSize,
  displayNameProblem,
  maxPageSize,
  type Page,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'

/** Request and shared response schemas of the workspace, invitation, key and audit routes. */

/** Ids are opaque but short and plain, so a hostile path segment never reaches a store. */
export const Id = z
  .string()
  .regex(/^[\w-]{1,64}$/, 'Not a valid id.')
  .openapi({ example: 'ws_3k9q2m8x7v6c5b4n1p0z' })

export const idParam = (name: string) =>
  z.object({ [name]: Id.openapi({ param: { name, in: 'path' } }) })

/**
 * A display name (workspace, API key): 1-100 visible characters once trimmed; no control or
 * invisible formatting characters (bidi overrides, zero-width spaces). The raw bound stops a
 * huge string before the unicode checks run on it.
 */
export const DisplayName = z
  .string()
  .max(400)
  .superRefine((value, ctx) => {
    const problem = displayNameProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .openapi({ example: 'Research team' })

export const Email = z.email({ message: 'Not a valid email address.' }).max(254).openapi({
  example: 'ada@example.com',
})

export const AssignableRole = z.enum(assignableRoles)
export const Role = z.enum(['owner', ...assignableRoles])
export const Scope = z.enum(apiKeyScopes)

export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(defaultPageSize)
    .openapi({ description: `1-${maxPageSize}, default ${defaultPageSize}` }),
  cursor: z
    .string()
    .regex(/^[\x21-\x7e]{1,2048}$/, 'Not a valid cursor.')
    .optional()
    .openapi({ description: "The previous page's nextCursor" }),
})

/** The page request a route passes to a use case (no `cursor` key when none was given). */
export const pageOf = ({ limit, cursor }: z.infer<typeof PageQuery>) => ({
  limit,
  ...(cursor ? { cursor } : {}),
})

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() })

/** Maps a page's items to their public view. */
export const mapPage = <T, U>(page: Page<T>, view: (item: T) => U) => ({
  items: page.items.map(view),
  nextCursor: page.nextCursor,
})

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem')

const problemDescriptions = {
  400: 'Malformed JSON',
  401: 'No or bad credentials',
  403: 'Not allowed: the detail names the missing permission',
  404: 'No such resource in a workspace the caller belongs to (also for other workspaces’ ids)',
  409: 'Conflicts with the current state; the detail says how',
  413: 'Over the size limit; the detail gives it',
  422: 'Invalid fields, each listed by path',
  503: 'A service behind the API did not answer; try again',
} as const

/** The problem+json responses a route can answer, for the OpenAPI document. */
export function problems(...statuses: (keyof typeof problemDescriptions)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: problemDescriptions[status],
        content: { 'application/problem+json': { schema: Problem } },
      },
    ]),
  ) as Record<(typeof statuses)[number], { description: string; content: object }>
}

/** Any credential: an access token or an API key. */
export const anyCaller: Record<string, string[]>[] = [{ bearer: [] }, { apiKey: [] }]
/** Only a signed-in user's access token. */
export const signedInUser: Record<string, string[]>[] = [{ bearer: [] }]
/** Routes that act on a chosen workspace document the selecting header. */
export const WorkspaceHeader = z.object({
  'x-workspace-id': Id.optional().openapi({
    description: "The workspace; without it, the caller's personal workspace (a key's own).",
  }),
})

/** A JSON response for the OpenAPI document. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
})
