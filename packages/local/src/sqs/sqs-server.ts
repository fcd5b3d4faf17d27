import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { local } from '@chatter/resources'
import { createRequestHandler } from 'local-aws-sqs'

export interface SqsServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
  /** Used in queue ARNs and URLs. */
  region?: string
  accountId?: string
}

export interface LocalSqsServer {
  endpoint: string
  server: Server
  stop(): Promise<void>
}

/**
 * Starts local-aws-sqs in-process as the local SQS (the JSON protocol of the current SDK, with
 * visibility timeouts and RedrivePolicy dead-lettering). Queues and messages live in memory.
 * @example const sqs = await startSqsServer()
 */
export async function startSqsServer({
  port = 0,
  host = '127.0.0.1',
  region = local.region,
  accountId = local.accountId,
}: SqsServerOptions = {}): Promise<LocalSqsServer> {
  // createSqsServer never settles when listen fails and cannot report a free port in queue URLs
  // before listening, so the request handler is mounted on our own server instead.
  const { service, requestHandler } = createRequestHandler({
    port,
    hostname: host,
    region,
    accountId,
    // AWS refuses to recreate a deleted queue's name for 60 s; a local reset should not wait.
    emulateQueueCreationLifecycle: false,
  })
  const server = createServer(requestHandler)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  service.PORT = (server.address() as AddressInfo).port
  return {
    endpoint: `http://${host}:${service.PORT}`,
    server,
    async stop() {
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      )
      // Receives can be parked for up to their wait time: do not wait for them.
      server.closeAllConnections()
      await closed
    },
  }
}
