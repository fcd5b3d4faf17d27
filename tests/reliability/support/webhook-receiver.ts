import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Body } from './stack-client'

/**
 * A local HTTP endpoint that accepts every webhook delivery and keeps its JSON payload: what a
 * customer's receiver would see of the platform's events.
 */
export async function startWebhookReceiver() {
  const payloads: Body[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      payloads.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body)
      response.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    payloads,
    /** The payloads of events of `type`. */
    eventsOf: (type: string) => payloads.filter((payload) => payload.type === type),
    stop: () => new Promise((resolve) => server.close(resolve)),
  }
}
