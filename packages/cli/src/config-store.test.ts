import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigStore, configDir } from './config-store'
import { resolveConnection } from './connection'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chatter-config-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('configDir', () => {
  it('prefers CHATTER_CONFIG_DIR, then XDG_CONFIG_HOME/chatter, then ~/.config/chatter', () => {
    expect(configDir({ CHATTER_CONFIG_DIR: '/a', XDG_CONFIG_HOME: '/x' })).toBe('/a')
    expect(configDir({ XDG_CONFIG_HOME: '/x' })).toBe(join('/x', 'chatter'))
    expect(configDir({})).toBe(join(homedir(), '.config', 'chatter'))
  })
})

describe('ConfigStore', () => {
  it('reads an empty config when there is no file yet', async () => {
    expect(await new ConfigStore(join(dir, 'missing')).read()).toEqual({ connections: {} })
  })

  it('saves profiles readable by the owner only (0600), in a folder it creates', async () => {
    const store = new ConfigStore(join(dir, 'nested', 'chatter'))
    await store.update((config) => {
      config.connections.work = { url: 'https://chat.example.com', apiKey: 'chk_secret' }
      config.current = 'work'
    })
    expect((await stat(store.path)).mode & 0o777).toBe(0o600)
    expect(await new ConfigStore(join(dir, 'nested', 'chatter')).read()).toEqual({
      current: 'work',
      connections: { work: { url: 'https://chat.example.com', apiKey: 'chk_secret' } },
    })
  })

  it('tightens a file that was readable by others when it writes it again', async () => {
    const store = new ConfigStore(dir)
    await writeFile(store.path, '{"connections":{}}', { mode: 0o644 })
    await store.update((config) => {
      config.current = 'default'
    })
    expect((await stat(store.path)).mode & 0o777).toBe(0o600)
    expect(JSON.parse(await readFile(store.path, 'utf8')).current).toBe('default')
  })

  it('says how to recover from a file that is not JSON', async () => {
    const store = new ConfigStore(dir)
    await writeFile(store.path, '{ broken')
    await expect(store.read()).rejects.toThrow(
      /not valid JSON: fix or delete it, then run `chatter login`/,
    )
  })
})

describe('resolveConnection', () => {
  const config = {
    current: 'work',
    connections: {
      work: {
        url: 'https://work.example.com/',
        accessToken: 'at',
        refreshToken: 'rt',
        workspaceId: 'ws_work',
      },
      ci: { url: 'https://ci.example.com', apiKey: 'chk_ci' },
    },
  }

  it('uses the current profile with its session and workspace', () => {
    expect(resolveConnection(config, {}, {})).toMatchObject({
      name: 'work',
      url: 'https://work.example.com',
      auth: { kind: 'session', token: 'at' },
      workspaceId: 'ws_work',
    })
  })

  it('lets CHATTER_CONNECTION pick a profile, and --connection win over it', () => {
    expect(resolveConnection(config, {}, { CHATTER_CONNECTION: 'ci' }).auth).toEqual({
      kind: 'apiKey',
      token: 'chk_ci',
    })
    expect(
      resolveConnection(config, { connection: 'work' }, { CHATTER_CONNECTION: 'ci' }).name,
    ).toBe('work')
  })

  it('overrides the URL and the credential from the environment, dropping the saved workspace', () => {
    const resolved = resolveConnection(
      config,
      {},
      { CHATTER_API_URL: 'http://localhost:4000', CHATTER_API_KEY: 'chk_env' },
    )
    expect(resolved).toMatchObject({
      url: 'http://localhost:4000',
      auth: { kind: 'apiKey', token: 'chk_env' },
    })
    expect(resolved.workspaceId).toBeUndefined()
  })

  it('puts flags over the environment', () => {
    const resolved = resolveConnection(
      config,
      { url: 'http://flag:1', workspace: 'ws_flag' },
      { CHATTER_API_URL: 'http://env:2', CHATTER_WORKSPACE_ID: 'ws_env' },
    )
    expect(resolved).toMatchObject({ url: 'http://flag:1', workspaceId: 'ws_flag' })
  })

  it('defaults to localhost, signed out, before any login', () => {
    expect(resolveConnection({ connections: {} }, {}, {})).toMatchObject({
      name: 'default',
      url: 'http://localhost:3000',
      auth: { kind: 'none' },
    })
  })
})
