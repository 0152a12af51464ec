/** Holds the live screening index and swaps in a new one, built beside it, when the store's data changes. */
import type { Store } from '../store/store.js'
import { buildScreeningIndex, dataVersionOf, type ScreeningIndex } from './screening-index.js'

export class IndexHolder {
  private live: ScreeningIndex | undefined
  private building: Promise<ScreeningIndex> | undefined

  constructor(private readonly store: Store) {}

  /** The live index, building the first one if needed. */
  async current(): Promise<ScreeningIndex> {
    return this.live ?? this.refresh()
  }

  /** Rebuild if the store's live versions differ from the index's; queries keep the old index meanwhile. */
  async refresh(): Promise<ScreeningIndex> {
    const version = dataVersionOf(await this.store.listDatasets())
    if (this.live && this.live.version === version) return this.live
    this.building ??= buildScreeningIndex(this.store).finally(() => (this.building = undefined))
    const next = await this.building
    this.live = next
    return next
  }
}
