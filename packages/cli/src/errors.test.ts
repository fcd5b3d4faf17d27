import { ChatterApiError, type Problem } from '@chatter/sdk'
import { describe, expect, it } from 'vitest'
import { CliError, describeError, UsageError } from './errors'

const url = 'http://localhost:3000'
const problem = (status: number, extra: Partial<Problem> = {}): Problem => ({
  type: 'about:blank',
  title: 'Title',
  status,
  detail: 'The detail.',
  instance: '/v1/x',
  code: 'x.y',
  ...extra,
})
const api = (status: number, extra?: Partial<Problem>) =>
  describeError(new ChatterApiError(status, problem(status, extra)), url)

describe('describeError', () => {
  it('tells a signed-out user to log in', () => {
    expect(api(401)).toEqual({
      message: 'Not signed in or the session expired: run `chatter login`.',
      exitCode: 1,
    })
  })

  it('lists the fields of a 422', () => {
    const { message } = api(422, {
      detail: 'The request is not valid.',
      errors: [
        { path: 'name', message: 'Required' },
        { path: 'scopes.0', message: 'Invalid option' },
      ],
    })
    expect(message).toBe(
      'Invalid request: The request is not valid.\n  - name: Required\n  - scopes.0: Invalid option',
    )
  })

  it('names what was not found or not allowed', () => {
    expect(api(404).message).toBe('Not found: The detail.')
    expect(api(403).message).toBe('Not allowed: The detail.')
    expect(api(500).message).toMatch(/^The server failed \(500\): The detail\. Try again/)
  })

  it('says the server is not running when the connection is refused', () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    })
    expect(describeError(refused, url)).toEqual({
      message: 'Cannot reach http://localhost:3000: is the server running (`npm start`)?',
      exitCode: 1,
    })
    const aggregate = new TypeError('fetch failed', {
      cause: Object.assign(
        new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]),
        {},
      ),
    })
    expect(describeError(aggregate, url).message).toContain('is the server running')
  })

  it('explains an unknown host and fetch refusals', () => {
    const unknown = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }),
    })
    expect(describeError(unknown, 'http://nope.invalid').message).toContain(
      'Cannot resolve the host of http://nope.invalid',
    )
    expect(
      describeError(new TypeError('fetch failed', { cause: new Error('bad port') }), url).message,
    ).toBe('Cannot reach http://localhost:3000: bad port')
  })

  it('keeps the exit code of usage errors (2) and CLI errors (1)', () => {
    expect(describeError(new UsageError('Pass --email.'), url)).toEqual({
      message: 'Pass --email.',
      exitCode: 2,
    })
    expect(describeError(new CliError('2 of 3 files failed.'), url).exitCode).toBe(1)
    expect(describeError(new Error('plain'), url)).toEqual({ message: 'plain', exitCode: 1 })
  })
})
