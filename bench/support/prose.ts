// Deterministic, readable-looking English for the bench's documents and chunks: a seeded PRNG
// over a fixed vocabulary with a Zipf-like spread, so lexical search sees common and rare words.

const vocabulary = (
  'the of and to in is that for it as with was on be by this are from or have an they which ' +
  'one you were all we when there can more use each she do how their if will up other about out ' +
  'many then them these so some her would make like him into time has look two write go see ' +
  'number way could people my than first water been call who oil its now find long down day did ' +
  'get come made may part policy refund invoice customer account payment shipping warehouse ' +
  'contract renewal quarterly revenue forecast budget audit compliance security incident backup ' +
  'network latency throughput deployment rollback release migration schema index partition ' +
  'replica cluster tenant workspace document upload ingestion embedding vector lexical hybrid ' +
  'ranking fusion recall precision latency percentile benchmark baseline regression capacity ' +
  'quota throttling retry backoff timeout webhook signature encryption rotation credential ' +
  'onboarding training handbook procedure approval escalation severity priority milestone ' +
  'roadmap stakeholder vendor procurement license subscription pricing discount margin ' +
  'inventory logistics freight customs tariff carrier manifest pallet container route ' +
  'telemetry dashboard alert threshold anomaly outage postmortem remediation mitigation'
).split(' ')

/** A small, fast, seeded PRNG (mulberry32): the same seed, the same text on every machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

// Real text has tens of thousands of distinct words, most of them rare: 20,000 made-up words
// (three or four syllables) take a third of the word slots, so a content word is in a few
// percent of the chunks while "the" is in all of them, as in English.
const syllables = 'ka lo mi re tu sa ne po vi da ge ri ho ba fe lu zo ti ma che'.split(' ')
const rareWords = (() => {
  const random = seeded(2024)
  const words = new Set<string>()
  while (words.size < 20_000) {
    const length = 3 + Math.floor(random() * 2)
    words.add(Array.from({ length }, () => syllables[Math.floor(random() * 20)]).join(''))
  }
  return [...words]
})()

/** A word: common ones far likelier than the rest (rank ~ random^2), rare ones Zipf-like. */
export const wordOf = (random: () => number) =>
  random() < 1 / 3
    ? (rareWords[Math.floor(random() ** 3 * rareWords.length)] as string)
    : (vocabulary[Math.floor(random() ** 2 * vocabulary.length)] as string)

/** A sentence of 8-20 words, capitalised, ending with a full stop. */
export function sentence(random: () => number): string {
  const words = Array.from({ length: 8 + Math.floor(random() * 13) }, () => wordOf(random))
  const text = words.join(' ')
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`
}

/** Paragraphs of 3-7 sentences until about `chars` characters are written. */
export function paragraphs(random: () => number, chars: number): string[] {
  const all: string[] = []
  let written = 0
  while (written < chars) {
    const count = 3 + Math.floor(random() * 5)
    const paragraph = Array.from({ length: count }, () => sentence(random)).join(' ')
    all.push(paragraph)
    written += paragraph.length + 1
  }
  return all
}
