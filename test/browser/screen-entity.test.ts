/**
 * Screening in the browser and the entity behind a hit: the Arabic name of the SSRC finds the
 * Center first with its datasets, and its page shows the network graph with its units and the map
 * with its places.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pageProblems, seriousViolations, startWebApp, type WebApp } from '../support/browser.js'

let web: WebApp

beforeAll(async () => {
  web = await startWebApp()
})
afterAll(async () => web?.close())

const SSRC_ARABIC = 'مركز الدراسات والبحوث العلمية'

describe('screening a name', () => {
  it('finds the SSRC by its Arabic name, explains the hit, and opens its network, places and timeline', async () => {
    const { context, page } = await web.signIn(await web.addUser('analyst'))
    await page.goto('/screen')
    const form = page.getByRole('form', { name: 'Screening query' })
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(SSRC_ARABIC)
    await form.getByRole('combobox', { name: /^Schema/ }).selectOption('Organization')
    await form.getByRole('button', { name: 'Screen' }).click()

    const results = page.getByRole('list', { name: 'Results' })
    const top = results.getByRole('listitem').first()
    await top.waitFor()
    const topText = await top.textContent()
    expect(topText).toContain('Syrian Scientific Studies and Research Center')
    // Its datasets: the curated network and the official lists it is merged with.
    expect(topText).toContain('cers')
    expect(topText).toContain('us_ofac_sdn')
    expect(await top.getByText('match', { exact: true }).count()).toBeGreaterThan(0)
    // The query as typed is shown right to left, as Arabic reads.
    // Every place the page shows the Arabic name, it reads right to left (dir="auto" on the text).
    const shown = page.getByText(SSRC_ARABIC, { exact: true })
    expect(await shown.count()).toBeGreaterThan(1)
    const directions = await shown.evaluateAll((els) =>
      els.map((el) => (el.matches(':dir(rtl)') ? 'rtl' : `ltr: <${el.tagName.toLowerCase()}> in ${el.parentElement?.tagName.toLowerCase()}`)),
    )
    expect(directions.filter((d) => d !== 'rtl')).toEqual([])
    // The form lives in the URL: the result can be linked.
    expect(new URL(page.url()).searchParams.get('name')).toBe(SSRC_ARABIC)

    // The explanation, feature by feature.
    await top.getByText('Explanation, feature by feature').click()
    const explanation = top.getByRole('table', { name: /^Explanation of Syrian Scientific Studies and Research Center/ })
    await explanation.waitFor()
    expect(await explanation.getByRole('row').count()).toBeGreaterThan(1)
    expect(await seriousViolations(page)).toEqual([])

    // The entity page: names in every script, then the graph with the Center's units.
    await top.getByRole('link', { name: 'Syrian Scientific Studies and Research Center' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Syrian Scientific Studies and Research Center' }).waitFor()
    expect(page.url()).toMatch(/\/entities\/cers-ssrc$/)
    const names = page.getByRole('region', { name: 'Names and aliases' }).or(page.getByRole('main'))
    expect(await names.first().textContent()).toContain(SSRC_ARABIC)
    const views = page.getByRole('tablist', { name: 'Views of Syrian Scientific Studies and Research Center' })
    await views.getByRole('tab', { name: 'Graph' }).click()
    await page.getByRole('img', { name: 'Network graph of Syrian Scientific Studies and Research Center' }).waitFor()
    const network = page.getByRole('table', { name: 'Network' })
    await network.waitFor()
    const nodes = await network.textContent()
    // Units of the Center, as the cers dataset records them (their parent is cers-ssrc).
    expect(nodes).toContain('Branch 550')
    expect(nodes).toContain('Ministry of Defense')
    expect(await seriousViolations(page)).toEqual([])

    // The map, by keyboard: arrow right from the Graph tab.
    await views.getByRole('tab', { name: 'Graph' }).focus()
    await page.keyboard.press('ArrowRight')
    expect(await views.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).toBe('true')
    await page.getByRole('img', { name: /^Map of \d+ places of Syrian Scientific Studies and Research Center/ }).waitFor()
    const places = page.getByRole('table', { name: 'Places' })
    await expect.poll(() => places.textContent()).toContain('Jamraya')
    expect(await places.textContent()).toContain('Qusayr')
    // Every place on the list is drawn as a marker on the map.
    const rows = (await places.getByRole('row').count()) - 1
    expect(await page.locator('svg title').count()).toBeGreaterThanOrEqual(rows)
    expect(await seriousViolations(page)).toEqual([])

    await page.keyboard.press('ArrowRight')
    const timeline = page.getByRole('list', { name: 'Timeline of Syrian Scientific Studies and Research Center' })
    await timeline.waitFor()
    const dates = await timeline.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
    expect(dates.length).toBeGreaterThan(5)
    // In date order.
    expect([...dates].sort()).toEqual(dates)
    expect(await seriousViolations(page)).toEqual([])
    expect(pageProblems(page)).toEqual([])
    await context.close()
  })

  it('says so when nothing matches, with what was searched, instead of an empty page', async () => {
    const { context, page } = await web.signIn(await web.addUser('screener'))
    await page.goto('/screen')
    const form = page.getByRole('form', { name: 'Screening query' })
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Zzyzx Qwvlop Fnord')
    await form.getByRole('button', { name: 'Screen' }).click()
    const status = page.getByRole('status').filter({ hasText: /^Nothing in/ })
    await status.waitFor()
    expect(await status.textContent()).toContain('default')
    expect(pageProblems(page)).toEqual([])
    await context.close()
  })
})
