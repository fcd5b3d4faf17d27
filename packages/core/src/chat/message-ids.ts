import { defaultConversationTitle } from '../conversations/conversation-rules'
import { sortableId } from '../ids'
import { hasHiddenCharacters } from '../workspaces/display-name'

let last = 0

/**
 * A message id that sorts after every one this process made before, even within a millisecond
 * or under a fixed test clock: a user message and its answer are made back to back, and the
 * stores list a conversation's messages (and a message's branches) by id.
 */
export function newMessageId(now: Date): string {
  last = Math.max(now.getTime(), last + 1)
  return `msg_${sortableId(new Date(last))}`
}

export const titleLength = 80

/** Whether a title is still the one a new conversation gets, and so may be replaced. */
export const isDefaultTitle = (title: string): boolean =>
  title.trim() === '' || title === defaultConversationTitle

// Control characters become spaces; invisible formatting ones (bidi overrides, zero-width
// spaces) and lone surrogates go, except the joiner inside emoji sequences.
const control = /\p{Cc}/gu
const invisible = /(?!\u200d)[\p{Cf}\p{Cs}]/gu

/**
 * A title from a first message, one the title rules accept: NFC, whitespace runs collapsed to
 * one space, hidden characters dropped, at most 80 characters (cut with an ellipsis, never
 * inside a surrogate pair). Empty when nothing visible is left.
 * @example titleFrom('  How do\n I bake  bread? ') // 'How do I bake bread?'
 */
export function titleFrom(content: string): string {
  let clean = content.normalize('NFC').replace(control, ' ').replace(invisible, '')
  if (hasHiddenCharacters(clean)) clean = clean.replaceAll('\u200d', '')
  clean = clean.replace(/\s+/g, ' ').trim()
  const chars = [...clean]
  if (chars.length <= titleLength) return clean
  return `${chars
    .slice(0, titleLength - 1)
    .join('')
    .trimEnd()}…`
}
