import { describe, expect, it } from 'vitest'
import { searchWorld } from '../../search/search-fixture'
import { builtinTools } from '.'

const signal = new AbortController().signal
const clock = () => new Date('2026-03-01T12:30:00Z')

function toolNamed(name: string, tools: ReturnType<ReturnType<typeof builtinTools>>) {
  const tool = tools.find((t) => t.name === name)
  if (!tool) throw new Error(`no ${name}`)
  return tool
}

describe('builtinTools', () => {
  it('offers search_documents only when the workspace knowledge is given', async () => {
    const without = builtinTools({ clock })('ws_1').map((t) => t.name)
    expect(without).toEqual(['calculator', 'current_time'])
    const { knowledge } = await searchWorld()
    const withKnowledge = builtinTools({ knowledge, clock })('ws_1')
    expect(withKnowledge.map((t) => t.name)).toEqual([
      'calculator',
      'current_time',
      'search_documents',
    ])
    for (const tool of withKnowledge) {
      expect(tool.description.length).toBeGreaterThan(20)
      expect(tool.inputSchema).toMatchObject({ type: 'object' })
      expect(tool.source).toEqual({ type: 'builtin' })
    }
  })
})

describe('calculator', () => {
  const calculator = toolNamed('calculator', builtinTools({ clock })('ws_1'))

  it('evaluates arithmetic and math functions', async () => {
    expect(await calculator.call({ expression: '2 * (3 + 4)^2 + sqrt(16)' }, signal)).toEqual({
      content: '102',
      isError: false,
    })
    expect(await calculator.call({ expression: 'round(PI * 100) / 100' }, signal)).toEqual({
      content: '3.14',
      isError: false,
    })
  })

  it('reports what is wrong with an expression as a tool error', async () => {
    const unfinished = await calculator.call({ expression: '2 +' }, signal)
    expect(unfinished.isError).toBe(true)
    expect(unfinished.content).toContain('Cannot evaluate "2 +"')
    expect(await calculator.call({ expression: 'x + 1' }, signal)).toEqual({
      content: 'Cannot evaluate "x + 1": Unknown name: x.',
      isError: true,
    })
    expect((await calculator.call({ expression: '1 / 0' }, signal)).content).toContain(
      'not a finite number',
    )
    expect((await calculator.call({}, signal)).isError).toBe(true)
  })

  it('refuses anything but numbers: strings, assignments, function definitions, randomness', async () => {
    for (const expression of [
      '"abc"',
      'x = 2',
      'f(x) = x',
      'random(1)',
      '[1, 2]',
      'join(",", [1])',
    ])
      expect((await calculator.call({ expression }, signal)).isError, expression).toBe(true)
  })
})

describe('current_time', () => {
  const currentTime = toolNamed('current_time', builtinTools({ clock })('ws_1'))

  it('gives the ISO time and the time in the asked zone', async () => {
    const result = await currentTime.call({ timeZone: 'Asia/Tokyo' }, signal)
    expect(result.isError).toBe(false)
    expect(result.content).toContain('2026-03-01T12:30:00.000Z')
    expect(result.content).toContain('2026-03-01 21:30:00 (Asia/Tokyo, GMT+9)')
  })

  it('uses UTC without a zone and refuses an unknown zone', async () => {
    expect((await currentTime.call({}, signal)).content).toContain('12:30:00 (UTC')
    const bad = await currentTime.call({ timeZone: 'Mars/Olympus' }, signal)
    expect(bad).toEqual({
      content: 'Unknown time zone "Mars/Olympus": give an IANA name such as "Europe/Paris".',
      isError: true,
    })
  })
})

describe('search_documents', () => {
  it("returns the best passages of the workspace's documents with file and page", async () => {
    const world = await searchWorld()
    await world.add({
      filename: 'handbook.pdf',
      chunks: ['Holidays: every employee has 27 days of paid leave.', 'Parking is free.'],
    })
    const search = toolNamed(
      'search_documents',
      builtinTools({ knowledge: world.knowledge, clock })(world.workspace.id),
    )
    const result = await search.call({ query: 'paid leave days', topK: 1 }, signal)
    expect(result.isError).toBe(false)
    expect(result.content).toBe(
      '[1] handbook.pdf, page 1\nHolidays: every employee has 27 days of paid leave.',
    )
  })

  it('searches only its own workspace and says when nothing matches', async () => {
    const world = await searchWorld()
    await world.add({ filename: 'other.txt', chunks: ['Secret roadmap'] }, 'ws_other')
    const search = toolNamed(
      'search_documents',
      builtinTools({ knowledge: world.knowledge, clock })(world.workspace.id),
    )
    expect(await search.call({ query: 'roadmap' }, signal)).toEqual({
      content: 'No passage matches "roadmap".',
      isError: false,
    })
    expect((await search.call({ query: '' }, signal)).isError).toBe(true)
  })
})
