/**
 * The PostgreSQL server the tests use: VIGIL_TEST_DATABASE_URL names a server the tests may create
 * and drop databases on (`scripts/postgres-cluster.sh start DIR` prints one). Each test store gets a
 * database of its own, so test files running side by side never see each other's data.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** 'postgres' when the suite runs against PostgreSQL (VIGIL_TEST_BACKEND), else 'sqlite'. */
export const TEST_BACKEND: 'sqlite' | 'postgres' = process.env.VIGIL_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite'

export function testServerUrl(): string {
  const url = process.env.VIGIL_TEST_DATABASE_URL
  if (!url) {
    throw new Error('VIGIL_TEST_DATABASE_URL is not set: start a server with `scripts/postgres-cluster.sh start /tmp/vigil-pg` and export the URL it prints.')
  }
  return url
}

/** The URL of database `name` on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl())
  url.pathname = `/${name}`
  return url.toString()
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
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

/** A new empty database, or a copy of `template` (which must have no open connections). */
export async function createTestDatabase(template?: string): Promise<TestDatabase> {
  const name = `vigil_test_${randomBytes(6).toString('hex')}`
  await onServer((c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`))
  return { name, url: databaseUrl(name), drop: () => dropTestDatabase(name) }
}

export async function dropTestDatabase(name: string): Promise<void> {
  await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
}
