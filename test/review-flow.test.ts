/**
 * The review flow end to end over the real OFAC list, through the HTTP API, on the suite's backend:
 * a listed name screened with record=true opens an alert; an analyst's false positive approved by
 * a second person closes it and whitelists the pair; the same subject screened again opens nothing;
 * a list version that changes the entity lapses the clearance; a monitored book gets an alert and a
 * signed webhook when a list version adds an entity matching one of its subjects.
 */
import { createHmac } from 'node:crypto'
import { once } from 'node:events'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, liveIndexFor } from '../src/api/app.js'
import type { LiveIndex } from '../src/api/live-index.js'
import { loadConfig } from '../src/config.js'
import { createLogger } from '../src/log.js'
import { verifyChain } from '../src/review/audit-log.js'
import { bearer, keysForEveryRole, type RoleKeys } from './support/auth.js'
import { openFixtureStore } from './support/fixture-store.js'
import { sharedData } from './support/shared-data.js'
import { tempDir, type TempStore } from './support/temp-store.js'

const SDN = sharedData('ofac-sdn/2024-05-03/sdn.csv')
// Two real SDN rows: one screened and cleared, whose birth dates a later version extends; one
// left out of the first version and added by the second, as a listing of a monitored customer.
const CLEARED_ID = '2676'
const ADDED_ID = '2674'

interface Delivery {
  headers: http.IncomingHttpHeaders
  body: string
}

describe('alerts, four-eyes decisions, whitelist and monitoring', () => {
  let t: TempStore
  let app: FastifyInstance
  let live: LiveIndex
  let keys: RoleKeys
  let receiver: http.Server
  let receiverUrl = ''
  const deliveries: Delivery[] = []
  let failNext = 1
  const lines = readFileSync(SDN, 'latin1').split('\n')
  const dir = tempDir()

  /** An SDN file: the real one without `drop`, with `edit` applied to one row. */
  function sdnVersion(name: string, change: { drop?: string; edit?: [string, (line: string) => string] }): string {
    const path = join(dir, name, 'sdn.csv')
    const kept = lines
      .filter((l) => !change.drop || !l.startsWith(`${change.drop},`))
      .map((l) => (change.edit && l.startsWith(`${change.edit[0]},`) ? change.edit[1](l) : l))
    mkdirSync(join(dir, name), { recursive: true })
    writeFileSync(path, kept.join('\n'), 'latin1')
    return path
  }

  const as = (role: keyof RoleKeys, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: bearer(keys[role]), ...(payload !== undefined ? { payload: payload as object } : {}) })

  beforeAll(async () => {
    t = await openFixtureStore('cers')
    await t.importFile('ofac-csv', sdnVersion('v1', { drop: ADDED_ID }))
    const logger = createLogger('silent')
    const config = loadConfig({ ...t.storeOptions, workers: 1 })
    live = liveIndexFor(config, t.store, logger)
    await live.get()
    app = await createApp({ config, store: t.store, logger, live, webhooks: { pollMs: 50, backoffMs: 100, attempts: 4, timeoutMs: 2000 } })
    keys = await keysForEveryRole(t.store)
    receiver = http.createServer((req, res) => {
      let body = ''
      req.on('data', (d: Buffer) => (body += d.toString()))
      req.on('end', () => {
        // The first delivery fails, so the retry is part of what is tested.
        if (failNext-- > 0) return void res.writeHead(500).end()
        deliveries.push({ headers: req.headers, body })
        res.writeHead(204).end()
      })
    })
    receiver.listen(0, '127.0.0.1')
    await once(receiver, 'listening')
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  }, 180_000)
  afterAll(async () => {
    await app?.close()
    receiver?.close()
    await t?.cleanup()
  })

  const zawahiri = { id: 'cust-1', schema: 'Person', properties: { name: ['Ayman al-Zawahiri'] } }
  let alertId = 0

  it('opens an alert for a listed name screened with record=true, and keeps the screening', async () => {
    const res = await as('screener', 'POST', '/match/default?record=true', { queries: { q: zawahiri } })
    expect(res.statusCode).toBe(200)
    const body = res.json() as {
      responses: { q: { screening_id: number; results: Array<{ id: string; match: boolean; review: { status: string; alert_id?: number } }> } }
    }
    const top = body.responses.q.results[0]!
    expect(top.id).toBe(`ofac-${CLEARED_ID}`)
    expect(top.match).toBe(true)
    expect(top.review.status).toBe('alert')
    alertId = top.review.alert_id!
    const alert = (await as('analyst', 'GET', `/v1/alerts/${alertId}`)).json() as {
      status: string
      subject: { id: string }
      entity: { id: string; explanations: object }
      history: Array<{ action: string }>
    }
    expect(alert).toMatchObject({ status: 'open', subject: { id: 'cust-1' }, entity: { id: `ofac-${CLEARED_ID}` } })
    expect(Object.keys(alert.entity.explanations).length).toBeGreaterThan(0)
    expect(alert.history.map((h) => h.action)).toEqual(['alert.opened'])
    const screening = (await as('auditor', 'GET', `/v1/screenings/${body.responses.q.screening_id}`)).json() as {
      actor: string
      data_version: string
      alerts: number[]
    }
    expect(screening.actor).toBe('user:screener')
    expect(screening.data_version).toBe(live.built!.version)
    expect(screening.alerts).toEqual([alertId])
    const queue = (await as('analyst', 'GET', '/v1/alerts?status=open&q=zawahiri')).json() as { alerts: Array<{ id: number }> }
    expect(queue.alerts.map((a) => a.id)).toContain(alertId)
  })

  it('does not open a second alert while one is open for the same pair', async () => {
    const res = await as('screener', 'POST', '/v1/screenings', { subject: zawahiri })
    expect(res.statusCode).toBe(201)
    const body = res.json() as { results: Array<{ id: string; review: { status: string; alert_id?: number } }> }
    expect(body.results[0]).toMatchObject({ id: `ofac-${CLEARED_ID}`, review: { status: 'alert', alert_id: alertId } })
  })

  it('needs a second person to approve a false positive, which closes the alert and whitelists the pair', async () => {
    const proposed = await as('analyst', 'POST', `/v1/alerts/${alertId}/decisions`, {
      decision: 'false_positive',
      reason: 'Our customer is a dentist born 1990 in Leeds.',
    })
    expect(proposed.statusCode).toBe(200)
    expect(proposed.json().status).toBe('pending_review')
    expect((await as('analyst', 'POST', `/v1/alerts/${alertId}/approve`, {})).statusCode).toBe(403)
    const approved = await as('reviewer', 'POST', `/v1/alerts/${alertId}/approve`, { reason: 'Checked the passport copy.' })
    expect(approved.statusCode).toBe(200)
    expect(approved.json()).toMatchObject({ status: 'closed', resolution: 'false_positive' })
    const late = await as('analyst', 'POST', `/v1/alerts/${alertId}/decisions`, { decision: 'true_match', reason: 'second thoughts' })
    expect(late.statusCode).toBe(409)
    const whitelist = (await as('analyst', 'GET', '/v1/whitelist')).json() as { entries: Array<{ subject_key: string; entity_id: string }> }
    expect(whitelist.entries).toEqual([expect.objectContaining({ subject_key: 'id:cust-1', entity_id: `ofac-${CLEARED_ID}` })])
  })

  it('refuses a reviewer approving their own decision', async () => {
    const other = await as('screener', 'POST', '/v1/screenings', { subject: { ...zawahiri, id: 'cust-2' } })
    const otherAlert = (other.json() as { results: Array<{ review: { alert_id: number } }> }).results[0]!.review.alert_id
    expect(
      (await as('reviewer', 'POST', `/v1/alerts/${otherAlert}/decisions`, { decision: 'true_match', reason: 'Same name and he is listed.' })).statusCode,
    ).toBe(200)
    const self = await as('reviewer', 'POST', `/v1/alerts/${otherAlert}/approve`, {})
    expect(self.statusCode).toBe(409)
    expect(self.json().detail).toMatch(/Four-eyes/)
    expect((await as('admin', 'POST', `/v1/alerts/${otherAlert}/approve`, {})).json().status).toBe('closed')
  })

  it('suppresses the cleared pair on the next screening: the result is returned, no alert opens', async () => {
    const before = ((await as('analyst', 'GET', '/v1/alerts?q=cust-1')).json() as { total: number }).total
    const res = await as('screener', 'POST', '/v1/screenings', { subject: zawahiri })
    const top = (res.json() as { results: Array<{ id: string; review: { status: string }; suppressed?: { by: number } }> }).results[0]!
    expect(top.id).toBe(`ofac-${CLEARED_ID}`)
    expect(top.review.status).toBe('suppressed')
    expect(top.suppressed?.by).toBeGreaterThan(0)
    expect(((await as('analyst', 'GET', '/v1/alerts?q=cust-1')).json() as { total: number }).total).toBe(before)
  })

  let monitorId = 0
  it('screens subjects as they join a monitored book', async () => {
    const created = await as('analyst', 'POST', '/v1/monitors', { name: 'customers' })
    expect(created.statusCode).toBe(201)
    monitorId = created.json().id
    const csv = 'id,name,country\nc-1,Abu Abbas,\nc-2,Maria Svensson Lindqvist,se\n'
    const added = await app.inject({
      method: 'POST',
      url: `/v1/monitors/${monitorId}/subjects`,
      headers: { ...bearer(keys.analyst), 'content-type': 'text/csv' },
      payload: csv,
    })
    expect(added.statusCode).toBe(200)
    expect(added.json()).toMatchObject({ added: 2, replaced: 0, screened: 2 })
    const alerts = (await as('analyst', 'GET', `/v1/alerts?monitor=${monitorId}`)).json() as { alerts: Array<{ entity: { id: string } }> }
    expect(alerts.alerts.map((a) => a.entity.id)).not.toContain(`ofac-${ADDED_ID}`)
    // The book lists its subjects a page at a time, in client-id order.
    const first = (await as('analyst', 'GET', `/v1/monitors/${monitorId}/subjects?limit=1`)).json() as {
      subjects: Array<{ client_id: string; subject: { properties: { name: string[] } } }>
      next: string | null
    }
    expect(first.subjects.map((s) => s.client_id)).toEqual(['c-1'])
    expect(first.subjects[0]!.subject.properties.name).toEqual(['Abu Abbas'])
    expect(first.next).toBe('c-1')
    const second = (await as('analyst', 'GET', `/v1/monitors/${monitorId}/subjects?limit=1&after=c-1`)).json() as {
      subjects: Array<{ client_id: string }>
      next: string | null
    }
    expect(second).toEqual({ subjects: [expect.objectContaining({ client_id: 'c-2' })], next: null })
  })

  it('a list version that adds a match opens a monitoring alert and a signed webhook; one that changes a cleared entity lapses its clearance', async () => {
    const hook = await as('admin', 'POST', '/v1/webhooks', { url: receiverUrl, events: ['alert.opened', 'monitor.rescreened'], secret: 'a-long-shared-secret' })
    expect(hook.statusCode).toBe(201)
    expect(
      (await as('admin', 'POST', '/v1/webhooks', { url: 'ftp://example.org/', events: ['alert.opened'], secret: 'a-long-shared-secret' })).statusCode,
    ).toBe(400)
    const before = live.built!.version
    await t.importFile('ofac-csv', sdnVersion('v2', { edit: [CLEARED_ID, (l) => l.replace('DOB 19 Jun 1951;', 'DOB 19 Jun 1951; alt. DOB 1952;')] }))
    const next = await live.refresh()
    expect(next?.version).not.toBe(before)
    await app.monitors.idle()
    const monitor = (await as('analyst', 'GET', `/v1/monitors/${monitorId}`)).json() as {
      runs: Array<{ data_version: string; screened: number; alerts: number }>
    }
    // Only the subject the change can reach is screened again: Abu Abbas, not the Swedish customer.
    expect(monitor.runs[0]).toMatchObject({ data_version: next!.version, screened: 1 })
    expect(monitor.runs[0]!.alerts).toBeGreaterThanOrEqual(1)
    const alerts = (await as('analyst', 'GET', `/v1/alerts?monitor=${monitorId}`)).json() as {
      alerts: Array<{ id: number; trigger: string; client_id: string; entity: { id: string } }>
    }
    const listed = alerts.alerts.find((a) => a.entity.id === `ofac-${ADDED_ID}`)
    expect(listed).toMatchObject({ trigger: 'dataset_updated', client_id: 'c-1' })
    // The webhook: retried after a 500, then delivered, signed with the secret.
    for (let i = 0; i < 200 && !deliveries.some((d) => d.headers['x-vigil-event'] === 'alert.opened'); i++) await new Promise((r) => setTimeout(r, 50))
    const opened = deliveries.find((d) => d.headers['x-vigil-event'] === 'alert.opened')!
    expect(opened).toBeDefined()
    expect(opened.headers['x-vigil-signature']).toBe(`sha256=${createHmac('sha256', 'a-long-shared-secret').update(opened.body).digest('hex')}`)
    expect(JSON.parse(opened.body)).toMatchObject({
      event: 'alert.opened',
      alert: { id: listed!.id, trigger: 'dataset_updated', entity: { id: `ofac-${ADDED_ID}` } },
    })
    // The sender records an attempt after the receiver has answered: wait for the row, not the request.
    const retried = async () => {
      const log = (await as('auditor', 'GET', `/v1/webhooks/${hook.json().id}/deliveries`)).json() as {
        deliveries: Array<{ status: string; attempts: number }>
      }
      return log.deliveries.some((d) => d.status === 'delivered' && d.attempts === 2)
    }
    let seen = await retried()
    for (let i = 0; i < 200 && !seen; i++) {
      await new Promise((r) => setTimeout(r, 50))
      seen = await retried()
    }
    expect(seen, 'a delivery answered 500 first, then delivered on its second attempt').toBe(true)

    // The cleared pair: the entity now has another birth date, so the clearance lapses and an alert opens, citing it.
    const again = await as('screener', 'POST', '/v1/screenings', { subject: zawahiri })
    const top = (again.json() as { results: Array<{ id: string; review: { status: string; alert_id: number } }> }).results[0]!
    expect(top).toMatchObject({ id: `ofac-${CLEARED_ID}`, review: { status: 'alert' } })
    const reopened = (await as('analyst', 'GET', `/v1/alerts/${top.review.alert_id}`)).json() as {
      trigger: string
      trigger_details: { changes: Array<{ prop: string; added: string[] }> }
    }
    expect(reopened.trigger).toBe('entity_changed')
    expect(reopened.trigger_details.changes).toContainEqual({ prop: 'birthDate', added: ['1952'], removed: [] })
    const whitelist = (await as('analyst', 'GET', '/v1/whitelist')).json() as { entries: unknown[] }
    expect(whitelist.entries).toEqual([])
  }, 240_000)

  it('keeps a verifiable audit chain of all of it, readable by the auditor only', async () => {
    expect((await as('analyst', 'GET', '/v1/audit')).statusCode).toBe(403)
    const audit = (await as('auditor', 'GET', '/v1/audit?limit=1000')).json() as { records: Array<{ action: string }> }
    const actions = new Set(audit.records.map((r) => r.action))
    for (const action of [
      'dataset.imported',
      'screening.recorded',
      'alert.opened',
      'decision.proposed',
      'decision.approved',
      'whitelist.added',
      'whitelist.lapsed',
      'monitor.rescreened',
      'webhook.created',
    ]) {
      expect(actions).toContain(action)
    }
    expect(await verifyChain(t.store.records)).toMatchObject({ ok: true })
  })
})
