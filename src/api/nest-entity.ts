/** Moved to src/screening/entity-view/ (the CLI shows entities too); kept so the API's imports stay put. */
export { flatEntity, nestEntity, type NestedEntity } from '../screening/entity-view/nest-entity.js'
