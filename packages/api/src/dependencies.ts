import type { Logger } from '@aws-lambda-powertools/logger'
import type {
  AccessTokenSigner,
  AccountDeletionMachine,
  AgentRepository,
  ApiKeyRepository,
  AuditLog,
  ChatModelResolver,
  ConversationRepository,
  DependencyProbe,
  ExperimentRepository,
  ExportJobRepository,
  HttpConfig,
  ImportJobRepository,
  InvitationRepository,
  KnowledgeServices,
  MessageRepository,
  ModelProvider,
  PasswordHasher,
  PlatformEvents,
  PreferenceRepository,
  ProfileRepository,
  PromptRepository,
  RateLimitPolicies,
  RateLimitStore,
  RefreshTokenStore,
  ReportMailer,
  ReportRepository,
  RetentionStore,
  ToolServices,
  UsageCounters,
  UserRepository,
  WebhookServices,
  WorkflowRepository,
  WorkflowRunServices,
  WorkspaceRepository,
} from '@chatter/core'

/** Settings of accounts and sessions, from config. */
export interface IdentitySettings {
  accessTokenTtlSeconds: number
  refreshTokenTtlDays: number
  /** Make the platform's first user a platform administrator. */
  firstUserAdmin: boolean
}

/** How answers are produced in this runtime. */
export interface ChatSettings {
  models: ChatModelResolver
  /** Used when a conversation has no profile and its workspace has no default profile. */
  defaultModel: { provider: ModelProvider; modelId: string }
  /** Prices per model id (USD per million tokens), merged over the built-in table. */
  prices?: Record<string, { inputPerMillion: number; outputPerMillion: number }>
}

/** What the HTTP app needs; each composition root (Lambda, local) builds this once. */
export interface AppDependencies {
  config: HttpConfig
  logger: Logger
  probes: readonly DependencyProbe[]
  identity: IdentitySettings
  users: UserRepository
  workspaces: WorkspaceRepository
  invitations: InvitationRepository
  refreshTokens: RefreshTokenStore
  apiKeys: ApiKeyRepository
  profiles: ProfileRepository
  /** Each user's preferences (`/v1/me/preferences`), with their last versions; chat applies them. */
  preferences: PreferenceRepository
  /** Prompt templates with their versions and use counts. */
  prompts: PromptRepository
  /** Named assistants: a prompt, a profile, tools and a knowledge scope, with their metrics. */
  agents: AgentRepository
  /** User-defined workflow definitions with their versions. */
  workflows: WorkflowRepository
  /** A/B tests with their sticky assignments and per-variant counters. */
  experiments: ExperimentRepository
  /** Workflow executions and triggers, and where their state machines run (Step Functions). */
  workflowRuns: WorkflowRunServices
  conversations: ConversationRepository
  messages: MessageRepository
  /** Data exports of members, built in the background into archives in S3. */
  exportJobs: ExportJobRepository
  /** Imports of uploaded export files, run in the background from `imports/` in S3. */
  importJobs: ImportJobRepository
  chat: ChatSettings
  /** Documents, their bytes, vectors, lexical index, embedder, jobs and search history. */
  knowledge: KnowledgeServices
  /** Tool servers (MCP), their encrypted credentials, the tool catalog and the call log. */
  tools: ToolServices
  /** Webhook endpoints (secrets under `tools.cipher`), their deliveries and the webhook queue. */
  webhooks: WebhookServices
  audit: AuditLog
  /** Retention policies and the purge's queries (the daily job and `.../retention/run`). */
  retention: RetentionStore
  /** The account-deletion state machine `DELETE /v1/me` starts. */
  accountDeletion: AccountDeletionMachine
  /**
   * What happened, for the platform's subscribers (usage counters, webhooks, experiments): each
   * runtime fans events out with `fanOutEvents`; tests record them.
   */
  events: PlatformEvents
  /** Usage counters by workspace (and the platform) and day, that `/v1/analytics` reads. */
  usage: UsageCounters
  /** Scheduled reports, their runs (files under `reports/` in `knowledge.blobs`) and schedule. */
  reports: ReportRepository
  /** Mails report runs to their recipients (SES in AWS); absent: emails are recorded skipped. */
  reportMailer?: ReportMailer
  rateLimits: RateLimitStore
  passwords: PasswordHasher
  tokens: AccessTokenSigner
  /** Injectable for tests of expiry and rate limits. */
  clock?: () => Date
  /** Overrides of the default rate limits (`defaultRateLimitPolicies`), policy by policy. */
  rateLimitPolicies?: Partial<RateLimitPolicies>
}
