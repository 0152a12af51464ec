/** Signing in, who am I, and a menu that shows only what the role may use (the API refuses the rest). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pageProblems, seriousViolations, startWebApp, type WebApp } from '../support/browser.js'

let web: WebApp

beforeAll(async () => {
  web = await startWebApp()
})
afterAll(async () => web?.close())

describe('signing in', () => {
  it('sends a visitor to the sign-in page, refuses a wrong password, and signs the admin in', async () => {
    const context = await web.browser.newContext({ baseURL: web.base })
    const page = await context.newPage()
    await page.goto('/alerts')
    await expect.poll(() => page.url()).toContain('/signin?next=%2Falerts')
    expect(await seriousViolations(page)).toEqual([])

    await page.getByLabel('User name').fill(web.admin.user)
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Could not sign in')

    await page.getByLabel('Password').fill(web.admin.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    // Back where the visitor was going, signed in, with the role shown.
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor()
    expect(page.url()).toMatch(/\/alerts$/)
    await expect.poll(() => page.getByRole('banner').textContent()).toMatch(/Signed in as admin\s*admin/)
    await context.close()
  })

  it('shows each role only the pages it may use, and the API refuses the others', async () => {
    const analyst = await web.signIn(await web.addUser('analyst'))
    const menu = analyst.page.getByRole('navigation', { name: 'Main' })
    const links = await menu.getByRole('link').allTextContents()
    expect(links).toEqual(expect.arrayContaining(['Screen', 'Shipments', 'Batches', 'Alerts', 'Cases', 'Data']))
    expect(links).not.toContain('Approvals')
    expect(links).not.toContain('Audit')

    // Typed into the address bar: the page says why, and the API answers 403 to the same session.
    await analyst.page.goto('/audit')
    await analyst.page.getByRole('heading', { name: 'Not available to your role' }).waitFor()
    const refused = await analyst.context.request.get('/v1/audit', { headers: { accept: 'application/json' } })
    expect(refused.status()).toBe(403)

    const screener = await web.signIn(await web.addUser('screener'))
    const screenerLinks = await screener.page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()
    expect(screenerLinks).toContain('Screen')
    expect(screenerLinks).not.toContain('Alerts')

    const auditor = await web.signIn(await web.addUser('auditor'))
    const auditorLinks = await auditor.page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()
    expect(auditorLinks).toContain('Audit')
    expect(auditorLinks).not.toContain('Approvals')
    for (const { page } of [analyst, screener, auditor]) expect(pageProblems(page)).toEqual([])
    await Promise.all([analyst.context.close(), screener.context.close(), auditor.context.close()])
  })

  it('signs out: the session ends on the server, not only in the page', async () => {
    const { context, page } = await web.signIn(await web.addUser('analyst'))
    expect((await context.request.get('/v1/auth/me', { headers: { accept: 'application/json' } })).status()).toBe(200)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    expect((await context.request.get('/v1/auth/me', { headers: { accept: 'application/json' } })).status()).toBe(401)
    await page.goto('/screen')
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    await context.close()
  })
})
