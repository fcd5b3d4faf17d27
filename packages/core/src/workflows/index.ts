// User-defined workflows: the definition model, its layered validation and built-in templates.
export * from './definition'
export * from './problems'
export * from './schedule'
export * from './templates'
export * from './validate'
export type { WorkflowLookup } from './validate-policy'
