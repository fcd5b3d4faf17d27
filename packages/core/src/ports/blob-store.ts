/** A browser-ready signed upload: send `method` to `url` with exactly these `headers`. */
export interface PresignedPut {
  url: string
  method: 'PUT'
  /**
   * Headers the signature covers (`content-type`, `content-length`); a request whose type or size
   * differs from the declared one is refused. Browsers set `content-length` from the body.
   */
  headers: Record<string, string>
}

export interface PresignPutInput {
  key: string
  contentType: string
  /** Exact size in bytes the upload must have. */
  contentLength: number
  /** Defaults to 15 minutes. */
  expiresInSeconds?: number
}

export interface PresignGetInput {
  key: string
  /** Defaults to 15 minutes. */
  expiresInSeconds?: number
  /** When set, the download is offered as an attachment under this (unicode-safe) name. */
  filename?: string
}

export interface PutBlobOptions {
  contentType?: string
}

/**
 * Objects by key in one bucket: uploads, large message bodies, extracted text, reports.
 * S3 in AWS; s3rver locally (through the same adapter). Keys are plain strings, never URL-encoded.
 */
export interface BlobStore {
  put(key: string, body: Uint8Array | string, options?: PutBlobOptions): Promise<void>
  /** The object's bytes, or `undefined` when there is no such key. */
  get(key: string): Promise<Uint8Array | undefined>
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>
  exists(key: string): Promise<boolean>
  presignPut(input: PresignPutInput): Promise<PresignedPut>
  presignGet(input: PresignGetInput): Promise<{ url: string }>
}
