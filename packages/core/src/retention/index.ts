export * from './policy'
export * from './purge'
export * from './run'
