/**
 * A secret's value from Secrets Manager, read at cold start (Powertools caches it). The module
 * loads on first call, so functions that never read a secret never pay for its client.
 */
export async function readSecret(arn: string): Promise<string> {
  const { getSecret } = await import('@aws-lambda-powertools/parameters/secrets')
  const value = await getSecret(arn, { maxAge: 3_600 })
  if (typeof value !== 'string' || value.length === 0) {
    throw new Error(`The secret ${arn} is empty or not a string`)
  }
  return value
}
