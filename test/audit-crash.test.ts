/**
 * Every write is one transaction with its audit record, so no crash can leave one without the
 * other: a process adding users as fast as it can is killed (SIGKILL, no cleanup) in the middle of
 * its writes, several times, and each time the chain verifies and the users are exactly the targets
 * of the `user.added` records. On the run's backend (the built modules, as `vigil` runs them).
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyChain } from '../src/review/audit-log.js'
import { cliPrincipal } from '../src/review/principal.js'
import { addUser, listUsers } from '../src/review/users.js'
import { openStore } from '../src/store/open-store.js'
import type { Store } from '../src/store/store.js'
import { tempLocation, type StoreLocation } from './support/temp-store.js'

const dist = (path: string) => new URL(`../dist/${path}`, import.meta.url).href

// Adds users `<prefix>1`, `<prefix>2`, … until killed, printing each name once its write has committed.
const WRITER = `
import { openStore } from ${JSON.stringify(dist('store/open-store.js'))}
import { cliPrincipal } from ${JSON.stringify(dist('review/principal.js'))}
import { addUser } from ${JSON.stringify(dist('review/users.js'))}
const store = await openStore(JSON.parse(process.env.CRASH_STORE))
const by = cliPrincipal('crash-test')
process.stdout.write('open\\n')
for (let i = 1; ; i++) {
  const name = process.env.CRASH_PREFIX + i
  await addUser(store.records, by, { name, role: 'screener' })
  process.stdout.write(name + '\\n')
}
`

/** Run the writer until it has committed at least `atLeast` users, then SIGKILL it; the names it reported. */
async function writeAndKill(location: StoreLocation, prefix: string, atLeast: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER], {
    env: { ...process.env, CRASH_STORE: JSON.stringify(location.storeOptions), CRASH_PREFIX: prefix },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  const exited = once(child, 'exit')
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const reported = out.split('\n').filter((line) => line.startsWith(prefix)).length
      if (reported >= atLeast) resolve()
    })
    child.once('exit', (code) => reject(new Error(`the writer exited (${code}) before it was killed:\n${err}`)))
  })
  // Still writing: it never waits between users, so the kill lands inside or between transactions.
  child.kill('SIGKILL')
  const [code, signal] = (await exited) as [number | null, string | null]
  expect(signal, `the writer ended by itself (${code}): ${err}`).toBe('SIGKILL')
  return out.split('\n').filter((line) => line.startsWith(prefix))
}

async function auditedUsers(store: Store): Promise<string[]> {
  const rows = await store.records.db.selectFrom('audit_log').select(['target']).where('action', '=', 'user.added').orderBy('seq').execute()
  return rows.map((r) => r.target.replace(/^user:/, ''))
}

describe('a process killed mid-write', () => {
  let loc: StoreLocation

  beforeAll(async () => {
    loc = await tempLocation()
  })
  afterAll(async () => {
    await loc?.remove()
  })

  it('leaves no user without its audit record and no record without its user, and the chain verifies', async () => {
    // Users known to be in the store before this round: those of earlier rounds, as found after each.
    let known: string[] = []
    for (const [round, atLeast] of [
      [1, 15],
      [2, 40],
      [3, 5],
      [4, 25],
      [5, 1],
    ] as const) {
      const prefix = `r${round}u`
      const reported = await writeAndKill(loc, prefix, atLeast)
      const store = await openStore(loc.storeOptions)
      try {
        const verified = await verifyChain(store.records)
        expect(verified, `round ${round}`).toMatchObject({ ok: true })
        const users = (await listUsers(store.records)).map((u) => u.name)
        const audited = await auditedUsers(store)
        expect(new Set(users), `round ${round}`).toEqual(new Set(audited))
        // Each name reported was committed; beyond those, at most the one in flight at the kill.
        for (const name of [...known, ...reported]) expect(users).toContain(name)
        const extra = users.filter((name) => !known.includes(name) && !reported.includes(name))
        expect(extra.length, `round ${round}: ${extra.join(', ')}`).toBeLessThanOrEqual(1)
        if (extra.length === 1) expect(extra[0]).toBe(`${prefix}${reported.length + 1}`)
        expect(users.filter((name) => name.startsWith(prefix)).length).toBeGreaterThanOrEqual(atLeast)
        if (verified.ok) expect(verified.records).toBe(audited.length)
        // The store takes the next audited write where the killed one left it.
        await addUser(store.records, cliPrincipal('crash-test'), { name: `after${round}`, role: 'auditor' })
        expect(await verifyChain(store.records)).toMatchObject({ ok: true })
        known = [...users, `after${round}`]
      } finally {
        await store.close()
      }
    }
  })
})
