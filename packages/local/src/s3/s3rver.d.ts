// Just the parts of s3rver 3.7.1 (untyped, CommonJS) that the local S3 stand-in uses.
declare module 's3rver' {
  import type { EventEmitter } from 'node:events'
  import type { IncomingMessage, Server } from 'node:http'
  import type { AddressInfo } from 'node:net'

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
    status: number
    type: string
    body: unknown
  }

  export type S3rverMiddleware = (ctx: S3rverContext, next: () => Promise<void>) => unknown

  /** A Koa application: emits `'event'` with an S3-notification-shaped `{ Records }`. */
  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions)
    middleware: S3rverMiddleware[]
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
