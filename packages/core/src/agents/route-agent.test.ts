import { describe, expect, it } from 'vitest'
import { agentWorld } from './agent-fixture'
import { routeToAgent } from './route-agent'
import { createAgent } from './write-agents'

async function withAgents() {
  const t = await agentWorld()
  const make = (name: string, description: string) =>
    createAgent(t.ports, t.ownerActs, { name, description })
  const billing = await make('Billing', 'Invoices, refunds, payments and subscription charges.')
  const travel = await make('Travel planner', 'Plans trips: flights, hotels and city itineraries.')
  const code = await make('Code reviewer', 'Reviews TypeScript code and explains compiler errors.')
  return { ...t, billing, travel, code }
}

describe('routeToAgent', () => {
  it('picks the agent whose description fits the message, with the runner-ups', async () => {
    const t = await withAgents()
    const viewer = await t.as(t.viewer)
    const routed = await routeToAgent(t.ports, viewer, {
      message: 'I was charged twice for my subscription, can I get a refund?',
    })
    expect(routed.agent?.id).toBe(t.billing.id)
    expect(routed.score).toBeGreaterThan(0)
    expect(routed.score).toBeLessThanOrEqual(1)
    expect(routed.alternatives.map((m) => m.agent.id).sort()).toEqual(
      [t.travel.id, t.code.id].sort(),
    )
    for (const runnerUp of routed.alternatives)
      expect(runnerUp.score).toBeLessThanOrEqual(routed.score)
    const trip = await routeToAgent(t.ports, viewer, {
      message: 'Book hotels and flights for a trip to Lisbon',
    })
    expect(trip.agent?.id).toBe(t.travel.id)
  })

  it('routes the same message the same way every time', async () => {
    const t = await withAgents()
    const ask = () => routeToAgent(t.ports, t.ownerActs, { message: 'hello there' })
    const first = await ask()
    for (let i = 0; i < 3; i++) expect(await ask()).toEqual(first)
  })

  it('answers agent null in a workspace without agents', async () => {
    const t = await agentWorld()
    await expect(routeToAgent(t.ports, t.ownerActs, { message: 'Anyone there?' })).resolves.toEqual(
      { agent: null, score: 0, alternatives: [] },
    )
  })

  it('never routes to another workspace’s agent', async () => {
    const t = await withAgents()
    const outsider = await t.as(t.outsider, t.other.id)
    const routed = await routeToAgent(t.ports, outsider, { message: 'refund my invoice' })
    expect(routed.agent).toBeNull()
  })

  it('refuses an empty message at `message`', async () => {
    const t = await withAgents()
    await expect(routeToAgent(t.ports, t.ownerActs, { message: '   ' })).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'message' }] },
    })
  })
})
