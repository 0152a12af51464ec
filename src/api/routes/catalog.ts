/** GET /catalog: the datasets served, in yente's catalog shape, with version, size and source. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { VersionInfo } from '../../store/store.js'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'

const datasetModel = z.object({
  name: z.string(),
  title: z.string(),
  type: z.enum(['collection', 'source']),
  version: z.string().nullable(),
  index_version: z.string().nullable().meta({ description: 'The version the screening index serves.' }),
  index_current: z.boolean(),
  load: z.boolean(),
  entity_count: z.number().int(),
  children: z.array(z.string()),
  updated_at: z.string().nullable(),
  source: z.object({ url: z.string().nullable(), path: z.string(), date: z.string().nullable(), format: z.string() }).optional(),
})
const catalogResponse = z.object({
  datasets: z.array(datasetModel),
  current: z.array(z.string()),
  outdated: z.array(z.string()),
  index_stale: z.boolean(),
})

export function registerCatalog(app: FastifyInstance, { store, live }: AppDeps): void {
  const schema = openApiSchema({ summary: 'Data catalog', tags: ['Data access'], responses: { 200: catalogResponse } })
  app.get('/catalog', { schema }, async () => {
    const datasets = await store.listDatasets()
    const indexed = new Map((live.built?.datasets ?? []).map((d) => [d.dataset, d.version]))
    const sources = datasets.map((d) => describeSource(d, indexed.get(d.dataset) ?? null))
    const current = sources.filter((s) => s.index_current).map((s) => s.name)
    const outdated = sources.filter((s) => !s.index_current).map((s) => s.name)
    return { datasets: [describeDefault(datasets, outdated.length === 0), ...sources], current, outdated, index_stale: outdated.length > 0 }
  })
}

function describeDefault(datasets: VersionInfo[], current: boolean): z.infer<typeof datasetModel> {
  return {
    name: 'default', title: 'All datasets', type: 'collection', version: null, index_version: null, index_current: current,
    load: false, entity_count: datasets.reduce((n, d) => n + d.entities, 0), children: datasets.map((d) => d.dataset), updated_at: null,
  }
}

function describeSource(d: VersionInfo, indexVersion: string | null): z.infer<typeof datasetModel> {
  return {
    name: d.dataset, title: d.dataset, type: 'source', version: d.version, index_version: indexVersion,
    index_current: indexVersion === d.version, load: true, entity_count: d.entities, children: [], updated_at: d.importedAt,
    source: { url: d.sourceUrl, path: d.sourcePath, date: d.sourceDate, format: d.format },
  }
}
