// The Lambda runtime: the middy stack and the event handlers (which the local runtime also runs
// unchanged). Each function's composition root is a subpath (`@chatter/lambda/api`, `/ingest`,
// ...), so a function bundles only what it uses.
export * from './environment'
export * from './event-stack'
export * from './handlers/account-deletion-step'
export * from './handlers/ingest'
export * from './handlers/ingest-step'
export * from './handlers/report'
export * from './handlers/retention'
export * from './handlers/webhook-delivery'
export * from './handlers/workflow-step'
export * from './handlers/workflow-triggers'
export * from './lazy'
