import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { workflowMachineName } from './workflow-machine-name'

const valid = /^[A-Za-z0-9_-]{1,80}$/
const definition = { name: 'Digest', nodes: [{ id: 'a', type: 'transform' }], edges: [] }

describe('workflowMachineName', () => {
  it('names a saved workflow by its id and version', () => {
    expect(workflowMachineName('chatter-wf-', { workflowId: 'wf_01J', version: 3 }, {})).toBe(
      'chatter-wf-wf_01J-v3',
    )
  })

  it('names a template by its id and a hash of its definition', () => {
    const hash = createHash('sha256').update(JSON.stringify(definition)).digest('hex')
    const name = workflowMachineName('chatter-wf-', { templateId: 'daily-digest' }, definition)

    expect(name).toBe(`chatter-wf-tpl-daily-digest-${hash.slice(0, 10)}`)
    const edited = { ...definition, name: 'Digest 2' }
    expect(workflowMachineName('chatter-wf-', { templateId: 'daily-digest' }, edited)).not.toBe(
      name,
    )
  })

  it('keeps the version and hash whole when a long id must be shortened', () => {
    const long = `wf_${'x'.repeat(120)}`
    const name = workflowMachineName('chatter-wf-', { workflowId: long, version: 12 }, {})
    const other = workflowMachineName('chatter-wf-', { workflowId: `${long}y`, version: 12 }, {})
    const template = workflowMachineName('p-', { templateId: 't'.repeat(100) }, definition)

    expect(name).toMatch(valid)
    expect(name).toMatch(/^chatter-wf-wf_x+-[0-9a-f]{6}-v12$/)
    expect(other).toMatch(valid)
    expect(other).not.toBe(name)
    expect(template).toMatch(valid)
    expect(template).toMatch(/-[0-9a-f]{10}$/)
    expect(template).toHaveLength(80)
  })

  it('replaces characters Step Functions refuses, in the prefix too', () => {
    const name = workflowMachineName('my app.', { workflowId: 'wf:1/2', version: 1 }, {})
    expect(name).toBe('my-app-wf-1-2-v1')
    expect(workflowMachineName('p'.repeat(90), { workflowId: 'w', version: 1 }, {})).toMatch(valid)
  })
})
