import type { WorkflowTemplate } from './definition'

const summarizeDocument: WorkflowTemplate = {
  id: 'summarize-document',
  name: 'Summarize a document',
  description: 'Retrieves the main passages of one document and writes a cited summary.',
  inputSchema: {
    type: 'object',
    properties: {
      documentId: { type: 'string', description: 'The document to summarize.' },
      focus: { type: 'string', description: 'What the summary should concentrate on.' },
    },
    required: ['documentId'],
  },
  nodes: [
    {
      id: 'passages',
      type: 'retrieval',
      config: {
        query: 'main points, conclusions and key facts {{ $.input.focus }}',
        topK: 20,
        documentIdsFrom: '$.input.documentId',
      },
      retry: { maxAttempts: 2, intervalSeconds: 2, backoffRate: 2 },
    },
    {
      id: 'summary',
      type: 'llm',
      config: {
        prompt:
          'Summarize the document from these passages in a few short paragraphs, citing them.\n\n{{ $.nodes.passages.text }}',
        output: 'text',
        format: 'text',
      },
      retry: { maxAttempts: 2, intervalSeconds: 2, backoffRate: 2 },
      timeoutSeconds: 300,
    },
  ],
  edges: [{ from: 'passages', to: 'summary' }],
}

const answerWithReview: WorkflowTemplate = {
  id: 'answer-with-retrieval-then-self-review',
  name: 'Answer with retrieval, then self-review',
  description:
    'Answers a question from the knowledge base, has the model review its own draft against the sources, and revises it when the review finds a problem.',
  inputSchema: {
    type: 'object',
    properties: { question: { type: 'string', minLength: 1 } },
    required: ['question'],
  },
  nodes: [
    { id: 'sources', type: 'retrieval', config: { query: '{{ $.input.question }}', topK: 8 } },
    {
      id: 'draft',
      type: 'llm',
      config: {
        prompt:
          'Answer the question using only these sources, citing them.\n\nQuestion: {{ $.input.question }}\n\nSources:\n{{ $.nodes.sources.text }}',
        output: 'text',
        format: 'text',
      },
    },
    {
      id: 'review',
      type: 'llm',
      config: {
        prompt:
          'Review this answer against the sources. Reply with JSON {"verdict": "ok" | "revise", "feedback": string}.\n\nQuestion: {{ $.input.question }}\n\nAnswer: {{ $.nodes.draft.text }}\n\nSources:\n{{ $.nodes.sources.text }}',
        output: 'review',
        format: 'json',
      },
    },
    {
      id: 'verdict',
      type: 'condition',
      config: {
        rules: [
          { path: '$.nodes.review.review.verdict', op: 'eq', value: 'revise', next: 'revise' },
        ],
        default: 'approved',
      },
    },
    {
      id: 'revise',
      type: 'llm',
      config: {
        prompt:
          'Rewrite the answer to address the review, using only the sources.\n\nAnswer: {{ $.nodes.draft.text }}\n\nReview: {{ $.nodes.review.review.feedback }}\n\nSources:\n{{ $.nodes.sources.text }}',
        output: 'answer',
        format: 'text',
      },
    },
    { id: 'approved', type: 'transform', config: { set: { answer: '$.nodes.draft.text' } } },
  ],
  edges: [
    { from: 'sources', to: 'draft' },
    { from: 'draft', to: 'review' },
    { from: 'review', to: 'verdict' },
  ],
}

const triageAndRoute: WorkflowTemplate = {
  id: 'triage-and-route-to-agent',
  name: 'Triage and route to an agent',
  description:
    'Classifies an incoming message as billing, technical or other and hands it to the agent for that category.',
  inputSchema: {
    type: 'object',
    properties: {
      message: { type: 'string', minLength: 1 },
      agents: {
        type: 'object',
        description: 'The agent id for each category.',
        properties: {
          billing: { type: 'string' },
          technical: { type: 'string' },
          general: { type: 'string' },
        },
        required: ['billing', 'technical', 'general'],
      },
    },
    required: ['message', 'agents'],
  },
  nodes: [
    {
      id: 'triage',
      type: 'llm',
      config: {
        prompt:
          'Classify this message. Reply with JSON {"category": "billing" | "technical" | "other"}.\n\n{{ $.input.message }}',
        output: 'triage',
        format: 'json',
      },
      retry: { maxAttempts: 2, intervalSeconds: 1, backoffRate: 2 },
    },
    {
      id: 'route',
      type: 'condition',
      config: {
        rules: [
          { path: '$.nodes.triage.triage.category', op: 'eq', value: 'billing', next: 'billing' },
          {
            path: '$.nodes.triage.triage.category',
            op: 'eq',
            value: 'technical',
            next: 'technical',
          },
        ],
        default: 'general',
      },
    },
    {
      id: 'billing',
      type: 'agent',
      config: { agentId: '$.input.agents.billing', message: '{{ $.input.message }}' },
    },
    {
      id: 'technical',
      type: 'agent',
      config: { agentId: '$.input.agents.technical', message: '{{ $.input.message }}' },
    },
    {
      id: 'general',
      type: 'agent',
      config: { agentId: '$.input.agents.general', message: '{{ $.input.message }}' },
    },
  ],
  edges: [{ from: 'triage', to: 'route' }],
}

const dailyDigest: WorkflowTemplate = {
  id: 'daily-digest',
  name: 'Daily digest',
  description:
    'For each topic, finds what the knowledge base says and writes a brief, alongside the latest additions; then composes one digest.',
  inputSchema: {
    type: 'object',
    properties: {
      topics: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 10 },
    },
    required: ['topics'],
  },
  nodes: [
    { id: 'gather', type: 'parallel', config: { branches: ['per_topic', 'latest'] } },
    {
      id: 'per_topic',
      type: 'map',
      config: { itemsPath: '$.input.topics', iterator: 'topic_sources', maxConcurrency: 3 },
    },
    { id: 'topic_sources', type: 'retrieval', config: { query: '{{ $.item }}', topK: 5 } },
    {
      id: 'topic_brief',
      type: 'llm',
      config: {
        prompt:
          'Write a three-sentence brief on {{ $.item }} from these passages:\n{{ $.nodes.topic_sources.text }}',
        output: 'text',
        format: 'text',
      },
      retry: { maxAttempts: 2, intervalSeconds: 2, backoffRate: 2 },
    },
    {
      id: 'latest',
      type: 'retrieval',
      config: { query: 'latest updates, announcements and changes', topK: 10 },
    },
    {
      id: 'digest',
      type: 'llm',
      config: {
        prompt:
          'Compose a daily digest with one section per topic and a short "new this week" section.\n\nBriefs: {{ $.nodes.gather[0].per_topic }}\n\nLatest: {{ $.nodes.gather[1].latest.text }}',
        output: 'text',
        format: 'text',
      },
      timeoutSeconds: 300,
    },
  ],
  edges: [
    { from: 'topic_sources', to: 'topic_brief' },
    { from: 'gather', to: 'digest' },
  ],
}

/** The built-in workflows, runnable directly (`POST /v1/workflows/templates/{id}/executions`). */
export const workflowTemplates: readonly WorkflowTemplate[] = [
  summarizeDocument,
  answerWithReview,
  triageAndRoute,
  dailyDigest,
]

export const findWorkflowTemplate = (id: string): WorkflowTemplate | undefined =>
  workflowTemplates.find((template) => template.id === id)
