import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './support/run-cli.js'
import { openFixtureStore } from './support/fixture-store.js'
import { tempLocation, type TempStore } from './support/temp-store.js'

interface MatchJson {
  query: { schema: string; properties: Record<string, string[]> }
  results: Array<{
    id: string
    schema: string
    caption: string
    datasets: string[]
    properties: Record<string, string[]>
    score: number
    match: boolean
    explanations: Record<string, { score: number; detail: string; weight: number }>
  }>
  total: number
  threshold: number
  algorithm: string
  version: string
}

describe('vigil match on the curated network and the OFAC list', () => {
  let t: TempStore
  const vigil = (...args: string[]) => runCli(['match', ...args], t.env)
  const matchJson = (...args: string[]) => {
    const out = vigil(...args, '--json')
    expect(out.status, out.stderr).toBe(0)
    return JSON.parse(out.stdout) as MatchJson
  }

  beforeAll(async () => {
    t = await openFixtureStore('cers+ofac')
  }, 120_000)
  afterAll(() => t.cleanup())

  it('prints a table with Armanazi first, a match, and the evidence that made it', () => {
    const out = vigil('Amro Armanazi', '--schema', 'Person', '--country', 'sy', '--birth-date', '1944')
    expect(out.status, out.stderr).toBe(0)
    const lines = out.stdout.split('\n')
    expect(lines[0]).toMatch(/^#\s+score\s+match\s+id\s+schema\s+caption\s+datasets\s+why$/)
    expect(lines[2]).toMatch(/^1\s+0\.\d{3}|^1\s+1\.000/)
    expect(lines[2]).toContain('MATCH')
    expect(lines[2]).toContain('cers-amr-armanazi')
    expect(lines[2]).toContain('us_ofac_sdn')
    expect(lines[2]).toMatch(/name_match [\d.]+: .*'armanazi' = 'armanazi'/)
    expect(lines[2]).toContain('dob_match')
    expect(out.stdout).toMatch(/algorithm vigil-v1 · data cers@\d{14}-\d+,us_ofac_sdn@\d{14}-\d+$/m)
  })

  it('answers --json in the API result shape: the entity with score, match and explanations', () => {
    const body = matchJson('Amro Armanazi', '--schema', 'Person', '--birth-date', '1944-02-07', '--limit', '3')
    expect(body.query).toEqual({ schema: 'Person', properties: { name: ['Amro Armanazi'], birthDate: ['1944-02-07'] } })
    expect(body.results.length).toBeLessThanOrEqual(3)
    const top = body.results[0]!
    expect(top).toMatchObject({ id: 'cers-amr-armanazi', schema: 'Person', caption: 'Amr Armanazi', match: true })
    expect(top.datasets).toEqual(expect.arrayContaining(['cers', 'us_ofac_sdn']))
    expect(top.properties.birthDate).toContain('1944-02-07')
    expect(top.explanations.dob_match).toMatchObject({ score: 1 })
    expect(top.explanations.name_match?.detail).toMatch(/'armanazi' = 'armanazi'/)
    expect(body.algorithm).toBe('vigil-v1')
    expect(body.threshold).toBe(0.7)
    expect(body.version).toMatch(/^cers@\d{14}-\d+,us_ofac_sdn@\d{14}-\d+$/)
    expect(body.total).toBeGreaterThan(0)
  })

  it("takes --id as evidence: a passport number written another way raises the holder's score", () => {
    const withId = matchJson('Iyad Mahrous', '--schema', 'Person', '--id', 'N 006478882', '--limit', '1')
    const withoutId = matchJson('Iyad Mahrous', '--schema', 'Person', '--limit', '1')
    expect(withId.query.properties.idNumber).toEqual(['N 006478882'])
    expect(withId.results[0]).toMatchObject({ id: 'ofac-20069', match: true })
    expect(withId.results[0]!.explanations.identifier_match).toMatchObject({ score: 1 })
    expect(withoutId.results[0]?.id).toBe('ofac-20069')
    expect(withId.results[0]!.score).toBeGreaterThan(withoutId.results[0]!.score)
  })

  it('finds SSRC from its Arabic name', () => {
    const body = matchJson('مركز الدراسات والبحوث العلمية', '--schema', 'Organization', '--limit', '1')
    expect(body.results[0]?.id).toBe('cers-ssrc')
    expect(body.results[0]?.match).toBe(true)
  })

  it('honours --threshold: every result is a match exactly when its score reaches it', () => {
    // "Iyad Mahrous" against MAHROUS, Iyad Mohammad Esam: the list's two more given names keep the
    // score between the default threshold and a strict one.
    const args = ['Iyad Mahrous', '--schema', 'Person', '--limit', '10']
    const loose = matchJson(...args)
    const strict = matchJson(...args, '--threshold', '0.95')
    expect(loose.threshold).toBe(0.7)
    expect(strict.threshold).toBe(0.95)
    for (const { results, threshold } of [loose, strict]) {
      for (const r of results) expect(r.match).toBe(r.score >= threshold)
    }
    // Some result lies between the two thresholds, so the flag changed an answer.
    expect(loose.results.some((r) => r.score >= 0.7 && r.score < 0.95)).toBe(true)
  })

  it('does not call an unrelated person a match', () => {
    const body = matchJson('Ingrid Bergström', '--schema', 'Person', '--birth-date', '1980-05-05')
    expect(body.results.filter((r) => r.match)).toEqual([])
  })

  it('rejects an unknown schema, an unknown algorithm and a bad threshold with messages that say what to do', () => {
    const schema = vigil('Amr Armanazi', '--schema', 'Persn')
    expect(schema.status).toBe(2)
    expect(schema.stderr).toMatch(/Persn/)
    const algorithm = vigil('Amr Armanazi', '--algorithm', 'magic')
    expect(algorithm.status).toBe(2)
    expect(algorithm.stderr).toMatch(/Unknown algorithm 'magic'\. Known: vigil-v1, name-only/)
    const threshold = vigil('Amr Armanazi', '--threshold', '7')
    expect(threshold.status).toBe(2)
    expect(threshold.stderr).toMatch(/--threshold must be a score from 0 to 1/)
  })

  it('says to import data first when the store is empty', async () => {
    const empty = await tempLocation()
    const out = runCli(['match', 'Amr Armanazi'], empty.env)
    await empty.remove()
    expect(out.status).toBe(3)
    expect(out.stderr).toMatch(/No datasets imported.*vigil up/)
  })
})
