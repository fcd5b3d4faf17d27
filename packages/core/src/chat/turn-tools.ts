import { z } from 'zod'
import { DomainError } from '../errors'
import type { Conversation } from '../ports/conversation-repository'
import type { Tool } from '../ports/tools'
import { parsedInput } from '../search/search-input'
import type { ToolSettings } from '../tool-servers/tool-services'
import type { ChatPorts } from './chat-ports'
import type { ResolvedModel } from './resolve-model'

/** What a message asks of tools: on or off, and optionally only some of them by name. */
export const toolsRequestSchema = z
  .object({
    enabled: z.boolean(),
    only: z.array(z.string().min(1).max(64)).max(100).optional(),
  })
  .strict()

export type ToolsRequest = z.input<typeof toolsRequestSchema>

/** The tools a turn may call and how long and how often. */
export interface TurnTools {
  tools: Tool[]
  settings: ToolSettings
}

/**
 * The tools of a turn, or undefined when it may call none:
 *
 * - an agent's tool list (`resolved.tools`) decides when the conversation has an agent (an
 *   empty list: none), whatever the message asks;
 * - else the message's `tools`: all the workspace's tools when `enabled`, or just those named
 *   in `only`, where a name the workspace does not have is a 422 (`tools.only.<i>`);
 * - else none.
 *
 * No tools without the runtime's tool services. An invalid request is a 422 (paths under
 * `tools.`), thrown before anything is stored.
 */
export async function toolsFor(
  ports: Pick<ChatPorts, 'tools'>,
  conversation: Conversation,
  resolved: Pick<ResolvedModel, 'tools'>,
  requested?: ToolsRequest,
): Promise<TurnTools | undefined> {
  const asked =
    requested && parsedInput(z.object({ tools: toolsRequestSchema }), { tools: requested }).tools
  const services = ports.tools
  if (!services) return undefined
  const only = resolved.tools ?? (asked?.enabled ? asked.only : [])
  if (only?.length === 0) return undefined
  const tools = await services.catalog.toolsFor(conversation.workspaceId, only ? { only } : {})
  if (!resolved.tools && only) assertAllFound(only, tools)
  return tools.length > 0 ? { tools, settings: services.settings } : undefined
}

function assertAllFound(only: readonly string[], tools: readonly Tool[]) {
  const found = new Set(tools.map((tool) => tool.name))
  const errors = only.flatMap((name, index) =>
    found.has(name)
      ? []
      : [{ path: `tools.only.${index}`, message: `This workspace has no enabled tool "${name}".` }],
  )
  if (errors.length > 0)
    throw new DomainError('request.invalid', 'The message asks for tools that do not exist.', {
      errors,
    })
}
