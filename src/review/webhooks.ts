/** Webhook subscriptions and their deliveries, as admins set them up and reviewers read them. */
import { AppError } from '../errors.js'
import type { RecordStore } from '../store/records/record-store.js'
import { EVENTS, type EventName } from './events.js'
import { actorOf, type Principal } from './principal.js'

export interface WebhookView {
  id: number
  url: string
  events: string[]
  created_by: string
  created_at: string
  disabled_at: string | null
}

// The receiver checks signatures with it; a short one could be guessed from signed bodies offline.
const MIN_SECRET = 16

export async function createWebhook(records: RecordStore, by: Principal, request: { url: string; events: string[]; secret: string }): Promise<WebhookView> {
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    throw new AppError('bad_input', `Webhook url '${request.url}' is not a URL.`, { field: 'url' })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('bad_input', `Webhook url must be http or https, not '${url.protocol.replace(':', '')}'.`, { field: 'url' })
  }
  const unknown = request.events.filter((e) => !(EVENTS as readonly string[]).includes(e))
  if (request.events.length === 0 || unknown.length > 0) {
    throw new AppError(
      'bad_input',
      `Webhook events: ${unknown.length > 0 ? `unknown '${unknown.join("', '")}'` : 'none given'}. Events: ${EVENTS.join(', ')}.`,
      {
        field: 'events',
      },
    )
  }
  if (request.secret.length < MIN_SECRET) throw new AppError('bad_input', `The webhook secret must be at least ${MIN_SECRET} characters.`, { field: 'secret' })
  return records.write(async (tx) => {
    const now = new Date().toISOString()
    const actor = actorOf(by)
    const events = [...new Set(request.events)] as EventName[]
    const row = await tx.db
      .insertInto('webhooks')
      .values({ url: url.toString(), events: JSON.stringify(events), secret: request.secret, created_by: actor, created_at: now, disabled_at: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    await tx.audit({ actor, action: 'webhook.created', target: `webhook:${row.id}`, details: { url: url.toString(), events } })
    return { id: row.id, url: url.toString(), events, created_by: actor, created_at: now, disabled_at: null }
  })
}

export async function listWebhooks(records: RecordStore): Promise<{ webhooks: WebhookView[] }> {
  const rows = await records.db.selectFrom('webhooks').select(['id', 'url', 'events', 'created_by', 'created_at', 'disabled_at']).orderBy('id').execute()
  return { webhooks: rows.map((r) => ({ ...r, events: JSON.parse(r.events) as string[] })) }
}

export async function disableWebhook(records: RecordStore, by: Principal, id: number): Promise<WebhookView> {
  return records.write(async (tx) => {
    const row = await tx.db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new AppError('not_found', `No webhook ${id}.`)
    if (row.disabled_at) throw new AppError('conflict', `Webhook ${id} was disabled already, at ${row.disabled_at}.`)
    const now = new Date().toISOString()
    await tx.db.updateTable('webhooks').set({ disabled_at: now }).where('id', '=', id).execute()
    // Deliveries not sent yet would go to a receiver that was switched off: they stop too.
    await tx.db
      .updateTable('webhook_deliveries')
      .set({ status: 'failed', last_error: 'webhook disabled' })
      .where('webhook_id', '=', id)
      .where('status', '=', 'pending')
      .execute()
    await tx.audit({ actor: actorOf(by), action: 'webhook.disabled', target: `webhook:${id}`, details: { url: row.url } })
    return { id, url: row.url, events: JSON.parse(row.events) as string[], created_by: row.created_by, created_at: row.created_at, disabled_at: now }
  })
}

export async function listDeliveries(records: RecordStore, webhookId: number, query: { status?: string; limit: number; offset: number }) {
  const hook = await records.db.selectFrom('webhooks').select('id').where('id', '=', webhookId).executeTakeFirst()
  if (!hook) throw new AppError('not_found', `No webhook ${webhookId}.`)
  let q = records.db
    .selectFrom('webhook_deliveries')
    .select(['id', 'event', 'status', 'attempts', 'next_attempt_at', 'last_status', 'last_error', 'created_at', 'delivered_at', 'payload'])
    .where('webhook_id', '=', webhookId)
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
  if (query.status) q = q.where('status', '=', query.status)
  const rows = await q.execute()
  return { deliveries: rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as unknown })) }
}
