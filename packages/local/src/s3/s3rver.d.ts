// Just the parts of s3rver 3.7.1 (untyped, CommonJS) that the local S3 stand-in uses.
declare module 's3rver' {
  import type { EventEmitter } from 'node:events'
  import type { IncomingMessage, Server } from 'node:http'
  import type { AddressInfo } from 'node:net'
  import type { Readable } from 'node:stream'

  export interface S3rverOptions {
    address?: string
    port?: number
    silent?: boolean
    directory?: string
    resetOnClose?: boolean
    allowMismatchedSignatures?: boolean
    vhostBuckets?: boolean
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[]
  }

  /** The slice of a Koa context a middleware in front of s3rver's router needs. */
  export interface S3rverContext {
    req: IncomingMessage
    method: string
    /** The URL's path, still percent-encoded. */
    path: string
    query: Record<string, string | string[] | undefined>
    status: number
    type: string
    body: unknown
  }

  export type S3rverMiddleware = (ctx: S3rverContext, next: () => Promise<void>) => unknown

  /** The filesystem store's multipart methods; part numbers arrive as the query sent them. */
  export interface S3rverStore {
    getResourcePath(bucket: string, key: string | undefined, resource: string): string
    putPart(
      bucket: string,
      uploadId: string,
      partNumber: string | number,
      content: Readable,
    ): Promise<{ size: number; md5: string }>
    putObjectMultipart(
      bucket: string,
      uploadId: string,
      parts: { number: number; etag: string }[],
    ): Promise<{ size: number; md5: string }>
  }

  /** A Koa application: emits `'event'` with an S3-notification-shaped `{ Records }`. */
  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions)
    middleware: S3rverMiddleware[]
    store: S3rverStore
    httpServer?: Server
    run(): Promise<AddressInfo>
    close(): Promise<void>
    reset(): void
  }
}

declare module 's3rver/lib/models/account.js' {
  interface AWSAccount {
    createKeyPair(accessKeyId: string, secretAccessKey: string): void
  }
  const accounts: {
    /** The account every accepted access key belongs to; only `S3RVER` is registered by default. */
    DUMMY_ACCOUNT: AWSAccount
  }
  export default accounts
}

declare module 's3rver/lib/models/error.js' {
  /** An S3 error: s3rver answers it with its status and `<Error><Code>` XML. */
  export default class S3Error extends Error {
    constructor(code: string, message?: string, detail?: Record<string, string>)
    readonly code: string
    readonly status: number
  }
}
