import type { ContextPassage } from '@chatter/core'

/** A stretch of the answer; a part with `cites` is a citation marker for that passage. */
export interface AnswerPart {
  text: string
  cites?: ContextPassage
}

const STOPWORDS = new Set(
  (
    'the and for are but not you your with this that from have has had was were what when where ' +
    'which who why how does did can could would should about into over than then them they ' +
    'there their these those its our out any all some also just only very will shall may might ' +
    'tell me please is it of to in on at by as an be or if so do a i'
  ).split(' '),
)

/** Content words, lower-cased, with a plural `s` dropped so "passages" meets "passage". */
function terms(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return new Set(
    words
      .filter((word) => !STOPWORDS.has(word) && (word.length > 2 || /\d/.test(word)))
      .map((word) => (word.length > 4 && /[^s]s$/.test(word) ? word.slice(0, -1) : word)),
  )
}

const shorten = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`

/** The question as the answer quotes it: one line, at most 200 characters. */
export const quoted = (text: string) => shorten(text.replace(/\s+/g, ' ').trim(), 200)

interface Candidate {
  sentence: string
  passage: ContextPassage
  overlap: number
  order: number
}

/**
 * Answers from the passages alone: the sentences sharing most content words with the question
 * (at most three, condensed to 280 characters each), quoted, each followed by a `[n]` marker
 * of its passage. When no sentence shares a word, it says so and quotes the top passage.
 */
export function answerFromPassages(question: string, passages: ContextPassage[]): AnswerPart[] {
  const wanted = terms(question)
  const candidates: Candidate[] = []
  for (const passage of passages) {
    const sentences = passage.text
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.!?])\s+/)
    for (const sentence of sentences.filter(Boolean)) {
      const found = [...terms(sentence)].filter((term) => wanted.has(term)).length
      candidates.push({ sentence, passage, overlap: found, order: candidates.length })
    }
  }
  if (candidates.length === 0) return [{ text: answerWithoutModel(question) }]
  const relevant = candidates
    .filter((candidate) => candidate.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.order - b.order)
    .slice(0, 3)
  const chosen = relevant.length > 0 ? relevant : candidates.slice(0, 1)
  const parts: AnswerPart[] = [
    {
      text:
        relevant.length > 0
          ? '[local model] According to the sources:'
          : '[local model] The sources do not mention that directly. The closest passage says:',
    },
  ]
  const numbers = new Map<string, number>()
  for (const { sentence, passage } of chosen) {
    const number = numbers.get(passage.id) ?? numbers.size + 1
    numbers.set(passage.id, number)
    parts.push({ text: ` "${shorten(sentence, 280)}"` }, { text: ` [${number}]`, cites: passage })
  }
  return parts
}

/** What the local model says when it has nothing to quote: what it is, and how to get more. */
export function answerWithoutModel(question: string): string {
  const asked = question.trim()
    ? `You asked: "${quoted(question)}".`
    : 'You have not asked anything yet.'
  return (
    `[local model] ${asked} I am Chatter's built-in local model: no real language model is ` +
    'attached, so I cannot answer that myself, and I answer only by quoting documents that ' +
    'match your question. To get real answers, connect a model: Amazon Bedrock when Chatter ' +
    'runs in AWS, or an OpenAI-compatible endpoint such as Ollama, vLLM or LM Studio on this ' +
    'machine.'
  )
}
