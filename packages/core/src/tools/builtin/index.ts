/**
 * The built-in tools every workspace has, besides its MCP servers' tools.
 *
 * Shape for the catalog (P2): `builtinTools(deps)` returns a function of the workspace id that
 * gives that workspace's built-in tools, built fresh per call (they are cheap):
 *
 *   const builtins = builtinTools({ knowledge, clock })
 *   createToolCatalog({ ..., builtins })   // catalog calls builtins(workspaceId): Tool[]
 *
 * `search_documents` is offered only when `knowledge` is given.
 */
import type { KnowledgePorts } from '../../documents/knowledge-ports'
import type { Tool } from '../../ports/tools'
import { calculatorTool } from './calculator'
import { currentTimeTool } from './current-time'
import { searchDocumentsTool } from './search-documents-tool'

export interface BuiltinToolDeps {
  /** The workspace's documents; without them there is no `search_documents`. */
  knowledge?: KnowledgePorts
  clock?: () => Date
}

/** The built-in tools of one workspace: calculator, current_time and search_documents. */
export type BuiltinTools = (workspaceId: string) => Tool[]

/**
 * The built-in tools, per workspace.
 * @example
 * const builtins = builtinTools({ knowledge: deps.knowledge })
 * const tools = builtins('ws_1') // [calculator, current_time, search_documents]
 */
export function builtinTools(deps: BuiltinToolDeps = {}): BuiltinTools {
  const clock = deps.clock ?? (() => new Date())
  return (workspaceId) => [
    calculatorTool(),
    currentTimeTool(clock),
    ...(deps.knowledge ? [searchDocumentsTool(deps.knowledge, workspaceId, clock)] : []),
  ]
}

/** The names of the built-in tools, as models see them. */
export const builtinToolNames = ['calculator', 'current_time', 'search_documents'] as const

export { calculate, calculatorTool } from './calculator'
export { currentTimeTool, timeIn } from './current-time'
export { searchDocumentsTool } from './search-documents-tool'
