/** GET /search/{dataset}: text search with filters and facets, for user-facing search boxes (yente's shape). */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError } from '../../errors.js'
import { model } from '../../model/ftm.js'
import type { AppDeps } from '../app.js'
import { checkScope } from '../dataset-scope.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'
import { searchQuerystring, searchResponse } from '../schemas/search.js'
import { sendAnswer } from '../send-json.js'

const params = z.object({ dataset: z.string().min(1).max(200) })

export function registerSearch(app: FastifyInstance, { live }: AppDeps): void {
  const schema = openApiSchema({
    summary: 'Simple entity search',
    tags: ['Matching'],
    params,
    querystring: searchQuerystring,
    description: 'Search by a piece of text, e.g. a name, with filters and facet counts. For screening, use POST /match.',
    responses: { 200: searchResponse, 400: errorResponse, 404: errorResponse, 503: errorResponse },
  })
  app.get('/search/:dataset', { schema }, async (request, reply) => {
    const { dataset } = parseInput(params, request.params, 'path')
    const p = parseInput(searchQuerystring, request.query, 'query string')
    if (!model.schemata[p.schema]) throw new AppError('unknown_schema', `Unknown FtM schema '${p.schema}' in the schema parameter.`)
    const scope = checkScope(live.serving().datasets, dataset)
    const [answer] = await live.run([{ kind: 'search', scope, params: p }])
    return sendAnswer(reply, answer)
  })
}
