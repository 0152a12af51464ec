/**
 * Users, keys and the audit chain through the real CLI, on the run's backend: every change is a
 * hash-chained audit record; `vigil audit verify` passes, then names the record edited behind
 * Vigil's back; the database itself refuses UPDATE and DELETE of audit rows. And the first start of
 * `vigil serve` on an empty store: an admin whose credentials only the owner can read, made once.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GENESIS_HASH } from '../src/store/records/audit-hash.js'
import { bearer } from './support/auth.js'
import { runCli } from './support/run-cli.js'
import { runCliAsync } from './support/run-cli-async.js'
import { startServe, type ServeProcess } from './support/serve-process.js'
import { tempLocation, type StoreLocation } from './support/temp-store.js'

interface ExportedRecord {
  seq: number
  at: string
  actor: string
  action: string
  target: string
  data_version: string | null
  details: Record<string, unknown>
  prev_hash: string
  hash: string
}

/** Statements straight to the store's database, past Vigil: the SQLite file or the PostgreSQL database. */
async function onDatabase<T>(location: StoreLocation, work: { sqlite: (db: Database.Database) => T; postgres: (client: pg.Client) => Promise<T> }): Promise<T> {
  if (location.databaseUrl) {
    const client = new pg.Client({ connectionString: location.databaseUrl })
    await client.connect()
    try {
      return await work.postgres(client)
    } finally {
      await client.end()
    }
  }
  const db = new Database(join(location.home, 'vigil.sqlite'))
  try {
    return work.sqlite(db)
  } finally {
    db.close()
  }
}

/** What the database answers to a statement: undefined when it ran, else its error message. */
async function refusal(location: StoreLocation, statement: string): Promise<string | undefined> {
  return onDatabase(location, {
    sqlite: (db) => {
      try {
        db.prepare(statement).run()
        return undefined
      } catch (err) {
        return (err as Error).message
      }
    },
    postgres: async (client) => {
      try {
        await client.query(statement)
        return undefined
      } catch (err) {
        return (err as Error).message
      }
    },
  })
}

async function auditRows(location: StoreLocation): Promise<Array<{ seq: number; details: string; hash: string }>> {
  const query = 'SELECT seq, details, hash FROM audit_log ORDER BY seq'
  return onDatabase(location, {
    sqlite: (db) => db.prepare(query).all() as Array<{ seq: number; details: string; hash: string }>,
    postgres: async (client) => (await client.query(query)).rows.map((r) => ({ ...r, seq: Number(r.seq) })),
  })
}

function exported(location: StoreLocation, args: string[] = []): ExportedRecord[] {
  const out = runCli(['audit', 'export', ...args], location.env)
  expect(out.status, out.stderr).toBe(0)
  return out.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ExportedRecord)
}

describe('vigil users, keys and audit', () => {
  let loc: StoreLocation
  let keyId = ''
  let key = ''

  beforeAll(async () => {
    loc = await tempLocation()
  })
  afterAll(async () => {
    await loc?.remove()
  })

  it('adds a user, creates a key printed once, revokes it, and lists the user', () => {
    const added = runCli(['users', 'add', 'ana', '--role', 'analyst'], loc.env)
    expect(added.status, added.stderr).toBe(0)
    expect(added.stdout).toContain('ana')
    const again = runCli(['users', 'add', 'ana', '--role', 'reviewer'], loc.env)
    expect(again.status).not.toBe(0)
    expect(again.stderr).toContain('ana')
    const badRole = runCli(['users', 'add', 'bo', '--role', 'superuser'], loc.env)
    expect(badRole.status).not.toBe(0)

    const created = runCli(['keys', 'create', '--user', 'ana'], loc.env)
    expect(created.status, created.stderr).toBe(0)
    // Standard output holds the key and nothing else, so `KEY=$(vigil keys create …)` works.
    key = created.stdout.trim()
    expect(key.split('\n')).toHaveLength(1)
    const parts = /^vigil_([0-9a-f]+)_(\S+)$/.exec(key)
    expect(parts, key).not.toBeNull()
    keyId = parts![1]!
    expect(created.stderr).toContain(keyId)

    // Listed by id and label, never the key again.
    const listed = runCli(['keys', 'list', '--json'], loc.env)
    expect(listed.status, listed.stderr).toBe(0)
    expect(listed.stdout).toContain(keyId)
    expect(listed.stdout).not.toContain(parts![2]!)
    const before = JSON.parse(runCli(['users', 'list', '--json'], loc.env).stdout) as Array<{ name: string; role: string; active_keys: number }>
    expect(before).toEqual([expect.objectContaining({ name: 'ana', role: 'analyst', active_keys: 1 })])

    const revoked = runCli(['keys', 'revoke', keyId], loc.env)
    expect(revoked.status, revoked.stderr).toBe(0)
    expect(revoked.stdout).toContain(keyId)
    expect(runCli(['keys', 'revoke', keyId], loc.env).status).not.toBe(0)
    expect(runCli(['keys', 'revoke', 'ffffffffffff'], loc.env).status).not.toBe(0)

    const users = runCli(['users', 'list', '--json'], loc.env)
    expect(users.status, users.stderr).toBe(0)
    expect(JSON.parse(users.stdout)).toEqual([expect.objectContaining({ name: 'ana', role: 'analyst', active_keys: 0, has_password: false })])
  })

  it('keeps the secret only as a hash', async () => {
    const secret = key.split('_').slice(2).join('_')
    const stored = await onDatabase(loc, {
      sqlite: (db) => db.prepare('SELECT * FROM api_keys').all(),
      postgres: async (client) => (await client.query('SELECT * FROM api_keys')).rows,
    })
    expect(stored).toHaveLength(1)
    expect(JSON.stringify(stored)).toContain(keyId)
    expect(JSON.stringify(stored)).not.toContain(secret)
  })

  it('verifies the chain, and exports it as JSON lines that chain, one record per change', () => {
    const verified = runCli(['audit', 'verify'], loc.env)
    expect(verified.status, verified.stderr).toBe(0)

    const records = exported(loc, ['--from', '2020-01-01'])
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i + 1))
    expect(records[0]!.prev_hash).toBe(GENESIS_HASH)
    for (let i = 1; i < records.length; i++) expect(records[i]!.prev_hash, `record ${records[i]!.seq}`).toBe(records[i - 1]!.hash)
    expect(new Set(records.map((r) => r.hash)).size).toBe(records.length)
    for (const r of records) expect(r.hash).toMatch(/^[0-9a-f]{64}$/)
    // The three changes, in order; the refused ones (a second 'ana', a second revocation) left no record.
    expect(records.map((r) => [r.action, r.target])).toEqual([
      ['user.added', 'user:ana'],
      ['key.created', `key:${keyId}`],
      ['key.revoked', `key:${keyId}`],
    ])
    expect(records[0]!.details).toMatchObject({ role: 'analyst' })
    for (const r of records) expect(r.actor).toMatch(/^cli:/)

    // A period after the records holds none of them; an unreadable date is refused.
    expect(exported(loc, ['--from', '2999-01-01'])).toEqual([])
    expect(runCli(['audit', 'export', '--from', 'yesterday'], loc.env).status).not.toBe(0)
  })

  it('is refused UPDATE and DELETE of audit rows by the database itself', async () => {
    const before = await auditRows(loc)
    expect(before.length).toBeGreaterThan(0)
    expect(await refusal(loc, `UPDATE audit_log SET details = '{}' WHERE seq = 2`)).toMatch(/append-only/)
    expect(await refusal(loc, 'UPDATE audit_log SET hash = prev_hash')).toMatch(/append-only/)
    expect(await refusal(loc, 'DELETE FROM audit_log WHERE seq = 3')).toMatch(/append-only/)
    expect(await refusal(loc, 'DELETE FROM audit_log')).toMatch(/append-only/)
    if (loc.databaseUrl) expect(await refusal(loc, 'TRUNCATE audit_log')).toMatch(/append-only/)
    expect(await auditRows(loc)).toEqual(before)
  })

  it('fails verification naming record 2 once that row is edited in the database', async () => {
    const tampered = JSON.stringify({ label: 'default', user: 'admin' })
    await onDatabase(loc, {
      sqlite: (db) => {
        db.exec('DROP TRIGGER audit_log_no_update')
        db.prepare('UPDATE audit_log SET details = ? WHERE seq = 2').run(tampered)
      },
      postgres: async (client) => {
        await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER')
        await client.query('UPDATE audit_log SET details = $1 WHERE seq = 2', [tampered])
        await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER')
      },
    })
    expect((await auditRows(loc)).find((r) => r.seq === 2)?.details).toBe(tampered)
    const verified = runCli(['audit', 'verify'], loc.env)
    expect(verified.status).toBe(1)
    expect(verified.stderr).toMatch(/\brecord 2\b/)
    expect(verified.stderr).not.toMatch(/\brecord 3\b/)
  })
})

async function eventually(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('the first start of vigil serve', () => {
  let loc: StoreLocation
  let server: ServeProcess | undefined

  beforeAll(async () => {
    loc = await tempLocation()
  })
  afterAll(async () => {
    await server?.stop()
    await loc?.remove()
  })

  const credentialsFile = () => join(loc.home, 'admin-credentials')

  it('creates an admin on an empty store, its credentials in a file only the owner can read; a second start keeps them', async () => {
    server = await startServe(loc.env)
    const first = server
    await eventually(() => first.output().includes(credentialsFile()))
    const file = credentialsFile()
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const text = readFileSync(file, 'utf8')
    const lines = Object.fromEntries(
      text
        .trim()
        .split('\n')
        .map((line) => line.split(' ') as [string, string]),
    )
    expect(Object.keys(lines).sort()).toEqual(['key', 'password', 'user'])
    expect(lines.user).toBe('admin')
    expect(lines.password!.length).toBeGreaterThanOrEqual(12)

    const me = await fetch(`${server.address}/v1/auth/me`, { headers: bearer(lines.key!) })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ user: 'admin', role: 'admin' })
    expect((await fetch(`${server.address}/v1/auth/me`)).status).toBe(401)
    const login = await fetch(`${server.address}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'admin', password: lines.password }),
    })
    expect(login.status).toBe(200)
    await server.stop()

    const modified = statSync(file).mtimeMs
    server = await startServe(loc.env)
    const again = await fetch(`${server.address}/v1/auth/me`, { headers: bearer(lines.key!) })
    expect(again.status).toBe(200)
    // It has listened and answered: a first-start message would have been printed by now.
    expect(server.output()).not.toContain(credentialsFile())
    expect(readFileSync(file, 'utf8')).toBe(text)
    expect(statSync(file).mtimeMs).toBe(modified)
    await server.stop()
    server = undefined

    // One admin, one key: the second start made none.
    const users = await runCliAsync(['users', 'list', '--json'], loc.env)
    expect(users.status, users.stderr).toBe(0)
    expect(JSON.parse(users.stdout)).toEqual([expect.objectContaining({ name: 'admin', role: 'admin', active_keys: 1, has_password: true })])
    const keys = await runCliAsync(['keys', 'list', '--json'], loc.env)
    expect(JSON.parse(keys.stdout)).toHaveLength(1)
    // Users and keys made by Vigil itself, once; the sign-in above is the only other record.
    const trail = exported(loc)
    expect(trail.map((r) => [r.action, r.actor])).toEqual([
      ['user.added', 'system'],
      ['key.created', 'system'],
      ['session.created', 'user:admin'],
    ])
  })
})
