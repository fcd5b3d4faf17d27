import type { ChatPorts } from './chat-ports'
import type { ResolvedModel } from './resolve-model'

/** What a user's preferences change in their answers (P1: `/v1/me/preferences`). */
export interface TurnPreferences {
  /** At most this many earlier messages go to the model, with no memory summary. */
  memoryWindow?: number
  /** False: the model is offered no tools, whatever the message or agent asks. */
  toolsEnabled: boolean
  /** A BCP 47 tag: the system prompt asks for answers in it (`languageInstruction`). */
  language?: string
}

/** The line added to the system prompt for a user's language. */
export const languageInstruction = (language: string) => `Answer in ${language}.`

/** The preferences of the user a turn answers; the defaults without the preference store. */
export async function turnPreferencesOf(
  ports: Pick<ChatPorts, 'preferences'>,
  userId: string,
): Promise<TurnPreferences> {
  const saved = ports.preferences ? await ports.preferences.get(userId) : undefined
  return {
    toolsEnabled: saved?.toolsEnabled ?? true,
    ...(saved?.memoryWindow === undefined ? {} : { memoryWindow: saved.memoryWindow }),
    ...(saved?.language === undefined ? {} : { language: saved.language }),
  }
}

/** The resolved model with the language line after its system prompt (unchanged without one). */
export function withLanguage(resolved: ResolvedModel, language?: string): ResolvedModel {
  if (!language) return resolved
  const line = languageInstruction(language)
  return {
    ...resolved,
    systemPrompt: resolved.systemPrompt ? `${resolved.systemPrompt}\n\n${line}` : line,
  }
}
