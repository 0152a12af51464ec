/**
 * Vitest's global setup: imports the real lists of fixtures.ts once per run, through the built
 * `vigil import` (two fixtures at a time on two cores), and provides where they are to the test files.
 * On PostgreSQL it needs VIGIL_TEST_DATABASE_URL, and fails saying how to start a server without one.
 * The teardown drops every database of the run and deletes its temporary directories.
 */
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { copyOf, FIXTURES, type FixtureName, type FixturePlace } from './fixtures.js'
import { runCliAsync } from './run-cli-async.js'
import { tempLocation } from './store-location.js'
import { dropRunDatabases, TEST_BACKEND, testServerUrl } from './test-database.js'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = randomBytes(4).toString('hex')
  // Read by test-database.ts and temp-store.ts here and in the test processes, which inherit them.
  process.env.VIGIL_TEST_RUN = run
  process.env.VIGIL_TEST_TMP = join(tmpdir(), `vigil-run-${run}`)
  const teardown = async () => {
    if (TEST_BACKEND === 'postgres') await dropRunDatabases(run)
    rmSync(process.env.VIGIL_TEST_TMP!, { recursive: true, force: true })
  }
  try {
    if (TEST_BACKEND === 'postgres') testServerUrl()
    const started = performance.now()
    project.provide('vigilFixtures', await buildFixtures())
    process.stdout.write(`Fixture stores (${TEST_BACKEND}) imported in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  } catch (err) {
    await teardown().catch(() => undefined)
    throw err
  }
  return teardown
}

async function buildFixtures(): Promise<Record<FixtureName, FixturePlace>> {
  const built = new Map<FixtureName, Promise<FixturePlace>>()
  const build = (name: FixtureName): Promise<FixturePlace> => {
    let place = built.get(name)
    if (!place) {
      place = buildOne(name, FIXTURES[name].from ? build(FIXTURES[name].from) : undefined)
      built.set(name, place)
    }
    return place
  }
  const names = Object.keys(FIXTURES) as FixtureName[]
  const places = await Promise.all(names.map(build))
  return Object.fromEntries(names.map((name, i) => [name, places[i]!])) as Record<FixtureName, FixturePlace>
}

async function buildOne(name: FixtureName, parent: Promise<FixturePlace> | undefined): Promise<FixturePlace> {
  const location = parent ? await copyOf(await parent) : await tempLocation()
  for (const args of FIXTURES[name].imports) {
    const out = await runCliAsync(['import', ...args, '--no-warnings'], location.env)
    if (out.status !== 0) throw new Error(`Fixture '${name}': vigil import ${args.join(' ')} failed:\n${out.stderr}`)
  }
  if (!location.databaseUrl) return { home: location.home }
  await analyze(location.databaseUrl)
  return { home: location.home, database: new URL(location.databaseUrl).pathname.slice(1) }
}

/**
 * Planner statistics now, for the fixture and every copy made from it: without them the first
 * reads after an import scan (reading OFAC SDN's entities took 12.3 s before ANALYZE, 3.9 s after).
 */
async function analyze(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('ANALYZE')
  } finally {
    await client.end()
  }
}
