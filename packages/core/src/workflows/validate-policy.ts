import { isPrivateHost } from '../tool-servers/private-address'
import type { WorkflowLimits, WorkflowNode } from './definition'
import type { WorkflowProblem } from './problems'

/** Whether an id exists in the workspace: a set of ids, or an (async) lookup. */
export type WorkflowLookup =
  | ReadonlySet<string>
  | readonly string[]
  | ((id: string) => boolean | Promise<boolean>)

interface Indexed {
  node: WorkflowNode
  index: number
}

interface PolicyContext {
  tools: readonly string[]
  blockPrivateWebhooks?: boolean
}

/** The security layer: allowed tools, limits on size, iterations, fan-out and time, webhook URLs. */
export function securityProblems(
  nodes: readonly Indexed[],
  limits: WorkflowLimits,
  context: PolicyContext,
): WorkflowProblem[] {
  const problems: WorkflowProblem[] = []
  if (nodes.length > limits.maxNodes) {
    problems.push({
      path: 'nodes',
      rule: 'security.maxNodes',
      message: `A workflow has at most ${limits.maxNodes} nodes; this one has ${nodes.length}.`,
    })
  }
  const allowed = new Set(context.tools)
  for (const { node, index } of nodes) {
    const at = `nodes.${index}`
    const problem = (path: string, rule: string, message: string) =>
      problems.push({ path: `${at}${path}`, rule: `security.${rule}`, message, nodeId: node.id })
    const timeout = (path: string, seconds: number | string | undefined) => {
      if (typeof seconds === 'number' && seconds > limits.maxTimeoutSeconds) {
        problem(
          path,
          'maxTimeout',
          `${seconds} s is over the limit of ${limits.maxTimeoutSeconds} s.`,
        )
      }
    }
    if ('timeoutSeconds' in node) timeout('.timeoutSeconds', node.timeoutSeconds)
    switch (node.type) {
      case 'tool':
        if (!allowed.has(node.config.tool)) {
          const message = `Tool "${node.config.tool}" is not enabled in this workspace.`
          problem('.config.tool', 'toolNotAllowed', message)
        }
        break
      case 'loop':
        if (node.config.maxIterations > limits.maxIterations) {
          const message = `A loop runs at most ${limits.maxIterations} times; this one asks for ${node.config.maxIterations}.`
          problem('.config.maxIterations', 'maxIterations', message)
        }
        break
      case 'parallel':
        if (node.config.branches.length > limits.maxFanOut) {
          const message = `At most ${limits.maxFanOut} parallel branches; this node has ${node.config.branches.length}.`
          problem('.config.branches', 'maxFanOut', message)
        }
        break
      case 'map':
        if (node.config.maxConcurrency > limits.maxFanOut) {
          const message = `At most ${limits.maxFanOut} items at once; this node asks for ${node.config.maxConcurrency}.`
          problem('.config.maxConcurrency', 'maxFanOut', message)
        }
        break
      case 'wait':
        timeout('.config.seconds', node.config.seconds)
        break
      case 'approval':
        timeout('.config.timeoutSeconds', node.config.timeoutSeconds)
        break
      case 'webhook': {
        timeout('.config.timeoutSeconds', node.config.timeoutSeconds)
        const url = new URL(node.config.url)
        if (url.protocol !== 'https:') {
          problem('.config.url', 'webhookScheme', 'Webhooks are called over https only.')
        } else if (context.blockPrivateWebhooks && isPrivateHost(url.hostname)) {
          const message = `${url.hostname} is on a private network; webhooks must call public hosts.`
          problem('.config.url', 'webhookPrivateHost', message)
        }
        break
      }
    }
  }
  return problems
}

interface ReferenceContext {
  profiles: WorkflowLookup
  prompts: WorkflowLookup
  agents: WorkflowLookup
  documents: WorkflowLookup
}

type Kind = keyof ReferenceContext

const labels: Record<Kind, string> = {
  profiles: 'profile',
  prompts: 'prompt',
  agents: 'agent',
  documents: 'document',
}

async function exists(lookup: WorkflowLookup, id: string): Promise<boolean> {
  if (typeof lookup === 'function') return lookup(id)
  return 'has' in lookup ? lookup.has(id) : lookup.includes(id)
}

/** The reference layer: every profile, prompt, agent and document a node names exists. */
export async function referenceProblems(
  nodes: readonly Indexed[],
  context: ReferenceContext,
): Promise<WorkflowProblem[]> {
  const wanted: { kind: Kind; id: string; path: string; nodeId: string }[] = []
  for (const { node, index } of nodes) {
    const want = (kind: Kind, id: string | undefined, path: string) => {
      if (id !== undefined)
        wanted.push({ kind, id, path: `nodes.${index}.${path}`, nodeId: node.id })
    }
    if (node.type === 'llm') {
      want('profiles', node.config.profileId, 'config.profileId')
      want('prompts', node.config.promptId, 'config.promptId')
    } else if (node.type === 'agent') {
      const { agentId } = node.config
      if (!agentId.startsWith('$')) want('agents', agentId, 'config.agentId')
    } else if (node.type === 'retrieval') {
      node.config.filter?.documentIds?.forEach((id, i) => {
        want('documents', id, `config.filter.documentIds.${i}`)
      })
    }
  }
  const found = await Promise.all(wanted.map((ref) => exists(context[ref.kind], ref.id)))
  return wanted
    .filter((_, i) => !found[i])
    .map((ref) => ({
      path: ref.path,
      rule: `reference.${labels[ref.kind]}`,
      message: `No ${labels[ref.kind]} "${ref.id}" in this workspace.`,
      nodeId: ref.nodeId,
    }))
}
