/** Cases: the alerts of one subject worked together, with an assignee, a status and comments. */
import { AppError } from '../errors.js'
import type { RecordDb, RecordStore } from '../store/records/record-store.js'
import { toAlertView, type AlertView } from './alert-view.js'
import { historyOf, type AuditRecordView } from './audit-log.js'
import { actorOf, type Principal } from './principal.js'

export const CASE_STATUSES = ['open', 'closed'] as const

export interface CaseView {
  id: number
  title: string
  subject_key: string | null
  status: string
  assignee: string | null
  created_by: string
  created_at: string
  updated_at: string
}

export interface CaseDetail extends CaseView {
  alerts: AlertView[]
  comments: Array<{ id: number; author: string; body: string; at: string }>
  history: AuditRecordView[]
}

export async function createCase(
  records: RecordStore,
  by: Principal,
  request: { title: string; alert_ids?: number[]; assignee?: string | null },
): Promise<CaseDetail> {
  const title = request.title.trim()
  if (!title) throw new AppError('bad_input', 'A case needs a title.', { field: 'title' })
  const id = await records.write(async (tx) => {
    const alerts = await tx.db
      .selectFrom('alerts')
      .select(['id', 'subject_key', 'case_id'])
      .where('id', 'in', request.alert_ids?.length ? request.alert_ids : [-1])
      .execute()
    const missing = (request.alert_ids ?? []).filter((a) => !alerts.some((x) => x.id === a))
    if (missing.length > 0) throw new AppError('not_found', `No alert ${missing.join(', ')}.`)
    const subjects = [...new Set(alerts.map((a) => a.subject_key))]
    if (subjects.length > 1)
      throw new AppError('bad_input', `A case groups the alerts of one subject; these are about ${subjects.length} subjects.`, { field: 'alert_ids' })
    const inCase = alerts.find((a) => a.case_id !== null)
    if (inCase) throw new AppError('conflict', `Alert ${inCase.id} belongs to case ${inCase.case_id} already.`)
    if (request.assignee) await checkUser(tx.db, request.assignee)
    const now = new Date().toISOString()
    const actor = actorOf(by)
    const row = await tx.db
      .insertInto('cases')
      .values({
        title,
        subject_key: subjects[0] ?? null,
        status: 'open',
        assignee: request.assignee ?? null,
        created_by: actor,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (alerts.length > 0) {
      await tx.db
        .updateTable('alerts')
        .set({ case_id: row.id, updated_at: now })
        .where(
          'id',
          'in',
          alerts.map((a) => a.id),
        )
        .execute()
    }
    await tx.audit({
      actor,
      action: 'case.opened',
      target: `case:${row.id}`,
      details: { title, alert_ids: alerts.map((a) => a.id), assignee: request.assignee ?? null },
    })
    return row.id
  })
  return getCase(records, id)
}

export async function getCase(records: RecordStore, id: number): Promise<CaseDetail> {
  const row = await findCase(records.db, id)
  const alerts = await records.db.selectFrom('alerts').selectAll().where('case_id', '=', id).orderBy('id').execute()
  const comments = await records.db.selectFrom('case_comments').select(['id', 'author', 'body', 'at']).where('case_id', '=', id).orderBy('id').execute()
  return { ...row, alerts: alerts.map(toAlertView), comments, history: await historyOf(records, `case:${id}`) }
}

export async function listCases(
  records: RecordStore,
  query: { status?: string; assignee?: string; limit: number; offset: number },
): Promise<{ cases: CaseView[] }> {
  let q = records.db.selectFrom('cases').selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset)
  if (query.status) q = q.where('status', '=', query.status)
  if (query.assignee) q = q.where('assignee', '=', query.assignee)
  return { cases: await q.execute() }
}

export async function updateCase(
  records: RecordStore,
  by: Principal,
  id: number,
  change: { status?: 'open' | 'closed'; assignee?: string | null; title?: string },
): Promise<CaseDetail> {
  await records.write(async (tx) => {
    const before = await findCase(tx.db, id)
    if (change.assignee) await checkUser(tx.db, change.assignee)
    const now = new Date().toISOString()
    const set = { ...change, ...(change.title !== undefined ? { title: change.title.trim() } : {}), updated_at: now }
    await tx.db.updateTable('cases').set(set).where('id', '=', id).execute()
    const changed = Object.fromEntries(Object.entries(change).map(([k, v]) => [k, { from: before[k as keyof CaseView] ?? null, to: v }]))
    await tx.audit({ actor: actorOf(by), action: 'case.updated', target: `case:${id}`, details: changed })
  })
  return getCase(records, id)
}

export async function commentOnCase(records: RecordStore, by: Principal, id: number, body: string): Promise<CaseDetail> {
  const text = body.trim()
  if (!text) throw new AppError('bad_input', 'A comment needs some text.', { field: 'body' })
  await records.write(async (tx) => {
    await findCase(tx.db, id)
    const actor = actorOf(by)
    const at = new Date().toISOString()
    const row = await tx.db.insertInto('case_comments').values({ case_id: id, author: actor, body: text, at }).returning('id').executeTakeFirstOrThrow()
    await tx.db.updateTable('cases').set({ updated_at: at }).where('id', '=', id).execute()
    await tx.audit({ actor, action: 'case.commented', target: `case:${id}`, details: { comment_id: row.id, body: text } })
  })
  return getCase(records, id)
}

async function findCase(db: RecordDb, id: number): Promise<CaseView> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('not_found', `No case ${id}. GET /v1/cases lists them.`)
  return row
}

async function checkUser(db: RecordDb, name: string): Promise<void> {
  const user = await db.selectFrom('users').select('id').where('name', '=', name).executeTakeFirst()
  if (!user) throw new AppError('bad_input', `No user '${name}' to assign to.`, { field: 'assignee' })
}
