export * from './read-workflows'
export * from './workflow-checks'
export * from './write-workflows'
