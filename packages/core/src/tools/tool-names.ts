import type { StoredToolServer } from '../ports/tool-server-repository'

const maxLength = 64

/** A server name as the first part of a tool name: `Weather API` -> `weather-api`. */
export const serverSlug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'server'

/** Makes `name` unique among `taken` by suffixing `_2`, `_3`, ... within 64 characters. */
function unique(name: string, taken: Set<string>): string {
  let candidate = name.slice(0, maxLength)
  for (let n = 2; taken.has(candidate); n++) {
    const suffix = `_${n}`
    candidate = `${name.slice(0, maxLength - suffix.length)}${suffix}`
  }
  taken.add(candidate)
  return candidate
}

/**
 * The model-facing name of every tool of every server, keyed `serverId/toolName`:
 * `<server-slug>__<tool>`, sanitised to `^[a-zA-Z0-9_-]{1,64}$` and unique among `taken` (the
 * built-in names) and each other. Servers are named oldest first and every tool is named,
 * enabled or not, so a name does not change when another server or tool is added or disabled.
 */
export function modelToolNames(
  servers: readonly Pick<StoredToolServer, 'id' | 'name' | 'createdAt' | 'tools'>[],
  builtinNames: Iterable<string> = [],
): Map<string, string> {
  const taken = new Set(builtinNames)
  const names = new Map<string, string>()
  const oldestFirst = [...servers].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
  for (const server of oldestFirst) {
    const slug = serverSlug(server.name)
    for (const tool of server.tools) {
      const toolPart = tool.name.replace(/[^a-zA-Z0-9_-]/g, '_') || 'tool'
      names.set(`${server.id}/${tool.name}`, unique(`${slug}__${toolPart}`, taken))
    }
  }
  return names
}
