import { DomainError } from '../errors'

/** The longest workspace or API key name, in characters (code points, so emoji count once). */
export const maxNameLength = 100

// A zero-width joiner is legitimate inside emoji sequences (👩‍💻), so it is allowed between two
// pictographs (each optionally with a skin tone or the emoji presentation selector).
const emojiJoiner =
  /(?<=\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D(?=\p{Extended_Pictographic})/gu

// Control characters, lone surrogates, and invisible format characters: bidi overrides and
// isolates (which make "exe.txt" read as "txt.exe"), zero-width spaces, soft hyphens, BOMs and
// the tag characters used to smuggle hidden text.
// Names are shown to other people, so nothing in one may hide or reorder what they read.
const forbidden = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u

/**
 * Why `raw` is not an acceptable display name, or undefined when it is. Names are trimmed and
 * NFC-normalised first (see `cleanDisplayName`).
 */
export function displayNameProblem(raw: string): string | undefined {
  const name = cleanDisplayName(raw)
  if (name.length === 0) return 'Give a name of at least one visible character.'
  if ([...name].length > maxNameLength) return `Keep the name to ${maxNameLength} characters.`
  if (hasHiddenCharacters(name))
    return 'The name contains control or invisible formatting characters (such as bidi overrides or zero-width spaces).'
  return undefined
}

/**
 * Whether text shown to people holds control, invisible formatting or bidi characters (a zero
 * width joiner inside an emoji sequence is fine). Shared by names and conversation titles.
 */
export const hasHiddenCharacters = (text: string): boolean =>
  forbidden.test(text.replace(emojiJoiner, ''))

/** The stored form of a display name: NFC, without surrounding whitespace. */
export const cleanDisplayName = (raw: string): string => raw.normalize('NFC').trim()

/** The 422 for a bad display name, listing the field so clients can show it beside the input. */
export const invalidDisplayName = (message: string, path = 'name') =>
  new DomainError('request.invalid', message, { errors: [{ path, message }] })
