/**
 * Several processes on one PostgreSQL store, as a deployment runs them: two `vigil serve` nodes and
 * two `vigil worker` processes. An import through the CLI is served by both nodes within seconds
 * (LISTEN/NOTIFY, no polling); a batch queued with `vigil screen --queue` comes back as the same
 * file as the local run, also when a worker stops (SIGTERM) or is killed (SIGKILL) halfway.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, type CliResult } from './support/run-cli.js'
import { startServe, type ServeProcess } from './support/serve-process.js'
import { sharedData } from './support/shared-data.js'
import { createTestDatabase, type TestDatabase } from './support/test-database.js'
import { startWorker, type WorkerProcess } from './support/worker-process.js'

const UN_XML = sharedData('un-sc-consolidated/2026-02-27/UN_consolidated.xml')
// The batch benchmark's UN names (bench/batch.mjs): 683 listed persons with birth year and nationality.
const UN_NAMES = sharedData('name-matching/yente-screening-benchmark/positives_un_untreated.csv')

const server = process.env.VIGIL_TEST_DATABASE_URL
// Issue 8: "an import through one node is served by both within 5 s of the import's end".
const SWAP_BOUND_S = 5

describe.skipIf(!server)('a cluster on one PostgreSQL store (needs VIGIL_TEST_DATABASE_URL)', () => {
  let db: TestDatabase
  let dir: string
  let env: Record<string, string>
  let nodes: ServeProcess[] = []
  let workers: WorkerProcess[] = []

  beforeAll(async () => {
    db = await createTestDatabase()
    dir = mkdtempSync(join(tmpdir(), 'vigil-cluster-'))
    env = { VIGIL_DATABASE_URL: db.url, VIGIL_WORKERS: '1' }
    expect((await cli(['import', 'yaml', 'datasets/cers'])).status).toBe(0)
    nodes = await Promise.all([startServe({ ...env, VIGIL_HOME: dir }), startServe({ ...env, VIGIL_HOME: dir })])
  })

  afterAll(async () => {
    await Promise.all([...nodes.map((n) => n.stop()), ...workers.map((w) => w.stop())])
    await db?.drop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const start = (args: string[]) => startCli(args, { ...env, VIGIL_HOME: dir })
  const cli = (args: string[]) => start(args).result

  it('waits for a worker, saying so, then finishes the batch once workers start', async () => {
    const sample = join(dir, 'sample.csv')
    writeFileSync(sample, readFileSync(UN_NAMES, 'utf-8').split('\n').slice(0, 21).join('\n'))
    const run = start(['screen', sample, '--out', join(dir, 'sample-results.csv'), '--queue'])
    await until(() => run.stderr().includes('no worker has taken a chunk yet; start `vigil worker`'), 30_000)
    workers = [startWorker(env), startWorker(env)]
    const done = await run.result
    expect(done.status, done.stderr).toBe(0)
    expect(done.stdout).toContain('Screened 20 rows')
  }, 60_000)

  // On PostgreSQL a node never polls: serving the import at all shows the NOTIFY reached it. The issue
  // bounds it at 5 s after the import's end; bench/swap.mjs measures it (median 2.5 s on 2 cores).
  // This file runs alone after both suite passes, so no other test takes the cores it needs.
  it('serves an import on both nodes within 5 s of its end, once the database announces it', async () => {
    const before = await Promise.all(nodes.map((n) => readyVersion(n)))
    const imported = await cli(['import', 'un-xml', UN_XML, '--no-warnings'])
    const ended = performance.now()
    expect(imported.status, imported.stderr).toBe(0)
    const version = /Imported un_sc_sanctions version (\S+):/.exec(imported.stdout)![1]!
    const served = await Promise.all(
      nodes.map(async (node, i) => {
        await until(async () => (await readyVersion(node)) !== before[i], 45_000)
        return { version: await readyVersion(node), seconds: (performance.now() - ended) / 1000 }
      }),
    )
    for (const [i, s] of served.entries()) {
      expect(s.version, `node ${i}, ${s.seconds.toFixed(1)} s after the import`).toContain(`un_sc_sanctions@${version}`)
      expect(s.seconds, `node ${i} served the import ${s.seconds.toFixed(1)} s after its end`).toBeLessThan(SWAP_BOUND_S)
    }
  }, 90_000)

  it('writes the same results file from the queue as from the local run', async () => {
    const local = await cli(['screen', UN_NAMES, '--out', join(dir, 'local.csv'), '--workers', '1'])
    expect(local.status, local.stderr).toBe(0)
    const queued = await cli(['screen', UN_NAMES, '--out', join(dir, 'queued.csv'), '--queue', '--chunk-size', '10'])
    expect(queued.status, queued.stderr).toBe(0)
    expect(queued.stdout).toContain('Screened 683 rows')
    expectSameFile(join(dir, 'queued.csv'), join(dir, 'local.csv'))
  }, 60_000)

  it('finishes or hands back the chunks in hand when a worker gets SIGTERM halfway: none waits for expiry', async () => {
    const [stays, leaves] = workers as [WorkerProcess, WorkerProcess]
    const before = { stays: stays.screened().length, leaves: leaves.screened().length }
    const run = start(['screen', UN_NAMES, '--out', join(dir, 'stopped.csv'), '--queue', '--chunk-size', '10'])
    await until(() => stays.screened().length - before.stays + leaves.screened().length - before.leaves >= 35, 60_000, 20)
    expect(await leaves.stop(), leaves.output()).toBe(0)
    const done = await run.result
    expect(done.status, done.stderr).toBe(0)
    expectSameFile(join(dir, 'stopped.csv'), join(dir, 'local.csv'))
    // A chunk retried would have been one the stopped worker dropped, taken again only after its expiry.
    expect(
      stays
        .screened()
        .slice(before.stays)
        .every((s) => s.retries === 0),
    ).toBe(true)
    workers[1] = startWorker(env)
  }, 60_000)

  it('loses nothing when a worker is killed halfway: its chunks are retried by the other', async () => {
    const [victim, survivor] = workers as [WorkerProcess, WorkerProcess]
    const counted = () => victim.screened().length + survivor.screened().length
    const before = counted()
    const run = start(['screen', UN_NAMES, '--out', join(dir, 'killed.csv'), '--queue', '--chunk-size', '10'])
    // 683 rows in chunks of 10: 69 chunks; kill one worker once half of them are screened.
    await until(() => counted() - before >= 35, 60_000, 20)
    victim.child.kill('SIGKILL')
    const done = await within(run.result, 60_000, () => `screen:\n${run.stderr()}\nsurvivor:\n${survivor.output()}`)
    expect(done.status, done.stderr).toBe(0)
    expectSameFile(join(dir, 'killed.csv'), join(dir, 'local.csv'))
    // The chunks the victim held came back after their expiry and were screened again.
    expect(
      survivor.screened().some((s) => s.retries > 0),
      survivor.output(),
    ).toBe(true)
    expect(await survivor.stop(), survivor.output()).toBe(0)
  }, 90_000)
})

/** The built CLI as a child process, whose stderr can be read while it runs. */
function startCli(args: string[], env: Record<string, string>): { result: Promise<CliResult>; stderr(): string } {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, VIGIL_LOG_LEVEL: 'warn', ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const result = new Promise<CliResult>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })))
  return { result, stderr: () => stderr }
}

async function readyVersion(node: ServeProcess): Promise<string | undefined> {
  const res = await fetch(`${node.address}/readyz`)
  const body = (await res.json()) as { data_version?: string }
  return body.data_version
}

/** The same bytes, or the first line that differs, with its number. */
function expectSameFile(actual: string, expected: string): void {
  const [a, e] = [readFileSync(actual, 'utf-8'), readFileSync(expected, 'utf-8')]
  if (a === e) return
  const [al, el] = [a.split('\n'), e.split('\n')]
  const line = al.findIndex((l, i) => l !== el[i])
  const [x, y] = [al[line] ?? '', el[line] ?? '']
  let at = 0
  while (x[at] === y[at]) at++
  const around = (text: string) => `line ${line + 1}, column ${at + 1}: …${text.slice(Math.max(0, at - 60), at + 60)}…`
  expect(around(x)).toBe(around(y))
}

/** `promise`, or an error saying what `describe` tells, after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, describe: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Not done after ${ms} ms.\n${describe()}`)), ms)))
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
