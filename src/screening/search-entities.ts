/**
 * Text search over one data version, for user-facing search boxes (yente's `/search`): names through
 * the candidate index, scored by the name-only algorithm; other entities (addresses, sanctions)
 * by their caption; with the filters and facet counts of yente's search.
 */
import { toMatchable, type Matchable } from '../index/matchable.js'
import type { Entity } from '../model/entity.js'
import { isA, model } from '../model/ftm.js'
import { scoreCandidate } from '../scoring/algorithm.js'
import { NAME_ONLY } from '../scoring/algorithms.js'
import { tokenize } from '../text/normalize.js'
import type { DataVersion } from './data-version/data-version.js'
import { countFacets, type FacetCounts, type FacetName, type FacetFilters, makeFacetFilter } from './facets.js'
import { checkFacetFilters } from './valid-values.js'

export interface SearchRequest {
  data: DataVersion
  q: string
  /** Keep entities of this schema, its descendants, and (for matchable schemata) what it can match. */
  schema: string
  accept: (entity: Entity) => boolean
  filters: FacetFilters
  limit: number
  offset: number
  facets: readonly FacetName[]
}

export interface SearchHit {
  entity: Entity
  /** Name similarity for name hits; 0 for caption hits and for searches without text. */
  score: number
}

export interface SearchResponse {
  results: SearchHit[]
  total: number
  facets: FacetCounts
}

// "armanazi" finds "Amr Armanazi" at 0.82 under name-only; below 0.5 the candidate shares only fragments of names.
const MIN_NAME_SCORE = 0.5
// Names are scored from this many candidates; a search box shows the first page or two.
const NAME_CANDIDATES = 500

export function searchEntities(request: SearchRequest): SearchResponse {
  checkFacetFilters(
    request.filters,
    request.data.datasets.map((d) => d.dataset),
  )
  const keep = acceptAll(request)
  const hits = request.q.trim() ? findText(request, keep) : [...request.data.entities.values()].filter(keep).map((entity) => ({ entity, score: 0 }))
  return {
    results: hits.slice(request.offset, request.offset + request.limit),
    total: hits.length,
    facets: countFacets(
      hits.map((h) => h.entity),
      request.facets,
    ),
  }
}

function acceptAll(request: SearchRequest): (entity: Entity) => boolean {
  const inSchema = schemaFilter(request.schema)
  const facets = makeFacetFilter(request.filters)
  return (entity) => inSchema(entity.schema) && request.accept(entity) && facets(entity)
}

function findText(request: SearchRequest, keep: (entity: Entity) => boolean): SearchHit[] {
  const { data, q } = request
  const kind = model.schemata[request.schema]?.matchable ? request.schema : 'LegalEntity'
  const query = toMatchable({ id: 'search', schema: kind, caption: q, properties: { name: [q] }, datasets: [], referents: [], first_seen: '', last_seen: '' })
  const ctx = { rarity: (token: string) => data.candidates.rarity(token) }
  const names = data.candidates
    .candidates(query, NAME_CANDIDATES, (m: Matchable) => keep(m.entity))
    .map(({ entity }) => ({ entity: entity.entity, score: scoreCandidate(NAME_ONLY, withSchema(query, entity.schema), entity, ctx).score }))
    .filter((hit) => hit.score >= MIN_NAME_SCORE)
    .sort((a, b) => b.score - a.score)
  return [...names, ...findCaptions(data, q, keep)]
}

// The query's schema is only a guess at the name's kind; it must not count as a schema mismatch.
function withSchema(query: Matchable, schema: string): Matchable {
  return { ...query, schema }
}

/** Entities outside the name index (addresses, sanctions, links) whose caption holds every query token. */
function findCaptions(data: DataVersion, q: string, keep: (entity: Entity) => boolean): SearchHit[] {
  const tokens = tokenize(q)
  if (tokens.length === 0) return []
  const named = namedIds(data)
  const hits: SearchHit[] = []
  for (const entity of data.entities.values()) {
    if (named.has(entity.id) || !keep(entity)) continue
    const caption = new Set(tokenize(entity.caption))
    if (tokens.every((t) => caption.has(t))) hits.push({ entity, score: 0 })
  }
  return hits
}

const namedCache = new WeakMap<DataVersion, Set<string>>()

/** Ids the name index can find; built once per data version. */
function namedIds(data: DataVersion): Set<string> {
  let ids = namedCache.get(data)
  if (!ids) {
    ids = new Set(data.candidates.entities.filter((m) => m.names.length > 0 || m.weakNames.length > 0).map((m) => m.id))
    namedCache.set(data, ids)
  }
  return ids
}

/** yente's schema filter: descendants of the schema, plus, for a matchable one, the schemata it can match. */
function schemaFilter(schemaName: string): (schema: string) => boolean {
  const matchable = model.schemata[schemaName]?.matchable ?? false
  const cache = new Map<string, boolean>()
  return (schema) => {
    let ok = cache.get(schema)
    if (ok === undefined) {
      ok = isA(schema, schemaName) || (matchable && isA(schemaName, schema) && (model.schemata[schema]?.matchable ?? false))
      cache.set(schema, ok)
    }
    return ok
  }
}
