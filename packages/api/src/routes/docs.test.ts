import { describe, expect, it } from 'vitest'
import { testApp } from '../test-support'

const app = testApp()

describe('GET /docs', () => {
  it('serves Swagger UI over /openapi.json, loading only this server’s assets', async () => {
    const response = await app.request('/docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain('<div id="swagger-ui">')
    expect(html).not.toMatch(/https?:\/\//)
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    expect(assets).toEqual([
      '/docs/assets/swagger-ui.css',
      '/docs/assets/swagger-ui-bundle.js',
      '/docs/assets/init.js',
    ])
    // No inline script: the policy lets scripts come from this origin only.
    expect(html).not.toMatch(/<script>/)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")

    const init = await app.request('/docs/assets/init.js')
    expect(init.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await init.text()).toContain("url: '/openapi.json'")
  })

  it('serves the Swagger UI script and stylesheet, without credentials', async () => {
    const script = await app.request('/docs/assets/swagger-ui-bundle.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await script.text()).toContain('SwaggerUIBundle')

    const css = await app.request('/docs/assets/swagger-ui.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
  })

  it('answers 404 problem+json for any other asset name, never reading another file', async () => {
    for (const name of ['package.json', '..%2F..%2Fpackage.json', 'index.html']) {
      const response = await app.request(`/docs/assets/${name}`)
      expect(response.status, name).toBe(404)
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    }
  })

  it('is listed in the index beside the document it shows', async () => {
    const index = (await (await app.request('/')).json()) as Record<string, string>
    expect(index).toMatchObject({ openapi: '/openapi.json', docs: '/docs' })
    const document = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId?: string }>>
    }
    expect(document.paths['/v1/conversations']?.get?.operationId).toBe('listConversations')
  })
})
