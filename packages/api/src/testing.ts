// Test helpers for suites outside this package (tests/reliability): in-memory dependencies and callers.
export type { AppDependencies } from './dependencies'
export { indexDocument } from './routes/search-test-kit'
export * from './test-callers'
export { conversationOf, messageIn } from './test-conversations'
export { executionAwaitingApproval, reportWithRun } from './test-resources'
export { testApp, testDependencies, testSecret } from './test-support'
