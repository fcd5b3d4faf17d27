import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

/** One named place the CLI talks to: a server and how to sign in to it. */
export interface Connection {
  url: string
  /** A session from login or register (refreshed automatically, saved back). */
  accessToken?: string
  refreshToken?: string
  /** When the access token stops working (ISO), so a call can refresh it first. */
  accessTokenExpiresAt?: string
  /** An API key (`chk_...`), instead of a session. */
  apiKey?: string
  /** The workspace commands act in; without it, the caller's personal one. */
  workspaceId?: string
  /** Who signed in, to show in `connections list`. */
  email?: string
}

export interface ConfigFile {
  current?: string
  connections: Record<string, Connection>
}

/**
 * Where config.json lives: `$CHATTER_CONFIG_DIR`, else `$XDG_CONFIG_HOME/chatter`, else
 * `~/.config/chatter`.
 */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHATTER_CONFIG_DIR) return env.CHATTER_CONFIG_DIR
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'chatter')
  return join(homedir(), '.config', 'chatter')
}

/**
 * The connection profiles on disk. The file holds tokens and keys, so it is written 0600 (and
 * its folder 0700), replaced atomically so an interrupted write never leaves half a file.
 * @example
 * const store = new ConfigStore(configDir())
 * await store.update((config) => { config.current = 'staging' })
 */
export class ConfigStore {
  readonly path: string

  constructor(dir: string) {
    this.path = join(dir, 'config.json')
  }

  async read(): Promise<ConfigFile> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { connections: {} }
      throw error
    }
    try {
      const parsed = JSON.parse(text) as Partial<ConfigFile>
      return { ...parsed, connections: parsed.connections ?? {} }
    } catch {
      throw new Error(
        `${this.path} is not valid JSON: fix or delete it, then run \`chatter login\`.`,
      )
    }
  }

  async write(config: ConfigFile): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 })
    const temporary = `${this.path}.${process.pid}.tmp`
    await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 })
    // The mode of writeFile only applies to a new file (and the umask may widen nothing, but be sure).
    await chmod(temporary, 0o600)
    await rename(temporary, this.path)
  }

  /** Reads, changes and writes the file; returns what the change returned. */
  async update<T>(change: (config: ConfigFile) => T): Promise<T> {
    const config = await this.read()
    const result = change(config)
    await this.write(config)
    return result
  }
}
