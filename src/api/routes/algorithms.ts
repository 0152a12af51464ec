/** GET /algorithms: the algorithms, their features and weights, documented from the objects that score. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Algorithm } from '../../scoring/algorithm.js'
import { ALGORITHMS, DEFAULT_ALGORITHM } from '../../scoring/algorithms.js'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'

const featureDoc = z.object({
  description: z.string(),
  coefficient: z.number().meta({ description: 'The weight of the feature in the score.' }),
  group: z.string().nullable().meta({ description: 'Features of one group count by the best of them.' }),
})
const algorithmDocs = z.object({
  name: z.string(),
  description: z.string(),
  threshold: z.number(),
  config: z.record(z.string(), z.unknown()),
  features: z.record(z.string(), featureDoc),
})
const algorithmsResponse = z.object({
  algorithms: z.array(algorithmDocs.extend({ docs: algorithmDocs })),
  default: z.string(),
  best: z.string(),
})

export function registerAlgorithms(app: FastifyInstance, _deps: AppDeps): void {
  const schema = openApiSchema({ summary: 'Scoring algorithms', tags: ['System information'], responses: { 200: algorithmsResponse } })
  app.get('/algorithms', { schema }, async () => ({
    algorithms: ALGORITHMS.map((a) => {
      const docs = describeAlgorithm(a)
      return { ...docs, docs }
    }),
    default: DEFAULT_ALGORITHM.name,
    // yente's clients ask for "best"; Vigil maps it to its default.
    best: DEFAULT_ALGORITHM.name,
  }))
}

function describeAlgorithm(algorithm: Algorithm): z.infer<typeof algorithmDocs> {
  const features = Object.fromEntries(
    algorithm.features.map(({ feature, weight, group }) => [feature.name, { description: feature.description, coefficient: weight, group: group ?? null }]),
  )
  return { name: algorithm.name, description: algorithm.description, threshold: algorithm.threshold, config: {}, features }
}
