// The domain of Chatter: entities, use cases, ports to every outside service, typed errors.
export * from './config'
export * from './errors'
export * from './ingestion/stored-object'
export * from './ports'
export * from './use-cases/check-readiness'
