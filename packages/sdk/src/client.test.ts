import { describe, expect, it } from 'vitest'
import { createChatterClient } from './client'
import { ChatterApiError } from './errors'

/** A fetch answering from `answer`, keeping every request it was sent. */
function fakeFetch(answer: (request: Request, index: number) => Response | Promise<Response>) {
  const requests: Request[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init)
    requests.push(request)
    return answer(request, requests.length - 1)
  }
  return { fetch: fetch as typeof globalThis.fetch, requests }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status < 400 ? 'application/json' : 'application/problem+json',
    },
  })

const problem = (status: number, code: string, detail: string) => ({
  type: 'about:blank',
  title: 'Not Found',
  status,
  detail,
  instance: '/v1/conversations/cnv_1',
  code,
})

describe('unwrap', () => {
  it('answers the data of a success', async () => {
    const { fetch } = fakeFetch(() => json({ id: 'cnv_1', title: 'Hi' }, 201))
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch })
    const convo = await chatter.unwrap(chatter.api.POST('/v1/conversations', { body: {} }))
    expect(convo).toMatchObject({ id: 'cnv_1', title: 'Hi' })
  })

  it('throws a ChatterApiError carrying status, code and problem', async () => {
    const body = problem(404, 'resource.notFound', 'No such conversation.')
    const { fetch } = fakeFetch(() => json(body, 404))
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch })
    const call = chatter.api.GET('/v1/conversations/{id}', { params: { path: { id: 'cnv_1' } } })
    const error = await chatter.unwrap(call).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChatterApiError)
    expect(error).toMatchObject({
      status: 404,
      code: 'resource.notFound',
      message: 'No such conversation.',
      problem: body,
    })
  })

  it('describes a body that is not a problem (a proxy’s HTML page)', async () => {
    const page = '<html><body>502 Bad Gateway</body></html>'
    const { fetch } = fakeFetch(
      () => new Response(page, { status: 502, headers: { 'content-type': 'text/html' } }),
    )
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch })
    const error = await chatter.unwrap(chatter.api.GET('/v1/me')).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 502, code: 'http.error' })
    expect((error as ChatterApiError).message).toContain('502 Bad Gateway')
    expect((error as ChatterApiError).problem.status).toBe(502)
  })
})

describe('paginate', () => {
  it('follows nextCursor across pages, keeping the query', async () => {
    const pages = [
      { items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'c1' },
      { items: [{ id: 'c' }, { id: 'd' }], nextCursor: 'c2' },
      { items: [{ id: 'e' }], nextCursor: null },
    ]
    const { fetch, requests } = fakeFetch((_, index) => json(pages[index]))
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch })
    const ids: string[] = []
    for await (const doc of chatter.paginate('/v1/documents', {
      query: { status: 'ready', limit: 2 },
    }))
      ids.push(doc.id)
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e'])
    const queries = requests.map((r) => Object.fromEntries(new URL(r.url).searchParams))
    expect(queries).toEqual([
      { status: 'ready', limit: '2' },
      { status: 'ready', limit: '2', cursor: 'c1' },
      { status: 'ready', limit: '2', cursor: 'c2' },
    ])
  })

  it('reads no further page than the caller wants', async () => {
    const { fetch, requests } = fakeFetch(() => json({ items: [{ id: 'a' }], nextCursor: 'more' }))
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch })
    for await (const _ of chatter.paginate('/v1/conversations')) break
    expect(requests).toHaveLength(1)
  })

  it('throws the problem of a failed page', async () => {
    const { fetch } = fakeFetch((_, index) =>
      index === 0
        ? json({ items: [{ id: 'a' }], nextCursor: 'bad' })
        : json(problem(422, 'request.invalid', 'Not a valid cursor.'), 422),
    )
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch })
    const seen: string[] = []
    const walk = async () => {
      for await (const convo of chatter.paginate('/v1/conversations')) seen.push(convo.id)
    }
    await expect(walk()).rejects.toMatchObject({ status: 422, code: 'request.invalid' })
    expect(seen).toEqual(['a'])
  })
})

describe('headers', () => {
  it('sends the token, X-Workspace-Id with withWorkspace, and the client’s headers', async () => {
    const { fetch, requests } = fakeFetch(() => json({ items: [], nextCursor: null }))
    const chatter = createChatterClient({
      baseUrl: 'http://api.test/',
      token: 'tok',
      fetch,
      headers: { 'user-agent': 'test-app/1' },
    })
    await chatter.unwrap(chatter.api.GET('/v1/conversations'))
    const team = chatter.withWorkspace('ws_team')
    await team.unwrap(team.api.GET('/v1/conversations'))
    const personal = team.withWorkspace(undefined)
    await personal.unwrap(personal.api.GET('/v1/conversations'))

    expect(requests.map((r) => r.url)).toEqual(Array(3).fill('http://api.test/v1/conversations'))
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(Array(3).fill('Bearer tok'))
    expect(requests.map((r) => r.headers.get('x-workspace-id'))).toEqual([null, 'ws_team', null])
    expect(requests[0]?.headers.get('user-agent')).toBe('test-app/1')
  })

  it('lets a call’s own workspace header win', async () => {
    const { fetch, requests } = fakeFetch(() => json({ items: [], nextCursor: null }))
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch, workspaceId: 'ws_a' })
    const params = { header: { 'x-workspace-id': 'ws_b' } }
    await chatter.unwrap(chatter.api.GET('/v1/conversations', { params }))
    expect(requests[0]?.headers.get('x-workspace-id')).toBe('ws_b')
  })
})

describe('refresh on 401', () => {
  const unauthorized = () => json(problem(401, 'auth.unauthenticated', 'Expired.'), 401)

  it('retries once with the refreshed token, body included, and keeps it', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      request.headers.get('authorization') === 'Bearer fresh'
        ? json({ id: 'cnv_1' }, 201)
        : unauthorized(),
    )
    let refreshes = 0
    const chatter = createChatterClient({
      baseUrl: 'http://api.test',
      token: 'stale',
      fetch,
      refreshToken: async () => `fresh${refreshes++ ? 'er' : ''}`,
    })
    const body = { title: 'Hi' }
    const convo = await chatter.unwrap(chatter.api.POST('/v1/conversations', { body }))
    expect(convo.id).toBe('cnv_1')
    expect(await requests[1]?.json()).toEqual(body)
    await chatter.unwrap(chatter.api.POST('/v1/conversations', { body }))
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer stale',
      'Bearer fresh',
      'Bearer fresh',
    ])
    expect(refreshes).toBe(1)
    expect(chatter.options.token).toBe('fresh')
  })

  it('gives up after one retry still answered 401', async () => {
    const { fetch, requests } = fakeFetch(unauthorized)
    let refreshes = 0
    const chatter = createChatterClient({
      baseUrl: 'http://api.test',
      token: 'stale',
      fetch,
      refreshToken: async () => `fresh${++refreshes}`,
    })
    await expect(chatter.unwrap(chatter.api.GET('/v1/me'))).rejects.toMatchObject({ status: 401 })
    expect(requests).toHaveLength(2)
    expect(refreshes).toBe(1)
  })

  it('answers the 401 when the refresh gives up', async () => {
    const { fetch, requests } = fakeFetch(unauthorized)
    const chatter = createChatterClient({
      baseUrl: 'http://api.test',
      fetch,
      refreshToken: async () => undefined,
    })
    const error = await chatter.unwrap(chatter.api.GET('/v1/me')).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 401, code: 'auth.unauthenticated', message: 'Expired.' })
    expect(requests).toHaveLength(1)
  })

  it('shares one refresh between concurrent calls', async () => {
    const { fetch } = fakeFetch((request) =>
      request.headers.get('authorization') === 'Bearer fresh' ? json({ id: 'me' }) : unauthorized(),
    )
    let refreshes = 0
    const chatter = createChatterClient({
      baseUrl: 'http://api.test',
      token: 'stale',
      fetch,
      refreshToken: async () => {
        refreshes++
        await new Promise((resolve) => setTimeout(resolve, 10))
        return 'fresh'
      },
    })
    const calls = [1, 2, 3].map(() => chatter.unwrap(chatter.api.GET('/v1/me')))
    await expect(Promise.all(calls)).resolves.toHaveLength(3)
    expect(refreshes).toBe(1)
  })
})
