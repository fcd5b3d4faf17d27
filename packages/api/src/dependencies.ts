import type { Logger } from '@aws-lambda-powertools/logger'
import type {
  AccessTokenSigner,
  AgentRepository,
  ApiKeyRepository,
  AuditLog,
  ChatModelResolver,
  ConversationRepository,
  DependencyProbe,
  HttpConfig,
  InvitationRepository,
  KnowledgeServices,
  MessageRepository,
  ModelProvider,
  PasswordHasher,
  PlatformEvents,
  ProfileRepository,
  PromptRepository,
  RateLimitPolicies,
  RateLimitStore,
  RefreshTokenStore,
  ToolServices,
  UserRepository,
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
  /** Prompt templates with their versions and use counts. */
  prompts: PromptRepository
  /** Named assistants: a prompt, a profile, tools and a knowledge scope, with their metrics. */
  agents: AgentRepository
  /** User-defined workflow definitions with their versions. */
  workflows: WorkflowRepository
  /** Workflow executions and triggers, and where their state machines run (Step Functions). */
  workflowRuns: WorkflowRunServices
  conversations: ConversationRepository
  messages: MessageRepository
  chat: ChatSettings
  /** Documents, their bytes, vectors, lexical index, embedder, jobs and search history. */
  knowledge: KnowledgeServices
  /** Tool servers (MCP), their encrypted credentials, the tool catalog and the call log. */
  tools: ToolServices
  audit: AuditLog
  /**
   * What happened, for the platform's subscribers (usage counters, webhooks, experiments): each
   * runtime fans events out with `fanOutEvents`; tests record them.
   */
  events: PlatformEvents
  rateLimits: RateLimitStore
  passwords: PasswordHasher
  tokens: AccessTokenSigner
  /** Injectable for tests of expiry and rate limits. */
  clock?: () => Date
  /** Overrides of the default rate limits (`defaultRateLimitPolicies`), policy by policy. */
  rateLimitPolicies?: Partial<RateLimitPolicies>
}
