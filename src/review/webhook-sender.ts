/**
 * Sending webhook deliveries from the outbox: signed (`X-Vigil-Signature: sha256=HMAC-SHA256 of the
 * body with the webhook's secret`), with a timeout, retried with exponential backoff, and given up
 * after the last attempt (status `failed`, the error kept). A node claims a delivery before sending
 * it, so two nodes never send the same one at once; sending never runs on a screening's path.
 */
import { createHmac } from 'node:crypto'
import type { Logger } from '../log.js'
import type { RecordStore } from '../store/records/record-store.js'

export interface SenderOptions {
  /** How often the outbox is read. */
  pollMs: number
  /** The first retry waits this long; each next one twice as long. */
  backoffMs: number
  attempts: number
  timeoutMs: number
}

export const SENDER_DEFAULTS: SenderOptions = { pollMs: 1000, backoffMs: 5000, attempts: 8, timeoutMs: 10_000 }

// Deliveries taken per poll; the rest wait for the next one.
const BATCH = 20

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

export class WebhookSender {
  private timer: NodeJS.Timeout | undefined
  private busy: Promise<void> | undefined
  private stopped = false

  constructor(
    private readonly records: RecordStore,
    private readonly logger: Logger,
    private readonly options: SenderOptions = SENDER_DEFAULTS,
  ) {}

  start(): void {
    const tick = () => {
      if (this.stopped) return
      this.busy = this.sendDue()
        .catch((err: unknown) => this.logger.error({ err }, 'sending webhook deliveries failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.options.pollMs).unref()
        })
    }
    this.timer = setTimeout(tick, this.options.pollMs).unref()
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.busy
  }

  /** Send every delivery that is due now; resolves when each has been tried once. */
  async sendDue(): Promise<void> {
    const now = new Date().toISOString()
    const due = await this.records.db
      .selectFrom('webhook_deliveries')
      .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
      .select([
        'webhook_deliveries.id',
        'webhook_deliveries.event',
        'webhook_deliveries.payload',
        'webhook_deliveries.attempts',
        'webhooks.url',
        'webhooks.secret',
      ])
      .where('webhook_deliveries.status', '=', 'pending')
      .where('webhook_deliveries.next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('webhook_deliveries.claimed_until', 'is', null), eb('webhook_deliveries.claimed_until', '<', now)]))
      .orderBy('webhook_deliveries.id')
      .limit(BATCH)
      .execute()
    await Promise.all(due.map((d) => this.deliver(d)))
  }

  private async deliver(d: { id: number; event: string; payload: string; attempts: number; url: string; secret: string }): Promise<void> {
    if (!(await this.claim(d.id))) return
    const outcome = await this.post(d)
    const attempts = d.attempts + 1
    const now = new Date()
    const done = outcome.ok
    const gaveUp = !done && attempts >= this.options.attempts
    await this.records.track((db) =>
      db
        .updateTable('webhook_deliveries')
        .set({
          status: done ? 'delivered' : gaveUp ? 'failed' : 'pending',
          attempts,
          last_status: outcome.status ?? null,
          last_error: outcome.error ?? null,
          delivered_at: done ? now.toISOString() : null,
          next_attempt_at: new Date(now.getTime() + this.options.backoffMs * 2 ** (attempts - 1)).toISOString(),
          claimed_until: null,
        })
        .where('id', '=', d.id)
        .execute(),
    )
    if (!done) this.logger.warn({ delivery: d.id, url: d.url, attempts, error: outcome.error, gaveUp }, 'webhook delivery failed')
  }

  private async claim(id: number): Promise<boolean> {
    const now = new Date()
    const until = new Date(now.getTime() + this.options.timeoutMs * 2).toISOString()
    const result = await this.records.track((db) =>
      db
        .updateTable('webhook_deliveries')
        .set({ claimed_until: until })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now.toISOString())]))
        .executeTakeFirst(),
    )
    return Number(result.numUpdatedRows) === 1
  }

  private async post(d: {
    id: number
    event: string
    payload: string
    url: string
    secret: string
  }): Promise<{ ok: boolean; status?: number; error?: string }> {
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'vigil-webhooks',
          'x-vigil-event': d.event,
          'x-vigil-delivery': String(d.id),
          'x-vigil-signature': signature(d.secret, d.payload),
        },
        body: d.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
      await res.body?.cancel()
      return res.ok ? { ok: true, status: res.status } : { ok: false, status: res.status, error: `HTTP ${res.status}` }
    } catch (err) {
      return { ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }
    }
  }
}
