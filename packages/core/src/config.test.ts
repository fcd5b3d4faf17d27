import { describe, expect, it } from 'vitest'
import { ConfigError, lambdaEnvSchema, loadConfig, localEnvSchema } from './config'

const lambdaEnv = {
  AWS_REGION: 'eu-west-1',
  TABLE_NAME: 'chatter-prod-table',
  DOCUMENTS_BUCKET: 'chatter-prod-documents',
  INGEST_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/ingest',
  INGEST_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:123456789012:stateMachine:ingest',
  PINECONE_API_KEY_PARAMETER: '/chatter/prod/pinecone-api-key',
  JWT_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:chatter-key',
}

describe('loadConfig', () => {
  it('gives every local setting a default', () => {
    const config = loadConfig(localEnvSchema, {})
    expect(config).toMatchObject({ PORT: 3000, CHATTER_DATA_DIR: '.data', LOG_LEVEL: 'INFO' })
    expect(config.CORS_ORIGINS).toContain('http://localhost:3000')
  })

  it('parses the Lambda environment into typed values', () => {
    const config = loadConfig(lambdaEnvSchema, {
      ...lambdaEnv,
      CORS_ORIGINS: 'https://a.example, https://b.example',
      MAX_BODY_BYTES: '2048',
    })
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example'])
    expect(config.MAX_BODY_BYTES).toBe(2048)
    expect(config.MODEL_PROVIDER).toBe('bedrock')
  })

  it('names every missing and invalid variable at once', () => {
    const { TABLE_NAME: _, ...missingTable } = lambdaEnv
    let error: unknown
    try {
      loadConfig(lambdaEnvSchema, { ...missingTable, INGEST_QUEUE_URL: 'not a url', PORT: 'x' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as ConfigError).message
    expect(message).toContain('TABLE_NAME is required but not set')
    expect(message).toContain('INGEST_QUEUE_URL is invalid')
  })

  it('runs no workflows unless told where, and names their state machines with a prefix', () => {
    const config = loadConfig(lambdaEnvSchema, lambdaEnv)
    expect(config.WORKFLOW_STEP_FUNCTION_ARN).toBeUndefined()
    expect(config.WORKFLOW_ROLE_ARN).toBeUndefined()
    expect(config.WORKFLOW_STATE_MACHINE_PREFIX).toBe('chatter-wf-')
    expect(() =>
      loadConfig(lambdaEnvSchema, { ...lambdaEnv, WORKFLOW_STATE_MACHINE_PREFIX: 'a b' }),
    ).toThrow(/WORKFLOW_STATE_MACHINE_PREFIX is invalid/)
  })

  it('treats an empty variable as unset and rejects a bad port', () => {
    expect(loadConfig(localEnvSchema, { PORT: '' }).PORT).toBe(3000)
    expect(() => loadConfig(localEnvSchema, { PORT: '70000' })).toThrow(/PORT is invalid/)
  })

  it('requires a source for the access-token signing key', () => {
    const { JWT_SECRET_ARN: _, ...withoutKey } = lambdaEnv
    expect(() => loadConfig(lambdaEnvSchema, withoutKey)).toThrow(/JWT_SECRET_ARN/)
    expect(() => loadConfig(lambdaEnvSchema, { ...withoutKey, JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET is invalid/,
    )
    const key = 'k'.repeat(32)
    expect(loadConfig(lambdaEnvSchema, { ...withoutKey, JWT_SECRET: key }).JWT_SECRET).toBe(key)
  })

  it('reads identity settings, with the first user made admin only locally by default', () => {
    expect(loadConfig(lambdaEnvSchema, lambdaEnv).FIRST_USER_ADMIN).toBe(false)
    expect(loadConfig(localEnvSchema, {}).FIRST_USER_ADMIN).toBe(true)
    expect(loadConfig(localEnvSchema, { FIRST_USER_ADMIN: 'false' }).FIRST_USER_ADMIN).toBe(false)
    expect(() => loadConfig(localEnvSchema, { ACCESS_TOKEN_TTL_SECONDS: '5' })).toThrow(
      /ACCESS_TOKEN_TTL_SECONDS is invalid/,
    )
  })

  it('allows tool servers on private networks locally but not in Lambda, unless told', () => {
    const allowed = (config: { TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS: boolean }) =>
      config.TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS
    expect(allowed(loadConfig(lambdaEnvSchema, lambdaEnv))).toBe(false)
    expect(
      allowed(
        loadConfig(lambdaEnvSchema, { ...lambdaEnv, TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS: 'true' }),
      ),
    ).toBe(true)
    expect(allowed(loadConfig(localEnvSchema, {}))).toBe(true)
    expect(allowed(loadConfig(localEnvSchema, { TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS: '0' }))).toBe(
      false,
    )
  })

  it('keeps webhooks to public https endpoints in Lambda, and allows local ones locally', () => {
    const rules = (config: {
      WEBHOOKS_ALLOW_PRIVATE_NETWORKS: boolean
      WEBHOOKS_REQUIRE_HTTPS: boolean
    }) => [config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS, config.WEBHOOKS_REQUIRE_HTTPS]
    expect(rules(loadConfig(lambdaEnvSchema, lambdaEnv))).toEqual([false, true])
    expect(
      rules(
        loadConfig(lambdaEnvSchema, {
          ...lambdaEnv,
          WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
          WEBHOOKS_REQUIRE_HTTPS: 'false',
        }),
      ),
    ).toEqual([true, false])
    expect(rules(loadConfig(localEnvSchema, {}))).toEqual([true, false])
    expect(rules(loadConfig(localEnvSchema, { WEBHOOKS_REQUIRE_HTTPS: '1' }))).toEqual([true, true])
    expect(() =>
      loadConfig(lambdaEnvSchema, { ...lambdaEnv, WEBHOOK_QUEUE_URL: 'not a url' }),
    ).toThrow(/WEBHOOK_QUEUE_URL/)
  })

  it('reads a price table as JSON, naming the variable when it is not', () => {
    const prices = '{"my-model":{"inputPerMillion":1.5,"outputPerMillion":2}}'
    expect(loadConfig(localEnvSchema, { MODEL_PRICES: prices }).MODEL_PRICES).toEqual({
      'my-model': { inputPerMillion: 1.5, outputPerMillion: 2 },
    })
    expect(() => loadConfig(localEnvSchema, { MODEL_PRICES: '{oops' })).toThrow(
      /MODEL_PRICES is invalid: must be JSON/,
    )
    expect(() =>
      loadConfig(localEnvSchema, {
        MODEL_PRICES: '{"m":{"inputPerMillion":-1,"outputPerMillion":0}}',
      }),
    ).toThrow(/MODEL_PRICES is invalid/)
  })

  it('requires a Pinecone key source when Pinecone is the vector store', () => {
    const { PINECONE_API_KEY_PARAMETER: _, ...withoutKey } = lambdaEnv
    expect(() => loadConfig(lambdaEnvSchema, withoutKey)).toThrow(/PINECONE_API_KEY_PARAMETER/)
    expect(
      loadConfig(lambdaEnvSchema, { ...withoutKey, VECTOR_PROVIDER: 'local' }).VECTOR_PROVIDER,
    ).toBe('local')
  })
})
