import type { WorkflowNodeConfig } from '../workflows/node-configs'
import { parseJsonText, renderStateTemplate } from './state-paths'
import { transient, WorkflowStepError } from './step-errors'
import type { WorkflowStepContext, WorkflowStepPorts } from './workflow-step-ports'

/**
 * A `webhook` node: one HTTP call within `timeoutSeconds`; the body is sent as JSON when it
 * renders to JSON. A 4xx (but 408 and 429) throws `WebhookRejected`; a 5xx, 408, 429, a
 * timeout or a network failure a `TransientError`. Output: `{ status, body }`.
 */
export async function runWebhookStep(
  ports: WorkflowStepPorts,
  config: WorkflowNodeConfig<'webhook'>,
  context: WorkflowStepContext,
) {
  const body =
    config.body === undefined ? undefined : renderStateTemplate(config.body, context.state)
  const isJson = body !== undefined && parseJsonText(body) !== undefined
  const timeout = AbortSignal.timeout((config.timeoutSeconds ?? 30) * 1000)
  const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout
  const method = config.method ?? 'POST'
  let response: Response
  try {
    response = await (ports.fetch ?? fetch)(config.url, {
      method,
      headers: { 'content-type': isJson ? 'application/json' : 'text/plain; charset=utf-8' },
      ...(body === undefined || method === 'GET' ? {} : { body }),
      signal,
    })
  } catch (error) {
    const reason = timeout.aborted ? 'timed out' : 'could not be reached'
    throw transient(`The webhook ${reason}.`, error)
  }
  const text = await response.text()
  const status = response.status
  if (status === 408 || status === 429 || status >= 500)
    throw transient(`The webhook answered ${status}.`)
  if (status >= 400)
    throw new WorkflowStepError('WebhookRejected', `The webhook answered ${status}.`)
  return { status, body: parseJsonText(text) ?? text }
}
