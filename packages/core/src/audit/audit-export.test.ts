import { describe, expect, it } from 'vitest'
import type { AuditEvent } from '../ports/audit-log'
import { team } from '../workspaces/team-fixture'
import { auditEventsToCsv, csvCell } from './audit-csv'
import { newAuditEvent } from './new-audit-event'
import { exportAuditEvents, maxExportEvents, queryAuditEvents } from './query-audit-events'

const event = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  ...newAuditEvent(
    { workspaceId: 'ws_team', action: 'member.invited', actor: { type: 'user', id: 'usr_1' } },
    {},
    new Date('2026-03-01T00:00:00Z'),
  ),
  ...overrides,
})

describe('auditEventsToCsv', () => {
  it('writes a header row and quotes per RFC 4180', () => {
    const csv = auditEventsToCsv([
      event({ id: 'e1', actor: { type: 'user', id: 'usr_1', label: 'Doe, "Jay"\nJr' } }),
    ])
    const [header, row] = csv.split('\r\n')
    expect(header).toBe(
      'id,at,action,outcome,actorType,actorId,actorLabel,targetType,targetId,targetLabel,ip,userAgent,details',
    )
    expect(csv).toContain('"Doe, ""Jay""\nJr"')
    expect(row?.startsWith('e1,2026-03-01T00:00:00.000Z,member.invited,success,user,usr_1,')).toBe(
      true,
    )
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['plain', 'plain'],
  ])('defuses a formula-looking cell %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })
})

describe('queryAuditEvents and exportAuditEvents', () => {
  it('is for admins (seeAnalytics) and checks the time range', async () => {
    const t = await team()
    for (const user of [t.member, t.viewer])
      await expect(
        queryAuditEvents(t.audit, await t.as(user), {}, { limit: 10 }),
      ).rejects.toMatchObject({
        code: 'auth.forbidden',
        message: expect.stringMatching(/seeAnalytics/),
      })
    await expect(
      queryAuditEvents(
        t.audit,
        await t.as(t.admin),
        { from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' },
        { limit: 10 },
      ),
    ).rejects.toMatchObject({ code: 'request.invalid' })
  })

  it('compares times in stored form, whatever offset the caller used', async () => {
    const t = await team()
    await t.audit.record(event({ id: 'a', at: '2026-03-01T10:00:00.000Z' }))
    await t.audit.record(event({ id: 'b', at: '2026-03-01T12:00:00.000Z' }))
    const page = await queryAuditEvents(
      t.audit,
      await t.as(t.admin),
      { from: '2026-03-01T12:30:00+01:00' },
      { limit: 10 },
    )
    expect(page.items.map((e) => e.id)).toEqual(['b'])
  })

  it('exports every page, and says when it stopped at the cap', async () => {
    const t = await team()
    for (let i = 0; i < 250; i += 1) await t.audit.record(event({ id: `e${1000 + i}` }))
    await t.audit.record(event({ id: 'elsewhere', workspaceId: 'ws_other' }))
    const all = await exportAuditEvents(t.audit, await t.as(t.owner), {})
    expect(all.events).toHaveLength(250)
    expect(all.truncated).toBe(false)
    for (let i = 250; i < maxExportEvents + 1; i += 1)
      await t.audit.record(event({ id: `e${100000 + i}` }))
    const capped = await exportAuditEvents(t.audit, await t.as(t.owner), {})
    expect(capped.events).toHaveLength(maxExportEvents)
    expect(capped.truncated).toBe(true)
  })
})
