export * from './acting'
export * from './audit-csv'
export * from './new-audit-event'
export * from './query-audit-events'
