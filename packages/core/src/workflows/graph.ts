import type { WorkflowEdge, WorkflowNode } from './definition'

/** A transition from one node to another, and where in the definition it is written. */
export interface WorkflowLink {
  from: string
  to: string
  /** `edges.3`, `nodes.2.config.rules.0.next`, `nodes.2.onError`, ... */
  path: string
  /** `flow` stays in the node's scope; `scope` starts a parallel branch or a map iteration. */
  kind: 'flow' | 'scope'
  /** The edge's index when the link is an edge. */
  edge?: number
}

/** Every transition of a workflow: its edges and the targets written in node configs. */
export function workflowLinks(nodes: readonly WorkflowNode[], edges: readonly WorkflowEdge[]) {
  const links: WorkflowLink[] = edges.map((edge, index) => ({
    ...edge,
    path: `edges.${index}`,
    kind: 'flow',
    edge: index,
  }))
  nodes.forEach((node, index) => {
    const at = `nodes.${index}`
    const add = (to: string, path: string, kind: WorkflowLink['kind']) => {
      links.push({ from: node.id, to, path, kind })
    }
    if ('onError' in node && node.onError !== undefined) add(node.onError, `${at}.onError`, 'flow')
    switch (node.type) {
      case 'condition':
        node.config.rules.forEach((rule, r) => {
          add(rule.next, `${at}.config.rules.${r}.next`, 'flow')
        })
        add(node.config.default, `${at}.config.default`, 'flow')
        break
      case 'loop':
        add(node.config.body, `${at}.config.body`, 'flow')
        break
      case 'parallel':
        node.config.branches.forEach((start, b) => {
          add(start, `${at}.config.branches.${b}`, 'scope')
        })
        break
      case 'map':
        add(node.config.iterator, `${at}.config.iterator`, 'scope')
        break
    }
  })
  return links
}

/** Node ids reachable from `start` along `flow` links (`start` included), never entering `stop`. */
export function reachable(
  start: string,
  links: readonly WorkflowLink[],
  stop?: string,
): Set<string> {
  const seen = new Set([start, ...(stop === undefined ? [] : [stop])])
  const queue = [start]
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const link of links) {
      if (link.from === id && link.kind === 'flow' && !seen.has(link.to)) {
        seen.add(link.to)
        queue.push(link.to)
      }
    }
  }
  if (stop !== undefined && stop !== start) seen.delete(stop)
  return seen
}

/**
 * The links that lead back to a loop from its own body: they close the loop and do not make
 * the loop node any less of a start node.
 */
export function isBackLink(
  link: WorkflowLink,
  nodes: readonly WorkflowNode[],
  links: readonly WorkflowLink[],
) {
  const loop = nodes.find((node) => node.id === link.to)
  if (loop?.type !== 'loop' || link.kind !== 'flow') return false
  return reachable(loop.config.body, links, loop.id).has(link.from)
}

/**
 * The strongly connected components with a cycle (Tarjan), among the `flow` links between
 * `ids`; a node linked to itself counts as a cycle of one.
 */
export function cycles(ids: readonly string[], links: readonly WorkflowLink[]): string[][] {
  const inGraph = new Set(ids)
  const next = new Map(ids.map((id) => [id, [] as string[]]))
  for (const link of links) {
    if (link.kind === 'flow' && inGraph.has(link.from) && inGraph.has(link.to)) {
      next.get(link.from)?.push(link.to)
    }
  }
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (id: string) => {
    index.set(id, index.size)
    low.set(id, index.get(id) ?? 0)
    stack.push(id)
    onStack.add(id)
    for (const to of next.get(id) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(id, Math.min(low.get(id) ?? 0, low.get(to) ?? 0))
      } else if (onStack.has(to)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(to) ?? 0))
      }
    }
    if (low.get(id) === index.get(id)) {
      const component: string[] = []
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        onStack.delete(top)
        component.push(top)
        if (top === id) break
      }
      const selfLoop = next.get(id)?.includes(id) ?? false
      if (component.length > 1 || selfLoop) found.push(component.reverse())
    }
  }
  for (const id of ids) if (!index.has(id)) visit(id)
  return found
}
