import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export interface PresignRefusal {
  code: 'SignatureDoesNotMatch'
  message: string
}

const mismatch: PresignRefusal = {
  code: 'SignatureDoesNotMatch',
  message:
    'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
}

/**
 * Checks the SigV4 signature of a presigned (query-signed) request, as S3 does and s3rver does
 * not: without this a presigned PUT would accept any content type or size. Returns a refusal,
 * or `undefined` for requests it does not judge (unsigned, header-signed, preflight, unknown key),
 * which s3rver then handles itself.
 */
export function checkPresignedRequest(
  req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  secrets: ReadonlyMap<string, string>,
): PresignRefusal | undefined {
  const url = req.url ?? '/'
  const at = url.indexOf('?')
  const path = at < 0 ? url : url.slice(0, at)
  const query = parseQuery(at < 0 ? '' : url.slice(at + 1))
  const param = (name: string) => query.find(([key]) => key === name)?.[1]
  if (req.method === 'OPTIONS' || param('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return undefined
  const [accessKeyId = '', ...scopeParts] = (param('X-Amz-Credential') ?? '').split('/')
  const secret = secrets.get(accessKeyId)
  const amzDate = param('X-Amz-Date')
  const signature = param('X-Amz-Signature')
  if (secret === undefined || !amzDate || !signature || scopeParts.length !== 4) return undefined

  const signedHeaders = (param('X-Amz-SignedHeaders') ?? '').split(';')
  const canonicalRequest = [
    req.method,
    path.split('/').map(canonicalSegment).join('/'),
    query
      .filter(([key]) => key !== 'X-Amz-Signature')
      .map(([key, value]) => [encode(key), encode(value)])
      .sort(([a = '', x = ''], [b = '', y = '']) => (a === b ? compare(x, y) : compare(a, b)))
      .map(([key, value]) => `${key}=${value}`)
      .join('&'),
    signedHeaders.map((name) => `${name}:${headerValue(req.headers[name])}\n`).join(''),
    signedHeaders.join(';'),
    param('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD',
  ].join('\n')
  const scope = scopeParts.join('/')
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n')
  const signingKey = scopeParts.reduce<Buffer | string>(hmac, `AWS4${secret}`)
  const expected = Buffer.from(hmac(signingKey, stringToSign).toString('hex'))
  const provided = Buffer.from(signature)
  const valid = expected.length === provided.length && timingSafeEqual(expected, provided)
  return valid ? undefined : mismatch
}

function parseQuery(raw: string): [string, string][] {
  return raw
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=')
      return at < 0 ? [decode(pair), ''] : [decode(pair.slice(0, at)), decode(pair.slice(at + 1))]
    })
}

// S3 signs each path segment URI-encoded once, whatever encoding the client chose to send.
const canonicalSegment = (segment: string) => encode(decode(segment))

/** RFC 3986 unreserved characters stay, everything else is percent-encoded (SigV4's rule). */
const encode = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

const headerValue = (value: string | string[] | undefined) =>
  [value ?? ''].flat().join(',').trim().replace(/\s+/g, ' ')
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex')
const hmac = (key: Buffer | string, value: string) =>
  createHmac('sha256', key).update(value, 'utf8').digest()
