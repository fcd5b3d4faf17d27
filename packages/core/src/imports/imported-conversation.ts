/** The sources an import reads: ChatGPT's and Claude's data exports, and Chatter's own. */
export const importSources = ['chatgpt', 'claude', 'chatter'] as const
export type ImportSource = (typeof importSources)[number]

/** A message as read from an export, before it gets an id here. */
export interface ImportedMessage {
  /** Its id in the source, to link children to it. */
  key: string
  /** The source id of the message it answers or follows; null for a first message. */
  parentKey: string | null
  role: 'user' | 'assistant'
  content: string
  /** ISO 8601, when the source has it. */
  createdAt?: string
}

/** A conversation as read from an export: a tree of messages (branches kept). */
export interface ImportedConversation {
  title: string
  createdAt?: string
  updatedAt?: string
  /** Parents before their children. */
  messages: ImportedMessage[]
  /** The source key of the branch shown last (its leaf). */
  activeLeafKey?: string
}

export interface SkippedConversation {
  title: string
  reason: string
}

/** What a parser made of an export: the conversations to store and those it could not read. */
export interface ParsedImport {
  conversations: ImportedConversation[]
  skipped: SkippedConversation[]
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** An ISO time from epoch seconds (ChatGPT) or a date string (Claude, Chatter); else undefined. */
export function isoTime(value: unknown): string | undefined {
  const date =
    typeof value === 'number'
      ? new Date(value * 1000)
      : typeof value === 'string'
        ? new Date(value)
        : undefined
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined
}

/** The title given, or a readable stand-in. */
export const titleOf = (value: unknown, index: number) =>
  typeof value === 'string' && value.trim() !== '' ? value : `Conversation ${index + 1}`

/** `{ [key]: value }`, or nothing when the value is missing (exact optional properties). */
export const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>
