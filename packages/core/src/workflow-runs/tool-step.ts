import type { WorkflowNodeConfig } from '../workflows/node-configs'
import { parseJsonText, renderStateValues } from './state-paths'
import { WorkflowStepError } from './step-errors'
import type { WorkflowStepContext, WorkflowStepPorts } from './workflow-step-ports'

/**
 * A `tool` node: the workspace's tool called with its arguments rendered. Output:
 * `{ content, data? }`, `data` the content parsed when it is JSON. A result with `isError`
 * throws `ToolCallFailed`, so the node's Retry and onError apply.
 */
export async function runToolStep(
  ports: WorkflowStepPorts,
  config: WorkflowNodeConfig<'tool'>,
  context: WorkflowStepContext,
) {
  if (!ports.tools)
    throw new WorkflowStepError('WorkflowStepUnsupported', 'Tools are not available here.')
  const [tool] = await ports.tools.toolsFor(context.workspaceId, { only: [config.tool] })
  if (!tool) throw new WorkflowStepError('WorkflowReferenceMissing', `No tool "${config.tool}".`)
  const input = renderStateValues(config.arguments ?? {}, context.state)
  const result = await tool.call(input, context.signal ?? new AbortController().signal)
  if (result.isError) throw new WorkflowStepError('ToolCallFailed', result.content)
  const data = parseJsonText(result.content)
  return data === undefined ? { content: result.content } : { content: result.content, data }
}
