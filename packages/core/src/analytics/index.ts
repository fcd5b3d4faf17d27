export * from './histogram'
export * from './usage-counter'
export * from './usage-range'
export * from './usage-report'
