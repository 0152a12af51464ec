/**
 * The screening index the API serves from. The first request (or `warm()` at start) builds it;
 * after that, at most once a second, a request checks the store's versions and, when they changed,
 * a new index is built beside the live one and swapped in while requests keep using the old one.
 */
import { IndexHolder } from '../index/index-holder.js'
import type { ScreeningIndex } from '../index/screening-index.js'
import type { Logger } from '../log.js'
import type { Store } from '../store/store.js'

// Checking versions is one small query; once a second keeps it out of the request path's cost.
const CHECK_INTERVAL_MS = 1000

export class LiveIndex {
  private readonly holder: IndexHolder
  private index: ScreeningIndex | undefined
  private checkedAt = 0
  private failing = false

  constructor(store: Store, private readonly logger: Logger) {
    this.holder = new IndexHolder(store)
  }

  /** The index built last, if any (readiness). */
  get built(): ScreeningIndex | undefined {
    return this.index
  }

  /** The live index, built on first use; a check for newer data starts in the background. */
  async get(): Promise<ScreeningIndex> {
    if (!this.index) {
      this.index = await this.holder.current()
      this.checkedAt = Date.now()
      return this.index
    }
    if (Date.now() - this.checkedAt >= CHECK_INTERVAL_MS) {
      this.checkedAt = Date.now()
      void this.refresh()
    }
    return this.index
  }

  /** Start building the first index without waiting for it. */
  warm(): void {
    this.get().catch((err: unknown) => this.logger.error({ err }, 'building the screening index failed'))
  }

  /** Rebuild now if the store changed; resolves once the new index is live. */
  async refresh(): Promise<ScreeningIndex | undefined> {
    try {
      const next = await this.holder.refresh()
      if (next !== this.index) this.logger.info({ version: next.version, entities: next.entities.size }, 'screening index swapped in')
      this.index = next
      this.failing = false
      return next
    } catch (err) {
      // Keep serving the old index; log a failing rebuild once, not once a second.
      if (!this.failing) this.logger.error({ err }, 'rebuilding the screening index failed; serving the previous one')
      this.failing = true
      return undefined
    }
  }
}
