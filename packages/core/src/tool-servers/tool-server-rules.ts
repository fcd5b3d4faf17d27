import { DomainError, type FieldError } from '../errors'
import { type ToolServerTransport, toolServerTransports } from '../ports/tool-server-repository'
import { isPrivateHost } from './private-address'

export const toolServerLimits = {
  name: 100,
  url: 2048,
  headers: 20,
  /** Bytes of one header value (UTF-8). */
  headerValueBytes: 4096,
} as const

// RFC 7230 `token`: what a header name may be.
const headerName = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
// The transport sets these itself; a server's own value would break the protocol.
const reservedHeaders = new Set([
  'accept',
  'connection',
  'content-length',
  'content-type',
  'host',
  'mcp-protocol-version',
  'mcp-session-id',
  'transfer-encoding',
])

export interface ToolServerFields {
  name?: string
  url?: string
  transport?: string
  headers?: Record<string, string>
}

/** Where servers may be; `ToolSettings.allowPrivateNetworks`. */
export interface ToolServerPolicy {
  /** Off (in AWS): a URL whose host is a private address or name is refused. */
  allowPrivateNetworks: boolean
}

/** Every problem with the given fields, by field path (empty when they are fine). */
export function toolServerProblems(
  fields: ToolServerFields,
  policy: ToolServerPolicy = { allowPrivateNetworks: false },
): FieldError[] {
  const errors: FieldError[] = []
  // `json.` like the route's own schema errors, so a client reads one shape of path.
  const add = (path: string, message: string) => errors.push({ path: `json.${path}`, message })
  if (fields.name !== undefined) {
    const name = fields.name.trim()
    if (name.length < 1 || name.length > toolServerLimits.name)
      add('name', `Give a name of 1 to ${toolServerLimits.name} characters.`)
  }
  if (fields.url !== undefined) {
    const problem = urlProblem(fields.url, policy)
    if (problem) add('url', problem)
  }
  if (
    fields.transport !== undefined &&
    !toolServerTransports.includes(fields.transport as ToolServerTransport)
  )
    add('transport', `Give one of: ${toolServerTransports.join(', ')}.`)
  if (fields.headers !== undefined) {
    const entries = Object.entries(fields.headers)
    if (entries.length > toolServerLimits.headers)
      add('headers', `Give at most ${toolServerLimits.headers} headers.`)
    const seen = new Set<string>()
    for (const [name, value] of entries) {
      const path = `headers.${name}`
      const lower = name.toLowerCase()
      if (!headerName.test(name)) add(path, "A header name is letters, digits and !#$%&'*+-.^_`|~.")
      else if (reservedHeaders.has(lower)) add(path, `The transport sets ${name} itself.`)
      else if (seen.has(lower)) add(path, 'Each header may appear only once.')
      seen.add(lower)
      if (typeof value !== 'string') add(path, 'Give the header value as text.')
      else if (Buffer.byteLength(value) > toolServerLimits.headerValueBytes)
        add(path, `A header value is at most ${toolServerLimits.headerValueBytes} bytes.`)
      else if (/[\r\n\0]/.test(value)) add(path, 'A header value may not contain line breaks.')
    }
  }
  return errors
}

function urlProblem(text: string, policy: ToolServerPolicy): string | undefined {
  if (text.length > toolServerLimits.url)
    return `A URL is at most ${toolServerLimits.url} characters.`
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'Give an absolute http or https URL.'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'Only http and https URLs are supported.'
  if (url.username || url.password)
    return 'Put credentials in headers, not in the URL (the URL is shown to every reader).'
  // Only what the URL says by itself; a name resolving to a private address is refused when the
  // MCP client connects.
  if (!policy.allowPrivateNetworks && isPrivateHost(url.hostname))
    return 'Private addresses are not allowed: give a server reachable on the public internet.'
  return undefined
}

/** Throws a 422 listing every problem, so a client can show each beside its field. */
export function assertToolServerFields(fields: ToolServerFields, policy?: ToolServerPolicy): void {
  const errors = toolServerProblems(fields, policy)
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'The tool server has invalid settings.',
      { errors },
    )
}

export const toolServerNotFound = () =>
  new DomainError('resource.notFound', 'No tool server with this id in this workspace.')
