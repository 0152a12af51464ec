/** GET /search/{dataset}: text search with filters and facets, for user-facing search boxes (yente's shape). */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError } from '../../errors.js'
import { model } from '../../model/ftm.js'
import { makeEntityFilter } from '../../screening/entity-filter.js'
import { searchEntities } from '../../screening/search-entities.js'
import type { AppDeps } from '../app.js'
import { checkScope, datasetNames } from '../dataset-scope.js'
import { toEntityResponse } from '../entity-response.js'
import { withDerivedRisk } from '../risk-response.js'
import { labelFacets } from '../facet-labels.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'
import { searchQuerystring, searchResponse } from '../schemas/search.js'

const params = z.object({ dataset: z.string().min(1).max(200) })

export function registerSearch(app: FastifyInstance, { live }: AppDeps): void {
  const schema = openApiSchema({
    summary: 'Simple entity search', tags: ['Matching'], params, querystring: searchQuerystring,
    description: 'Search by a piece of text, e.g. a name, with filters and facet counts. For screening, use POST /match.',
    responses: { 200: searchResponse, 400: errorResponse, 404: errorResponse },
  })
  app.get('/search/:dataset', { schema }, async (request, reply) => {
    const { dataset } = parseInput(params, request.params, 'path')
    const p = parseInput(searchQuerystring, request.query, 'query string')
    if (!model.schemata[p.schema]) throw new AppError('unknown_schema', `Unknown FtM schema '${p.schema}' in the schema parameter.`)
    const index = await live.get()
    const scope = checkScope(index, dataset)
    const found = searchEntities({
      index, q: p.q, schema: p.schema, limit: p.limit, offset: p.offset, facets: p.facets,
      accept: makeEntityFilter({
        datasets: datasetNames(index), scope, includeDatasets: p.include_dataset, excludeDatasets: p.exclude_dataset,
        excludeSchemata: p.exclude_schema, changedSince: p.changed_since,
      }),
      filters: { countries: p.countries, topics: p.topics, datasets: p.datasets, op: p.filter_op },
    })
    reply.header('x-vigil-data-version', index.version)
    return {
      results: found.results.map((hit) => withDerivedRisk(toEntityResponse(hit.entity), index.risk.get(hit.entity.id))),
      facets: labelFacets(found.facets),
      total: { value: found.total, relation: 'eq' },
      limit: p.limit,
      offset: p.offset,
      data_version: index.version,
    }
  })
}
