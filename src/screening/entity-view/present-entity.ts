/**
 * One entity as GET /entities/{id} serves it and `vigil entity` prints it: merged across datasets,
 * its neighbours nested (or not), the provenance of every value, and its derived risk.
 */
import type { ScreeningIndex } from '../../index/screening-index.js'
import type { EntityDetail } from '../../store/store.js'
import { withDerivedRisk } from './derived-risk.js'
import { flatEntity, nestEntity } from './nest-entity.js'

export function presentEntity(detail: EntityDetail, index: ScreeningIndex, nested = true) {
  const shaped = nested ? nestEntity(detail, index) : flatEntity(detail)
  return withDerivedRisk(shaped, index.risk.get(detail.entity.id))
}
