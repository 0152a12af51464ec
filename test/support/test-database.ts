/**
 * The PostgreSQL server the tests use: VIGIL_TEST_DATABASE_URL names a server the tests may create
 * and drop databases on (`scripts/postgres-cluster.sh start DIR` prints one). Each test store gets a
 * database of its own, so test files running side by side never see each other's data. Databases are
 * named after the run (VIGIL_TEST_RUN, set by the global setup), so the run's teardown drops all it
 * made and nothing of another run on the same server.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** 'postgres' when the suite runs against PostgreSQL (VIGIL_TEST_BACKEND), else 'sqlite'. */
export const TEST_BACKEND: 'sqlite' | 'postgres' = process.env.VIGIL_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite'

export const NO_SERVER = [
  'VIGIL_TEST_DATABASE_URL is not set: the PostgreSQL tests need a server they may create databases on.',
  'Start a private one with `scripts/postgres-cluster.sh start /tmp/vigil-pg` (apt-get install postgresql first)',
  'and `export VIGIL_TEST_DATABASE_URL=<the URL it prints>`.',
].join(' ')

export function testServerUrl(): string {
  const url = process.env.VIGIL_TEST_DATABASE_URL
  if (!url) throw new Error(NO_SERVER)
  return url
}

/** The URL of database `name` on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl())
  url.pathname = `/${name}`
  return url.toString()
}

export async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export interface TestDatabase {
  name: string
  url: string
  drop(): Promise<void>
}

/** The prefix of this run's databases: `vigil_test_<run>_`, or `vigil_test_` outside a run. */
function runPrefix(): string {
  const run = process.env.VIGIL_TEST_RUN
  return run ? `vigil_test_${run}_` : 'vigil_test_'
}

/** A new empty database, or a copy of `template` (which must have no open connections). */
export async function createTestDatabase(template?: string): Promise<TestDatabase> {
  const name = `${runPrefix()}${randomBytes(6).toString('hex')}`
  await onServer((c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`))
  return { name, url: databaseUrl(name), drop: () => dropTestDatabase(name) }
}

export async function dropTestDatabase(name: string): Promise<void> {
  await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
}

/** Drop every database this run created (the run's teardown). */
export async function dropRunDatabases(run: string): Promise<void> {
  await onServer(async (c) => {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [`vigil_test_${run}_`])
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
  })
}

/** The bytes a database takes on disk, uncommitted writes included: a killed import's progress. */
export async function databaseBytes(name: string): Promise<number> {
  return onServer(async (c) => Number((await c.query<{ n: string }>('SELECT pg_database_size($1) AS n', [name])).rows[0]!.n))
}
