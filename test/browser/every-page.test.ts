/**
 * Every page of the app, as an admin sees it: no serious accessibility violation (axe-core), no
 * script error or CSP refusal, and usable from the keyboard: Tab reaches the page's own controls,
 * each with a visible focus ring.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PAGES } from '../../web/src/routes.js'
import { pageProblems, seriousViolations, startWebApp, watchPage, type WebApp } from '../support/browser.js'

let web: WebApp
let admin: BrowserContext
let alert: number

beforeAll(async () => {
  web = await startWebApp()
  // An alert with a decision awaiting review, so the inbox, the alert page and the queue show something.
  const answer = await web.adminApi('/v1/screenings', {
    method: 'POST',
    body: JSON.stringify({ subject: { schema: 'Organization', properties: { name: ['Scientific Studies and Research Center'] } } }),
  })
  expect(answer.status).toBe(201)
  alert = ((await answer.json()) as { alerts: number[] }).alerts[0]!
  const decided = await web.adminApi(`/v1/alerts/${alert}/decisions`, {
    method: 'POST',
    body: JSON.stringify({ decision: 'true_match', reason: 'Same name, same country.' }),
  })
  expect(decided.status).toBeLessThan(300)
  // One session for every page, as a user moves through the app (sign-in is rate-limited per address).
  admin = (await web.signIn(web.admin)).context
})
afterAll(async () => web?.close())

/** Tab through the page: the first `limit` stops, each described with whether its focus shows. */
async function tabStops(page: Page, limit: number) {
  const stops: Array<{ what: string; inMain: boolean; visible: boolean }> = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return { what: 'body', inMain: false, visible: true }
        const style = getComputedStyle(el)
        const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''
        return { what: `<${el.tagName.toLowerCase()}> ${label}`, inMain: Boolean(el.closest('main')), visible: ring }
      }),
    )
  }
  return stops
}

describe('every page', () => {
  const paths = [...PAGES.filter((p) => p.menu).map((p) => p.path), '/entities/cers-ssrc', 'the alert']

  it.each(paths)('%s: accessible, no errors, usable by keyboard with a visible focus', async (path) => {
    const page = await admin.newPage()
    watchPage(page)
    await page.goto(path === 'the alert' ? `/alerts/${alert}` : path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    // Let the page's data arrive: no "Loading…" status left.
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /^Loading/ })
            .count(),
        { timeout: 30_000 },
      )
      .toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    const stops = await tabStops(page, 25)
    expect(stops.filter((s) => s.what !== 'body' && !s.visible)).toEqual([])
    expect(
      stops.some((s) => s.inMain),
      `Tab never reached the page's content: ${stops.map((s) => s.what).join(', ')}`,
    ).toBe(true)
    expect(pageProblems(page)).toEqual([])
    await page.close()
  })
})
