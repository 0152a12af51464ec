/**
 * Four-eyes review in the browser: an analyst decides an alert from the inbox with the keyboard, a
 * reviewer at another desk (a second browser context) approves it, and the alert is closed with the
 * decision in its history and in the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pageProblems, seriousViolations, startWebApp, type WebApp } from '../support/browser.js'

let web: WebApp

beforeAll(async () => {
  web = await startWebApp()
})
afterAll(async () => web?.close())

/** Record a screening as the admin, over the API: its hits open alerts. */
async function openAlert(name: string): Promise<number> {
  const answer = await web.adminApi('/v1/screenings', {
    method: 'POST',
    body: JSON.stringify({ subject: { schema: 'Organization', properties: { name: [name] } } }),
  })
  expect(answer.status).toBe(201)
  const { alerts } = (await answer.json()) as { alerts: number[] }
  expect(alerts.length).toBeGreaterThan(0)
  return alerts[0]!
}

describe('deciding an alert', () => {
  it('is proposed by an analyst, approved by a reviewer, and closed with its audit trail', async () => {
    const alert = await openAlert('Scientific Studies and Research Center')
    const analyst = await web.signIn(await web.addUser('analyst'))
    const { page } = analyst

    // The inbox, by keyboard only: j selects the first open alert, t opens the decision as "true match".
    await page.goto('/alerts?status=open')
    const inbox = page.getByRole('table', { name: 'Alerts inbox' })
    await inbox.getByRole('row').nth(1).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('j')
    const selected = inbox.getByRole('row', { selected: true })
    await expect.poll(() => selected.count()).toBe(1)
    expect(await selected.textContent()).toContain(String(alert))
    await page.keyboard.press('t')
    const form = page.getByRole('form', { name: `Decide alert ${alert}` })
    await form.waitFor()
    expect(await form.getByRole('radio', { name: 'True match' }).isChecked()).toBe(true)
    // The cursor is in the reason: typing goes there, not to the shortcuts.
    await page.keyboard.type('Same organization: name and Syrian address match the OFAC entry.')
    expect(await form.getByRole('textbox', { name: 'Reason' }).inputValue()).toContain('Same organization')
    expect(await seriousViolations(page)).toEqual([])
    await form.getByRole('button', { name: 'Submit decision' }).click()
    await page.getByText(`Alert ${alert}: decision proposed, waiting for a reviewer.`).waitFor()

    // The analyst may not approve their own decision: the API refuses, and the page says why.
    const own = await analyst.context.request.post(`/v1/alerts/${alert}/approve`, { data: {}, headers: { origin: web.base } })
    expect(own.status()).toBe(403)

    // A reviewer, signed in elsewhere, approves it from the queue.
    const reviewer = await web.signIn(await web.addUser('reviewer'))
    await reviewer.page.goto('/approvals')
    const item = reviewer.page.getByRole('article', { name: new RegExp(`Alert ${alert}:`) })
    await item.waitFor()
    // The proposer's reason arrives with the decision, a moment after the queue itself.
    await expect.poll(() => item.textContent()).toContain('Same organization')
    expect(await seriousViolations(reviewer.page)).toEqual([])
    await item.getByRole('textbox', { name: 'Review reason (optional)' }).fill('Checked the OFAC entry and the address.')
    await item.getByRole('button', { name: 'Approve' }).click()
    await reviewer.page.getByText(`Approved: alert ${alert} is closed.`).waitFor()

    // The analyst's alert page shows it closed, as a true match, with both steps in its history.
    await page.goto(`/alerts/${alert}`)
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Alert ${alert}:`) }).waitFor()
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Closed: True match')
    const history = page.getByRole('list', { name: `History of alert ${alert}` })
    await expect.poll(() => history.textContent()).toContain('proposed: True match')
    expect(await history.textContent()).toMatch(/approved/i)
    expect(await seriousViolations(page)).toEqual([])

    // The audit trail, as the admin (the auditor's permission) reads it.
    const admin = await web.signIn(web.admin)
    await admin.page.goto(`/audit?target=alert:${alert}`)
    const records = admin.page.getByRole('table', { name: /Audit records/ })
    await records.getByRole('row').nth(1).waitFor()
    const trail = await records.textContent()
    expect(trail).toMatch(/decision/i)
    expect(trail).toMatch(/approv/i)
    expect(await seriousViolations(admin.page)).toEqual([])

    for (const p of [page, reviewer.page, admin.page]) expect(pageProblems(p)).toEqual([])
    await Promise.all([analyst.context.close(), reviewer.context.close(), admin.context.close()])
  })
})
