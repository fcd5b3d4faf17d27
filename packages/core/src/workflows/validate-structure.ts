import type { WorkflowDefinition } from './definition'
import { cycles, isBackLink, reachable, type WorkflowLink, workflowLinks } from './graph'
import type { WorkflowProblem } from './problems'

/**
 * The structure layer: unique ids, no dangling edges or targets, at most one way on from a node,
 * exactly one start, every node reachable, scopes (parallel branches, map iterations) that do
 * not share nodes, and cycles only through a loop node whose body leads back to it.
 */
export function structureProblems(definition: WorkflowDefinition): WorkflowProblem[] {
  const { nodes, edges } = definition
  const problems: WorkflowProblem[] = []
  const indexOf = new Map<string, number>()
  nodes.forEach((node, index) => {
    if (indexOf.has(node.id)) {
      problems.push({
        path: `nodes.${index}.id`,
        rule: 'structure.duplicateId',
        message: `Another node already has the id "${node.id}".`,
        nodeId: node.id,
      })
    } else indexOf.set(node.id, index)
  })
  const at = (id: string) => `nodes.${indexOf.get(id)}`

  const links: WorkflowLink[] = []
  for (const link of workflowLinks(nodes, edges)) {
    const edge =
      link.edge === undefined ? undefined : { index: link.edge, from: link.from, to: link.to }
    const missing = [link.from, link.to].filter((id) => !indexOf.has(id))
    if (missing.length > 0) {
      problems.push({
        path: link.path,
        rule: link.edge === undefined ? 'structure.unknownTarget' : 'structure.danglingEdge',
        message: `No node has the id ${missing.map((id) => `"${id}"`).join(' or ')}.`,
        ...(link.edge === undefined ? { nodeId: link.from } : { edge }),
      })
    } else links.push(link)
  }

  for (const node of nodes) {
    const out = links.filter((link) => link.from === node.id && link.edge !== undefined)
    if (node.type === 'condition' && out.length > 0) {
      for (const link of out) {
        problems.push({
          path: link.path,
          rule: 'structure.conditionEdge',
          message: `Condition "${node.id}" goes on by its rules and default, not by edges.`,
          nodeId: node.id,
          edge: { index: link.edge ?? 0, from: link.from, to: link.to },
        })
      }
    } else if (out.length > 1) {
      problems.push({
        path: at(node.id),
        rule: 'structure.multipleNext',
        message: `Node "${node.id}" has ${out.length} outgoing edges; branch with a condition or a parallel node.`,
        nodeId: node.id,
      })
    }
  }

  const targeted = new Set(
    links.filter((link) => !isBackLink(link, nodes, links)).map((link) => link.to),
  )
  const starts = nodes.filter((node) => !targeted.has(node.id)).map((node) => node.id)
  if (starts.length !== 1) {
    problems.push({
      path: 'nodes',
      rule: 'structure.start',
      message:
        starts.length === 0
          ? 'Every node has an incoming edge: one node must start the workflow.'
          : `A workflow has one start node (no incoming edge); these have none: ${starts.join(', ')}.`,
      ...(starts.length > 1 ? { nodeId: starts[1] } : {}),
    })
  }

  problems.push(...scopeProblems(definition, starts, links, at))

  const loops = new Set(nodes.filter((node) => node.type === 'loop').map((node) => node.id))
  const plain = [...indexOf.keys()].filter((id) => !loops.has(id))
  for (const cycle of cycles(plain, links)) {
    problems.push({
      path: at(cycle[0] ?? ''),
      rule: 'structure.cycle',
      message: `Nodes ${cycle.join(' -> ')} form a cycle without a loop node; only a loop node may repeat steps.`,
      nodeId: cycle[0],
    })
  }
  for (const node of nodes) {
    if (node.type !== 'loop' || !indexOf.has(node.config.body)) continue
    const fromBody = reachable(node.config.body, links)
    if (!fromBody.has(node.id)) {
      problems.push({
        path: `${at(node.id)}.config.body`,
        rule: 'structure.loopBody',
        message: `The body of loop "${node.id}" never leads back to it; end the body with an edge to "${node.id}".`,
        nodeId: node.id,
      })
    }
  }
  return problems
}

/** Assigns every node to one scope (the workflow, a branch, an iteration) and reports the rest. */
function scopeProblems(
  definition: WorkflowDefinition,
  starts: string[],
  links: WorkflowLink[],
  at: (id: string) => string,
): WorkflowProblem[] {
  const problems: WorkflowProblem[] = []
  const scopeOf = new Map<string, string>()
  const pending: { start: string; scope: string }[] = starts.map((start) => ({
    start,
    scope: 'workflow',
  }))
  for (let item = pending.shift(); item !== undefined; item = pending.shift()) {
    for (const id of reachable(item.start, links)) {
      const owner = scopeOf.get(id)
      if (owner !== undefined) {
        if (owner !== item.scope) {
          problems.push({
            path: at(id),
            rule: 'structure.scope',
            message: `Node "${id}" belongs to both ${owner} and ${item.scope}; a branch, an iteration and the workflow cannot share nodes.`,
            nodeId: id,
          })
        }
        continue
      }
      scopeOf.set(id, item.scope)
      for (const link of links) {
        if (link.from !== id || link.kind !== 'scope') continue
        pending.push({
          start: link.to,
          scope: `the ${link.path.split('.').at(-2) === 'branches' ? 'branch' : 'iteration'} of "${id}" starting at "${link.to}"`,
        })
      }
    }
  }
  if (starts.length === 0) return problems
  definition.nodes.forEach((node, index) => {
    if (!scopeOf.has(node.id)) {
      problems.push({
        path: `nodes.${index}`,
        rule: 'structure.unreachable',
        message: `Node "${node.id}" cannot be reached from the start node.`,
        nodeId: node.id,
      })
    }
  })
  return problems
}
