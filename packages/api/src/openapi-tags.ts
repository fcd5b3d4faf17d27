/** The document's tags, in the order the docs list them, each saying what its routes are for. */
export const openApiTags = [
  { name: 'Health', description: 'Liveness and readiness probes; public.' },
  {
    name: 'Account',
    description: 'Sign up, sign in, token refresh, sign out; the caller and their account.',
  },
  {
    name: 'Workspaces',
    description: 'Workspaces and their members. Pick one per request with `X-Workspace-Id`.',
  },
  {
    name: 'Invitations',
    description: 'Invitations to join a workspace, as the invited user sees them.',
  },
  {
    name: 'Retention',
    description: 'How long a workspace keeps conversations, and purging what is older.',
  },
  {
    name: 'API keys',
    description: 'Keys for scripts and servers (`chk_...`); the secret is shown once.',
  },
  { name: 'Audit log', description: "The workspace's audit events (admins)." },
  { name: 'Conversations', description: 'Conversations, their message trees, branches and forks.' },
  {
    name: 'Messages',
    description: 'Posting a message and getting the answer, as JSON or streamed as SSE.',
  },
  { name: 'Profiles', description: 'Model profiles: which model answers, with what settings.' },
  { name: 'Prompts', description: 'Versioned prompt templates with typed variables.' },
  {
    name: 'Agents',
    description: 'Agents: a prompt, a profile, tools and knowledge under one name.',
  },
  {
    name: 'Documents',
    description: 'Uploads (presigned), ingestion progress, tags and bulk jobs.',
  },
  { name: 'Search', description: 'Hybrid, vector or lexical search over the workspace documents.' },
  { name: 'Tool servers', description: 'MCP tool servers, their tools and tool calls.' },
  {
    name: 'Workflows',
    description: 'Workflow definitions (nodes and edges), templates and versions.',
  },
  { name: 'Workflow executions', description: 'Runs of workflows: status, approvals, cancelling.' },
  { name: 'Webhooks', description: 'Signed event deliveries to your endpoints, with retries.' },
  { name: 'Experiments', description: 'A/B experiments over profiles and prompts.' },
  { name: 'Analytics', description: 'Usage and cost by workspace, user and model.' },
  { name: 'Reports', description: 'Scheduled usage reports and their runs.' },
  { name: 'Exports', description: 'Conversation exports and imports.' },
  {
    name: 'OpenAI compatible',
    description:
      'OpenAI-format chat completions, models and embeddings, so OpenAI clients work unchanged.',
  },
  { name: 'Admin', description: 'Platform administration (platform admins only).' },
]
