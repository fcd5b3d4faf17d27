// Test support for the account routes (imported by tests only): the real app over in-memory
// stores, and a client that speaks to it the way a browser or SDK would.
import { newApiKeySecret, personalWorkspaceId } from '@chatter/core'
import { expect } from 'vitest'
import { createApp } from '../app'
import type { AppDependencies } from '../dependencies'
import { testDependencies } from '../test-support'

export const goodPassword = 'correct horse battery staple'

export interface CallOptions {
  /** An object is sent as JSON; a string as is. */
  body?: unknown
  token?: string
  apiKey?: string
  ip?: string
  headers?: Record<string, string>
}

export interface SessionBody {
  user: { id: string; email: string; role: string; name: string | null; disabled: boolean }
  accessToken: string
  refreshToken: string
  expiresIn: number
}

export interface MeBody {
  user: SessionBody['user']
  systemAdmin: boolean
  personalWorkspaceId: string
  workspaces: { id: string; name: string; role: string }[]
  apiKey: { id: string; workspaceId: string; scopes: string[] } | null
}

export interface PageBody<T> {
  items: T[]
  nextCursor: string | null
}

/** A response's JSON body, typed as the test expects it to be. */
export const bodyOf = async <T>(response: Response): Promise<T> => (await response.json()) as T

/** @example const { call, signUp } = accountsApp(); const ada = await signUp('ada@example.com') */
export function accountsApp(overrides: Partial<AppDependencies> = {}) {
  const deps = testDependencies(overrides)
  const app = createApp(deps)

  const call = (method: string, path: string, options: CallOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.body !== undefined) headers['content-type'] ??= 'application/json'
    if (options.token) headers.authorization = `Bearer ${options.token}`
    if (options.apiKey) headers['x-api-key'] = options.apiKey
    const body =
      options.body === undefined || typeof options.body === 'string'
        ? (options.body as string | undefined)
        : JSON.stringify(options.body)
    // The local server's socket is where the app reads the client IP from.
    const env = options.ip ? { incoming: { socket: { remoteAddress: options.ip } } } : undefined
    return app.request(path, { method, headers, body }, env)
  }

  const session = async (response: Response, status: number) => {
    expect(response.status, await response.clone().text()).toBe(status)
    return (await response.json()) as SessionBody
  }

  const signUp = async (email: string, extra: Record<string, unknown> = {}, ip?: string) =>
    session(
      await call('POST', '/v1/auth/register', {
        body: { email, password: goodPassword, ...extra },
        ...(ip ? { ip } : {}),
      }),
      201,
    )

  const signIn = async (email: string, password = goodPassword) =>
    session(await call('POST', '/v1/auth/login', { body: { email, password } }), 200)

  /** An API key in the user's personal workspace, made through the port (keys have their own routes). */
  const keyFor = async (
    userId: string,
    changes: { revokedAt?: string; expiresAt?: string } = {},
  ) => {
    const { secret, prefix, hash } = newApiKeySecret()
    const key = await deps.apiKeys.create({
      id: `key_${hash.slice(0, 12)}`,
      workspaceId: personalWorkspaceId(userId),
      name: 'ci',
      prefix,
      hash,
      scopes: ['read'],
      createdBy: userId,
      ...changes,
    })
    return { secret, key }
  }

  const userCount = async () => (await deps.users.list({ limit: 100 })).items.length

  return { app, deps, call, signUp, signIn, keyFor, userCount }
}

/** The problem document of a 4xx/5xx response, checking its media type. */
export async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  return (await response.json()) as {
    code: string
    status: number
    detail: string
    errors?: { path: string; message: string }[]
  }
}
