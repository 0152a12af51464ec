/**
 * Monitored customer books: a named set of subjects, each with the client's own id, re-screened
 * when a new data version goes live (api/monitor-runner.ts). Adding subjects, and each re-screen,
 * are audited; the runs table says which data version each monitor was last screened at.
 */
import { AppError } from '../errors.js'
import type { RecordDb, RecordStore } from '../store/records/record-store.js'
import { actorOf, type Principal } from './principal.js'
import type { Subject } from './screened-hit.js'
import { subjectKey } from './subject-key.js'

export interface MonitorView {
  id: number
  name: string
  dataset: string
  algorithm: string
  threshold: number | null
  created_by: string
  created_at: string
}

export interface MonitorDetail extends MonitorView {
  subjects: number
  open_alerts: number
  runs: Array<{ data_version: string; started_at: string; finished_at: string | null; screened: number; alerts: number }>
}

export interface MonitoredSubject {
  client_id: string
  subject: Subject
}

export async function createMonitor(
  records: RecordStore,
  by: Principal,
  request: { name: string; dataset: string; algorithm: string; threshold?: number; dataVersion: string },
): Promise<MonitorDetail> {
  const name = request.name.trim()
  if (!name) throw new AppError('bad_input', 'A monitor needs a name.', { field: 'name' })
  const id = await records.write(async (tx) => {
    const now = new Date().toISOString()
    const actor = actorOf(by)
    const row = await tx.db
      .insertInto('monitors')
      .values({ name, dataset: request.dataset, algorithm: request.algorithm, threshold: request.threshold ?? null, created_by: actor, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    // The baseline: the data version its subjects are first screened at; later versions are diffed against it.
    await tx.db
      .insertInto('monitor_runs')
      .values({ monitor_id: row.id, data_version: request.dataVersion, started_at: now, finished_at: now, screened: 0, alerts: 0 })
      .execute()
    await tx.audit({ actor, action: 'monitor.created', target: `monitor:${row.id}`, dataVersion: request.dataVersion, details: { ...request, name } })
    return row.id
  })
  return getMonitor(records, id)
}

export async function findMonitor(db: RecordDb, id: number): Promise<MonitorView> {
  const row = await db.selectFrom('monitors').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('not_found', `No monitor ${id}. GET /v1/monitors lists them.`)
  return row
}

export async function getMonitor(records: RecordStore, id: number): Promise<MonitorDetail> {
  const monitor = await findMonitor(records.db, id)
  const count = await records.db
    .selectFrom('monitor_subjects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('monitor_id', '=', id)
    .executeTakeFirstOrThrow()
  const open = await records.db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('monitor_id', '=', id)
    .where('status', '!=', 'closed')
    .executeTakeFirstOrThrow()
  const runs = await records.db
    .selectFrom('monitor_runs')
    .select(['data_version', 'started_at', 'finished_at', 'screened', 'alerts'])
    .where('monitor_id', '=', id)
    .orderBy('started_at', 'desc')
    .limit(20)
    .execute()
  return { ...monitor, subjects: Number(count.n), open_alerts: Number(open.n), runs }
}

export async function listMonitors(records: RecordStore): Promise<{ monitors: MonitorView[] }> {
  return { monitors: await records.db.selectFrom('monitors').selectAll().orderBy('id').execute() }
}

/** Add or replace subjects by client id; audited as one change. */
export async function addSubjects(
  records: RecordStore,
  by: Principal,
  monitorId: number,
  subjects: MonitoredSubject[],
): Promise<{ added: number; replaced: number }> {
  return records.write(async (tx) => {
    await findMonitor(tx.db, monitorId)
    const now = new Date().toISOString()
    let replaced = 0
    for (const { client_id, subject } of subjects) {
      const existing = await tx.db.deleteFrom('monitor_subjects').where('monitor_id', '=', monitorId).where('client_id', '=', client_id).executeTakeFirst()
      if (Number(existing.numDeletedRows) > 0) replaced++
      await tx.db
        .insertInto('monitor_subjects')
        .values({
          monitor_id: monitorId,
          client_id,
          subject: JSON.stringify(subject),
          subject_key: subjectKey(subject),
          added_at: now,
        })
        .execute()
    }
    await tx.audit({
      actor: actorOf(by),
      action: 'monitor.subjects_added',
      target: `monitor:${monitorId}`,
      details: { count: subjects.length, replaced, client_ids: subjects.slice(0, 1000).map((s) => s.client_id) },
    })
    return { added: subjects.length - replaced, replaced }
  })
}

/** The subjects of a monitor, a page at a time in client-id order. */
export async function subjectsPage(records: RecordStore, monitorId: number, after: string | null, limit: number): Promise<MonitoredSubject[]> {
  let q = records.db.selectFrom('monitor_subjects').select(['client_id', 'subject']).where('monitor_id', '=', monitorId).orderBy('client_id').limit(limit)
  if (after !== null) q = q.where('client_id', '>', after)
  return (await q.execute()).map((r) => ({ client_id: r.client_id, subject: JSON.parse(r.subject) as Subject }))
}

/**
 * The data version a monitor was last screened at: its newest finished run. A run cut short (its
 * node died) is passed over, so the next one diffs from the version before it and misses nothing.
 */
export async function lastRunVersion(records: RecordStore, monitorId: number): Promise<string | undefined> {
  const row = await records.db
    .selectFrom('monitor_runs')
    .select('data_version')
    .where('monitor_id', '=', monitorId)
    .where('finished_at', 'is not', null)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.data_version
}

/**
 * Claim the re-screen of a monitor at a data version: true for the one node that inserts the run,
 * false for every other node that heard of the same version.
 */
export async function claimRun(records: RecordStore, monitorId: number, dataVersion: string): Promise<boolean> {
  const row = await records.db
    .insertInto('monitor_runs')
    .values({ monitor_id: monitorId, data_version: dataVersion, started_at: new Date().toISOString(), finished_at: null, screened: 0, alerts: 0 })
    .onConflict((oc) => oc.columns(['monitor_id', 'data_version']).doNothing())
    .returning('monitor_id')
    .executeTakeFirst()
  return row !== undefined
}

export async function finishRun(
  records: RecordStore,
  run: { monitorId: number; dataVersion: string; previous: string; subjects: number; screened: number; alerts: number[] },
  announce: (db: Parameters<Parameters<RecordStore['write']>[0]>[0]['db']) => Promise<unknown>,
): Promise<void> {
  await records.write(async (tx) => {
    await tx.db
      .updateTable('monitor_runs')
      .set({ finished_at: new Date().toISOString(), screened: run.screened, alerts: run.alerts.length })
      .where('monitor_id', '=', run.monitorId)
      .where('data_version', '=', run.dataVersion)
      .execute()
    await tx.audit({
      actor: 'system',
      action: 'monitor.rescreened',
      target: `monitor:${run.monitorId}`,
      dataVersion: run.dataVersion,
      details: { previous: run.previous, subjects: run.subjects, screened: run.screened, alerts: run.alerts },
    })
    await announce(tx.db)
  })
}

/** A data version's name as its dataset versions: "cers@1,us_ofac_sdn@2" → [{cers,1},{us_ofac_sdn,2}]. */
export function datasetVersionsOf(name: string): Array<{ dataset: string; version: string }> {
  return name
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const at = part.lastIndexOf('@')
      return { dataset: part.slice(0, at), version: part.slice(at + 1) }
    })
}
