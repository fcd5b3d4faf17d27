// Running workflows: executions started by callers, schedules and events; approvals; status.
export * from './control-execution'
export * from './read-executions'
export * from './run-ports'
export * from './start-execution'
export * from './triggers'
