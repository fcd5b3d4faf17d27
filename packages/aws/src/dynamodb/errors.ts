/**
 * Whether DynamoDB refused a write because its condition did not hold. ElectroDB wraps the SDK's
 * exception in an ElectroError whose `cause` is the original.
 */
export function isConditionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.name === 'ConditionalCheckFailedException') return true
  return error.cause instanceof Error && error.cause.name === 'ConditionalCheckFailedException'
}

/**
 * Whether a query failed on its start key: ElectroDB could not parse the cursor, or DynamoDB
 * refused the key it decoded to (wrong shape, or outside the queried partition or range, which
 * is also what keeps a cursor from one workspace's list from reading another's).
 */
export function isCursorRejection(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.message.includes('Unable to parse cursor')) return true
  return error.cause instanceof Error && error.cause.name === 'ValidationException'
}
