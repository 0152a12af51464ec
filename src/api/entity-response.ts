/** Moved to src/screening/entity-view/ (the CLI shows entities too); kept so the API's imports stay put. */
export { toEntityResponse, toTimestamp, type EntityResponse } from '../screening/entity-view/entity-response.js'
