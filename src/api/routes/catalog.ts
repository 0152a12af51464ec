/**
 * GET /catalog: the datasets served, in yente's catalog shape: the `default` collection as loaded,
 * with its `index_version` and `children`, then each list with its publisher's title, version,
 * size, source, source date and whether it is stale (older than VIGIL_STALE_DAYS).
 */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { freshnessOf } from '../../store/staleness.js'
import type { VersionInfo } from '../../store/store.js'
import { loadManifest, type ManifestDataset } from '../../update/manifest.js'
import type { AppDeps } from '../app.js'
import { collectionVersion } from '../collection-version.js'
import { toTimestamp } from '../../screening/entity-view/entity-response.js'
import { openApiSchema } from '../openapi.js'
import { staleDetails, staleDetailsSchema } from '../stale-details.js'

const datasetModel = z.object({
  name: z.string(),
  title: z.string().meta({ description: "The publisher's title of the list, from datasets/manifest.yaml." }),
  type: z.enum(['collection', 'source']),
  version: z.string().nullable(),
  index_version: z.string().nullable().meta({ description: 'The version the screening index serves.' }),
  index_current: z.boolean(),
  load: z.boolean().meta({ description: 'Screened against: every dataset shown is, and the default collection holds them all.' }),
  entity_count: z.number().int(),
  children: z.array(z.string()),
  updated_at: z.string().nullable().meta({ description: 'When Vigil imported it (for default: when the served index was built).' }),
  last_change: z.string().nullable().meta({ description: "The list's source date when it states one, else the import time." }),
  publisher: z.object({ name: z.string() }).optional(),
  source: z.object({ url: z.string().nullable(), path: z.string(), date: z.string().nullable(), format: z.string() }).optional(),
  age_days: z.number().int().nullable().optional().meta({ description: 'Days since the source date; null when the list states none.' }),
  stale: z.boolean().optional().meta({ description: 'The source date is older than VIGIL_STALE_DAYS.' }),
})
const catalogResponse = z.object({
  datasets: z.array(datasetModel),
  current: z.array(z.string()),
  outdated: z.array(z.string()),
  index_stale: z.boolean().meta({ description: 'The index serves an older version of some dataset than the store holds (a rebuild is under way).' }),
  ...staleDetailsSchema,
})

type DatasetModel = z.infer<typeof datasetModel>

export function registerCatalog(app: FastifyInstance, { store, live, config, manifest }: AppDeps): void {
  // Read once at start: the titles change only with the manifest.
  const described = new Map((manifest ?? loadManifest()).map((d) => [d.name, d]))
  const schema = openApiSchema({ summary: 'Data catalog', tags: ['Data access'], responses: { 200: catalogResponse } })
  app.get('/catalog', { schema }, async () => {
    const datasets = await store.listDatasets()
    const now = new Date()
    const indexed = new Map((live.built?.datasets ?? []).map((d) => [d.dataset, d.version]))
    const sources = datasets.map((d) =>
      describeSource(d, { indexVersion: indexed.get(d.dataset) ?? null, manifest: described.get(d.dataset), now, staleDays: config.staleDays }),
    )
    const current = sources.filter((s) => s.index_current).map((s) => s.name)
    const outdated = sources.filter((s) => !s.index_current).map((s) => s.name)
    return {
      datasets: [describeDefault(datasets, sources, live.built), ...sources],
      current,
      outdated,
      index_stale: outdated.length > 0,
      ...staleDetails(datasets, config.staleDays, now),
    }
  })
}

/** The collection of every dataset, as yente's `default`: loaded, with the version its index serves. */
function describeDefault(datasets: VersionInfo[], sources: DatasetModel[], built: { datasets: VersionInfo[]; builtAt: string } | undefined): DatasetModel {
  const version = collectionVersion(datasets)
  const indexVersion = built ? collectionVersion(built.datasets) : null
  return {
    name: 'default',
    title: 'All datasets',
    type: 'collection',
    version,
    index_version: indexVersion,
    index_current: version !== null && indexVersion === version,
    load: true,
    entity_count: datasets.reduce((n, d) => n + d.entities, 0),
    children: datasets.map((d) => d.dataset),
    updated_at: built ? toTimestamp(built.builtAt) : null,
    last_change:
      sources
        .map((s) => s.last_change)
        .filter((c): c is string => c !== null)
        .sort()
        .at(-1) ?? null,
  }
}

interface SourceContext {
  indexVersion: string | null
  manifest: ManifestDataset | undefined
  now: Date
  staleDays: number
}

function describeSource(d: VersionInfo, { indexVersion, manifest, now, staleDays }: SourceContext): DatasetModel {
  const { ageDays, stale } = freshnessOf(d.sourceDate, now, staleDays)
  return {
    name: d.dataset,
    title: manifest?.title ?? d.dataset,
    type: 'source',
    version: d.version,
    index_version: indexVersion,
    index_current: indexVersion === d.version,
    load: true,
    entity_count: d.entities,
    children: [],
    updated_at: d.importedAt ? toTimestamp(d.importedAt) : null,
    last_change: toTimestamp(d.sourceDate ?? d.importedAt ?? ''),
    ...(manifest ? { publisher: { name: manifest.publisher } } : {}),
    source: { url: d.sourceUrl, path: d.sourcePath, date: d.sourceDate, format: d.format },
    age_days: ageDays,
    stale,
  }
}
