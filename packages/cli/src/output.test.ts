import { describe, expect, it } from 'vitest'
import { formatBytes, formatTime, renderTable, snippet, snippetAround } from './output'

describe('renderTable', () => {
  it('draws a compact plain table: no colour codes, a rule under the head only', () => {
    const table = renderTable(
      ['id', 'name'],
      [
        ['ws_1', 'Team'],
        ['ws_2', null],
      ],
    )
    expect(table).not.toContain('\u001b[')
    expect(table.split('\n')).toEqual([
      '┌──────┬──────┐',
      '│ id   │ name │',
      '├──────┼──────┤',
      '│ ws_1 │ Team │',
      '│ ws_2 │      │',
      '└──────┴──────┘',
    ])
  })

  it('says so when there is nothing to show', () => {
    expect(renderTable(['id'], [], 'No keys yet.')).toBe('No keys yet.')
  })
})

describe('text helpers', () => {
  it('cuts a snippet to one line with an ellipsis', () => {
    expect(snippet('one\n two   three', 40)).toBe('one two three')
    expect(snippet('abcdefghij', 5)).toBe('abcd…')
  })

  it('centres a snippet near a highlight deep in the text', () => {
    const text = `${'filler '.repeat(40)}needle and what follows`
    const around = snippetAround(text, text.indexOf('needle'), 40)
    expect(around.startsWith('…')).toBe(true)
    expect(around).toContain('needle')
    expect(around.length).toBeLessThanOrEqual(40)
  })

  it('formats sizes and times for tables', () => {
    expect([formatBytes(512), formatBytes(1_500), formatBytes(2_000_000)]).toEqual([
      '512 B',
      '1.5 kB',
      '2.0 MB',
    ])
    expect(formatTime('2026-11-21T13:45:12.000Z')).toBe('2026-11-21 13:45')
    expect(formatTime(undefined)).toBe('')
  })
})
