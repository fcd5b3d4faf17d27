// The Lambda runtime: its composition root, the middy stack and the event handlers, which the
// local runtime also runs unchanged.
export * from './composition-root'
export * from './event-stack'
export * from './handlers/ingest'
export * from './handlers/ingest-step'
export * from './handlers/report'
export * from './lazy'
