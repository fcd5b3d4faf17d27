// Lambda's response-streaming globals exist only inside the Lambda runtime. Modules built with
// Hono's `streamHandle` call them at import time, so this stand-in must be installed before any
// test imports such a module. `streamifyResponse` returns the handler unchanged, so a test calls
// it as `handler(event, responseStream, context)` with a Writable it reads back.
import type { Writable } from 'node:stream'

export interface StreamMetadata {
  statusCode: number
  headers: Record<string, string>
  cookies: string[]
}

/** The metadata `HttpResponseStream.from` attached to a response stream, if any. */
export const streamMetadata = new WeakMap<Writable, StreamMetadata>()

const globals = globalThis as { awslambda?: unknown }
globals.awslambda ??= {
  streamifyResponse: <T>(handler: T) => handler,
  HttpResponseStream: {
    from(stream: Writable, metadata: StreamMetadata) {
      streamMetadata.set(stream, metadata)
      return stream
    },
  },
}
