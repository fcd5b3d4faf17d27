import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string

/** `npm run admin:grant -- <args>`, minus npm, against this test's data folder. */
function grant(...args: string[]) {
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', 'tsx', 'packages/local/src/grant-admin.ts', ...args],
    { env: { ...process.env, CHATTER_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (chunk) => {
    output += chunk
  })
  child.stderr.on('data', (chunk) => {
    output += chunk
  })
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, output })),
  )
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-grant-'))
  stack = await startTestStack(dataDir)
})
afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('npm run admin:grant', () => {
  it('makes a registered user a platform administrator of the running stack, and back', async () => {
    const registered = await fetch(`${stack.url}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ops@example.com', password: 'a long enough passphrase' }),
    })
    const { accessToken } = (await registered.json()) as { accessToken: string }
    const adminUsers = () =>
      fetch(`${stack.url}/v1/admin/users`, { headers: { authorization: `Bearer ${accessToken}` } })
    expect((await adminUsers()).status).toBe(403)

    const granted = await grant('OPS@example.com')
    expect(granted.code, granted.output).toBe(0)
    expect(granted.output).toContain('ops@example.com is now a platform administrator')
    // The same session gains the role at once: every request re-reads the user.
    expect((await adminUsers()).status).toBe(200)

    expect((await grant('ops@example.com', '--revoke')).code).toBe(0)
    expect((await adminUsers()).status).toBe(403)
  }, 60_000)

  it('says so when there is no such user', async () => {
    const result = await grant('nobody@example.com')
    expect(result.code).toBe(1)
    expect(result.output).toContain('No user with the email nobody@example.com')
  }, 60_000)
})
