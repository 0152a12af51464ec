/**
 * Webhook events, written to an outbox in the transaction of the change they announce: an alert
 * that opens has its `alert.opened` deliveries queued or neither exists. Sending happens later,
 * off the request path (webhook-sender.ts).
 */
import type { RecordTransaction } from '../store/records/record-store.js'

export const EVENTS = ['alert.opened', 'alert.closed', 'monitor.rescreened'] as const
export type EventName = (typeof EVENTS)[number]

export async function enqueueEvent(db: RecordTransaction, event: EventName, payload: Record<string, unknown>): Promise<number> {
  const hooks = await db.selectFrom('webhooks').select(['id', 'events']).where('disabled_at', 'is', null).execute()
  const now = new Date().toISOString()
  const body = JSON.stringify({ event, at: now, ...payload })
  let queued = 0
  for (const hook of hooks) {
    if (!(JSON.parse(hook.events) as string[]).includes(event)) continue
    await db
      .insertInto('webhook_deliveries')
      .values({
        webhook_id: hook.id,
        event,
        payload: body,
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        claimed_until: null,
        last_status: null,
        last_error: null,
        created_at: now,
        delivered_at: null,
      })
      .execute()
    queued++
  }
  return queued
}
