/**
 * One thing wrong with a workflow definition, ready for a 422 problem+json body: where it is
 * (`nodes.2.config.prompt`, `edges.4`), which rule it breaks (`structure.unreachable`,
 * `security.toolNotAllowed`), and the node or edge concerned.
 */
export interface WorkflowProblem {
  /** Dotted path into the definition as sent. */
  path: string
  /** `<layer>.<rule>`: the layer is `schema`, `structure`, `security` or `reference`. */
  rule: string
  message: string
  nodeId?: string
  edge?: { index: number; from: string; to: string }
}
