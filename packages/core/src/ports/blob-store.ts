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

export interface PresignMultipartInput {
  key: string
  contentType: string
  /** Exact total size in bytes. */
  contentLength: number
  /** Bytes per part (S3: at least 5 MiB except the last part, at most 10,000 parts). */
  partSize: number
  /** Defaults to 1 hour. */
  expiresInSeconds?: number
}

/** A multipart upload the client performs part by part, then completes through the API. */
export interface PresignedMultipart {
  uploadId: string
  partSize: number
  /** One signed PUT per part, in order; each part's `content-length` is its exact size. */
  parts: { partNumber: number; url: string; method: 'PUT'; headers: Record<string, string> }[]
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
  /** Starts a multipart upload of `key` and signs every part's PUT. */
  presignMultipart(input: PresignMultipartInput): Promise<PresignedMultipart>
  /**
   * Assembles the uploaded parts (the ETags the part PUTs answered) into the object; S3 then
   * emits the object-created event as for a single PUT. A wrong or missing part is a
   * `request.invalid`, an unknown upload a `resource.notFound`.
   */
  completeMultipart(
    key: string,
    uploadId: string,
    parts: { partNumber: number; etag: string }[],
  ): Promise<void>
  /** Discards an unfinished multipart upload; an unknown one is not an error. */
  abortMultipart(key: string, uploadId: string): Promise<void>
}
