/** Moved to src/screening/entity-view/derived-risk.ts (the CLI shows entities too); kept so the API's imports stay put. */
export { withDerivedRisk } from '../screening/entity-view/derived-risk.js'
