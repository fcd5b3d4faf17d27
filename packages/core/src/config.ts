import { z } from 'zod'

/**
 * Typed configuration, read once at cold start. A missing or invalid variable fails fast with an
 * error that names it. Adapters never read `process.env`; composition roots pass them this.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`)
    this.name = 'ConfigError'
  }
}

const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
)

const logLevel = z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT', 'CRITICAL'])

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')

/** Settings the HTTP app itself needs, wherever it runs. */
export const httpEnvSchema = z.object({
  CORS_ORIGINS: list.default([]),
  /** The streaming function URL (AWS): the console streams answers from it; API Gateway buffers. */
  STREAM_URL: z.url().optional(),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  LOG_LEVEL: logLevel.default('INFO'),
})

const priceTable = z.record(
  z.string().min(1),
  z.object({
    inputPerMillion: z.number().nonnegative(),
    outputPerMillion: z.number().nonnegative(),
  }),
)

/** JSON in an environment variable, validated by `schema`. */
const jsonOf = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((value, context) => {
      try {
        return JSON.parse(value) as unknown
      } catch {
        context.addIssue({ code: 'custom', message: 'must be JSON' })
        return z.NEVER
      }
    })
    .pipe(schema)

/** An OpenAI-compatible chat server (Ollama, vLLM, LM Studio), offered as provider `openai`. */
const openAiEnv = {
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** Prices in USD per million tokens by model id, over the built-in table, e.g.
   * `{"llama3.1:8b":{"inputPerMillion":0,"outputPerMillion":0}}`. */
  MODEL_PRICES: jsonOf(priceTable).optional(),
}

/** Accounts and sessions. */
const identityEnv = {
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Make the first user who registers a platform administrator. */
  FIRST_USER_ADMIN: flag.default(false),
}

/** Uploads and ingestion (sizes in bytes). */
const documentsEnv = {
  /** Largest file a user may upload (extraction reads up to 50 MB). */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(50 * 1024 * 1024)
    .default(50 * 1024 * 1024),
  /** Largest export file (ChatGPT, Claude or Chatter ZIP or JSON) `POST /v1/imports/uploads` takes. */
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1).default(262_144_000),
  /** Files above this size are uploaded in parts (S3 multipart; parts of UPLOAD_PART_BYTES). */
  UPLOAD_MULTIPART_THRESHOLD_BYTES: z.coerce
    .number()
    .int()
    .min(5 * 1024 * 1024)
    .default(16 * 1024 * 1024),
  UPLOAD_PART_BYTES: z.coerce
    .number()
    .int()
    .min(5 * 1024 * 1024)
    .default(8 * 1024 * 1024),
  /** Documents up to this size are ingested inline; larger ones by the Step Functions workflow. */
  INGEST_INLINE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(2 * 1024 * 1024),
  /** Chunks per embedding call and per item of the workflow's Map. */
  EMBED_BATCH_SIZE: z.coerce.number().int().min(1).max(96).default(64),
}

/** The Lambda functions' environment, set by `infra/`. */
export const lambdaEnvSchema = httpEnvSchema
  .extend({
    ...identityEnv,
    ...openAiEnv,
    ...documentsEnv,
    /** Secrets Manager secret holding the access-token signing key (read once at cold start). */
    JWT_SECRET_ARN: z.string().startsWith('arn:').optional(),
    /** KMS key that encrypts tool servers' credentials (set by `infra/` for the API functions). */
    TOOL_SECRETS_KEY_ID: z.string().min(1).optional(),
    /** Let tool servers live on private networks (VPC, loopback, metadata service): off (SSRF). */
    TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS: flag.default(false),
    /** Let webhook endpoints live on private networks: off (SSRF). */
    WEBHOOKS_ALLOW_PRIVATE_NETWORKS: flag.default(false),
    /** Only https webhook endpoints. */
    WEBHOOKS_REQUIRE_HTTPS: flag.default(true),
    /** The webhook queue (one message per delivery); absent: events are delivered to no webhook. */
    WEBHOOK_QUEUE_URL: z.url().optional(),
    /** The sender of report emails, an identity verified in SES; absent: report emails are skipped. */
    REPORT_EMAIL_FROM: z.email().optional(),
    /** The signing key itself, for running the Lambda code outside AWS (tests); 32+ characters. */
    JWT_SECRET: z.string().min(32).optional(),
    AWS_REGION: z.string().min(1),
    TABLE_NAME: z.string().min(3),
    DOCUMENTS_BUCKET: z.string().min(3),
    INGEST_QUEUE_URL: z.url(),
    /** Absent only in the ingest-step function, which is that state machine's own task. */
    INGEST_STATE_MACHINE_ARN: z.string().startsWith('arn:').optional(),
    /** The account-deletion state machine `DELETE /v1/me` starts (absent: deletions are refused). */
    ACCOUNT_DELETION_STATE_MACHINE_ARN: z.string().startsWith('arn:').optional(),
    /** The workflow-step function every compiled workflow Task invokes (absent: no workflow runs). */
    WORKFLOW_STEP_FUNCTION_ARN: z.string().startsWith('arn:').optional(),
    /** The role Step Functions assumes to run workflow state machines (iam:PassRole on it). */
    WORKFLOW_ROLE_ARN: z.string().startsWith('arn:').optional(),
    /** Workflow state machines are named with this prefix (the grants are scoped to it). */
    WORKFLOW_STATE_MACHINE_PREFIX: z
      .string()
      .regex(/^[\w-]+$/, 'letters, digits, - and _ only (a state machine name)')
      .default('chatter-wf-'),
    MODEL_PROVIDER: z.enum(['bedrock', 'openai', 'local']).default('bedrock'),
    CHAT_MODEL_ID: z.string().min(1).default('anthropic.claude-3-5-haiku-20241022-v1:0'),
    EMBEDDING_MODEL_ID: z.string().min(1).default('amazon.titan-embed-text-v2:0'),
    /** Must equal the Pinecone index's dimension (Titan v2: 256, 512 or 1024). */
    EMBEDDING_DIMENSIONS: z.coerce.number().int().positive().default(1024),
    VECTOR_PROVIDER: z.enum(['pinecone', 'local']).default('pinecone'),
    PINECONE_API_KEY: z.string().min(1).optional(),
    /** Name of an SSM SecureString holding the Pinecone key (read once at cold start). */
    PINECONE_API_KEY_PARAMETER: z.string().startsWith('/').optional(),
    PINECONE_INDEX: z.string().min(1).default('chatter'),
  })
  .refine(
    (env) =>
      env.VECTOR_PROVIDER !== 'pinecone' || env.PINECONE_API_KEY || env.PINECONE_API_KEY_PARAMETER,
    {
      path: ['PINECONE_API_KEY_PARAMETER'],
      message: 'set it (or PINECONE_API_KEY) when VECTOR_PROVIDER is pinecone',
    },
  )
  .refine((env) => env.JWT_SECRET_ARN || env.JWT_SECRET, {
    path: ['JWT_SECRET_ARN'],
    message: 'set it (or JWT_SECRET) so access tokens can be signed',
  })

/** The local runtime's environment (`npm start`): everything has a default. */
export const localEnvSchema = httpEnvSchema.extend({
  ...identityEnv,
  ...openAiEnv,
  ...documentsEnv,
  /** Which model answers when a workspace has no profile: the local model unless told otherwise. */
  MODEL_PROVIDER: z.enum(['bedrock', 'openai', 'local']).default('local'),
  CHAT_MODEL_ID: z.string().min(1).default('local'),
  /** Where Bedrock is called from when a profile asks for it locally (with your AWS credentials). */
  AWS_REGION: z.string().min(1).default('us-east-1'),
  /** Pause per streamed token of the local model, so streaming looks like streaming. */
  LOCAL_MODEL_TOKEN_DELAY_MS: z.coerce.number().int().min(0).max(1_000).default(20),
  // A laptop's MCP servers are on localhost.
  TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS: flag.default(true),
  // A laptop's webhook receivers are on localhost, over http.
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: flag.default(true),
  WEBHOOKS_REQUIRE_HTTPS: flag.default(false),
  // On a laptop the first person to sign up is the one who started it: make them the admin.
  FIRST_USER_ADMIN: flag.default(true),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CHATTER_DATA_DIR: z.string().min(1).default('.data'),
  CORS_ORIGINS: list.default(['http://localhost:3000', 'http://127.0.0.1:3000']),
  LOG_LEVEL: logLevel.default('INFO'),
})

export type HttpConfig = z.output<typeof httpEnvSchema>
export type LambdaConfig = z.output<typeof lambdaEnvSchema>
export type LocalConfig = z.output<typeof localEnvSchema>

/**
 * Parses `env` with `schema`, or throws a ConfigError naming every missing or invalid variable.
 * @example const config = loadConfig(lambdaEnvSchema, process.env)
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.output<S> {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const parsed = schema.safeParse(present)
  if (parsed.success) return parsed.data
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      // The variable is the first path segment; deeper ones are inside a JSON value.
      const [variable = '', ...inner] = issue.path.map(String)
      const where = inner.length > 0 ? ` (at ${inner.join('.')})` : ''
      if (present[variable] !== undefined) return `${variable} is invalid${where}: ${issue.message}`
      return issue.code === 'custom'
        ? `${variable}: ${issue.message}`
        : `${variable} is required but not set`
    }),
  )
}
