import { local } from '@chatter/resources'
import S3rver, { type S3rverMiddleware } from 's3rver'
import accounts from 's3rver/lib/models/account.js'
import { checkPresignedRequest } from './presign-verifier'
import { emulateS3Multipart } from './s3-multipart'

/** A bucket's CORS rule, in the shape `@chatter/resources` declares `documentsBucket.cors`. */
export interface BucketCors {
  allowedOrigins?: readonly string[]
  allowedMethods: readonly string[]
  allowedHeaders?: readonly string[]
  exposedHeaders?: readonly string[]
  maxAgeSeconds?: number
}

export interface S3ServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
  /** Where objects are stored; they survive restarts. */
  directory: string
  /** Created (or updated) at start. */
  buckets: readonly { name: string; cors?: BucketCors }[]
  /** The only key pair accepted; defaults to `local.credentials`. */
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

export interface LocalS3Server {
  /** Use with `forcePathStyle: true`. */
  endpoint: string
  /** The s3rver instance: emits `'event'` for every object created or removed. */
  server: S3rver
  stop(): Promise<void>
}

/**
 * Starts s3rver in-process as the local S3, silent, with the given buckets and their CORS rules,
 * checking presigned URLs' signatures as S3 does (s3rver alone ignores them) and with multipart
 * uploads that are checked, aborted and announced as S3's are (see `emulateS3Multipart`).
 * @example const s3 = await startS3Server({ directory: '.data/s3', buckets: [{ name, cors }] })
 */
export async function startS3Server({
  port = 0,
  host = '127.0.0.1',
  directory,
  buckets,
  credentials = local.credentials,
}: S3ServerOptions): Promise<LocalS3Server> {
  // s3rver accepts only access keys in its registry and otherwise answers InvalidAccessKeyId.
  accounts.DUMMY_ACCOUNT.createKeyPair(credentials.accessKeyId, credentials.secretAccessKey)
  const secrets = new Map([[credentials.accessKeyId, credentials.secretAccessKey]])
  const server = new S3rver({
    address: host,
    port,
    silent: true,
    directory,
    configureBuckets: buckets.map(({ name, cors }) => ({
      name,
      configs: cors ? [corsConfiguration(cors)] : [],
    })),
  })
  // Koa composes its middleware when the server starts: these run just before the router.
  server.middleware.splice(
    server.middleware.length - 1,
    0,
    refuseBadPresignedRequests(secrets),
    emulateS3Multipart(server),
  )
  const address = await server.run()
  return {
    endpoint: `http://${host}:${address.port}`,
    server,
    async stop() {
      const closed = server.close()
      server.httpServer?.closeAllConnections()
      await closed
    },
  }
}

function refuseBadPresignedRequests(secrets: ReadonlyMap<string, string>): S3rverMiddleware {
  return (ctx, next) => {
    const refusal = checkPresignedRequest(ctx.req, secrets)
    if (!refusal) return next()
    ctx.status = 403
    ctx.type = 'application/xml'
    ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${refusal.message}</Message></Error>`
  }
}

function corsConfiguration(cors: BucketCors): string {
  const elements = (tag: string, values: readonly (string | number)[] = []) =>
    values.map((value) => `<${tag}>${escapeXml(String(value))}</${tag}>`).join('')
  const rule = [
    elements('AllowedOrigin', cors.allowedOrigins ?? ['*']),
    elements('AllowedMethod', cors.allowedMethods),
    elements('AllowedHeader', cors.allowedHeaders),
    elements('ExposeHeader', cors.exposedHeaders),
    elements('MaxAgeSeconds', cors.maxAgeSeconds === undefined ? [] : [cors.maxAgeSeconds]),
  ].join('')
  return `<CORSConfiguration><CORSRule>${rule}</CORSRule></CORSConfiguration>`
}

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
