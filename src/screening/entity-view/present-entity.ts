/**
 * One entity as GET /entities/{id} serves it and `vigil entity` prints it: merged across datasets,
 * its neighbours nested (or not), the provenance of every value, and its derived risk.
 */
import type { EntityDetail, Store } from '../../store/store.js'
import type { DataVersion } from '../data-version/data-version.js'
import { withDerivedRisk } from './derived-risk.js'
import { flatEntity, nestEntity } from './nest-entity.js'

/**
 * The entity read from the store at the data version's dataset versions, not the store's live ones
 * (an import may have finished since), so its id and derived risk are those /match gives it.
 */
export function readEntity(store: Store, data: DataVersion, id: string): Promise<EntityDetail | undefined> {
  return store.getEntity(id, { versions: data.datasets })
}

/** The response for an entity that readEntity read from the same data version. */
export function presentEntity(detail: EntityDetail, data: DataVersion, nested = true) {
  const shaped = nested ? nestEntity(detail, data) : flatEntity(detail)
  return withDerivedRisk(shaped, data.risk.get(detail.entity.id))
}
