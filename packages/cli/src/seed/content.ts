import type { Schemas } from '@chatter/sdk'

/**
 * What `npm run seed` puts in the Demo workspace. Everything is found again by name (documents
 * by filename, the conversation by title), so changing a name here makes the next run create
 * the renamed thing beside the old one.
 */

/** The demo account: a fixed password, fine for a laptop and never for a shared server. */
export const demoAccount = {
  email: 'demo@chatter.local',
  password: 'chatter-demo-password',
  name: 'Demo User',
}

export const demoWorkspaceName = 'Demo'

/** The tag of every seeded document, and the agent's knowledge filter. */
export const demoTag = 'demo'

// The local runtime answers provider `local` with any model id; `local` is what `npm start` uses.
const localModel = { provider: 'local', modelId: 'local' } as const

/** The first one is made the workspace default. */
export const demoProfiles: Schemas['NewProfile'][] = [
  {
    name: 'Local assistant',
    ...localModel,
    temperature: 0.5,
    systemPrompt:
      'You are the Chatter demo assistant. Answer from the workspace documents and cite them.',
    retrieval: { enabled: true, topK: 4 },
  },
  {
    name: 'Concise',
    ...localModel,
    temperature: 0.2,
    maxTokens: 300,
    systemPrompt: 'Answer in at most three sentences. No preamble.',
  },
  {
    name: 'Creative',
    ...localModel,
    temperature: 1,
    topP: 0.95,
    systemPrompt: 'Offer a few different ideas, then recommend one and say why.',
  },
]

export const demoPrompts: Schemas['NewPrompt'][] = [
  {
    name: 'Summarize',
    description: 'A short summary of any text',
    category: 'Writing',
    tags: [demoTag],
    template: 'Summarize the following text in {{ sentences }} sentences:\n\n{{ text }}',
    variables: [
      { name: 'text', description: 'The text to summarize' },
      { name: 'sentences', type: 'number', default: 3 },
    ],
  },
  {
    name: "Explain like I'm new",
    description: 'An explanation for someone meeting the topic for the first time',
    category: 'Learning',
    tags: [demoTag],
    template:
      'Explain {{ topic }} to someone who is new to it. Start with one plain sentence, then ' +
      'give an everyday example, then name the {{ terms }} terms worth learning next.',
    variables: [
      { name: 'topic', description: 'What to explain' },
      { name: 'terms', type: 'number', default: 3 },
    ],
  },
  {
    name: 'Email reply',
    description: 'A reply to an email, in a chosen tone',
    category: 'Writing',
    tags: [demoTag],
    template:
      'Write a {{ tone }} reply to this email. Keep it under 150 words and end with a clear ' +
      'next step.\n\nEmail:\n{{ email }}',
    variables: [
      { name: 'email', description: 'The email to answer' },
      { name: 'tone', default: 'friendly' },
    ],
  },
]

/** `profileName` is one of `demoProfiles`, resolved to its id when the agent is created. */
export const demoAgent = {
  name: 'Chatter guide',
  description:
    'Answers questions about Chatter itself: getting started, workspaces, retrieval, API keys and the local stack.',
  systemPrompt: 'You are a guide to Chatter. Answer from the demo documents and cite them.',
  profileName: 'Local assistant',
  knowledge: { enabled: true, tags: [demoTag], topK: 4 },
}

/** Files beside this module, in `documents/`. */
export const demoDocuments = [
  { filename: 'getting-started.md', contentType: 'text/markdown' },
  { filename: 'how-retrieval-works.md', contentType: 'text/markdown' },
  { filename: 'api-keys.txt', contentType: 'text/plain' },
  { filename: 'local-stack.html', contentType: 'text/html' },
] as const

/** A conversation with the agent, answered once, so the product shows something at once. */
export const demoConversation = {
  title: 'Welcome to Chatter',
  question: 'How does hybrid search find passages in the lexical and vector indexes?',
}
