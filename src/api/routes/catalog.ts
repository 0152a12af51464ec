/** GET /catalog: the datasets served, with version, size and source (yente's catalog shape, simplified). */
import type { FastifyInstance } from 'fastify'
import type { AppDeps } from '../app.js'

export function registerCatalog(app: FastifyInstance, { store }: AppDeps): void {
  app.get('/catalog', async () => {
    const datasets = await store.listDatasets()
    return {
      datasets: [
        { name: 'default', type: 'collection', children: datasets.map((d) => d.dataset), entity_count: datasets.reduce((n, d) => n + d.entities, 0) },
        ...datasets.map((d) => ({
          name: d.dataset,
          type: 'source',
          version: d.version,
          entity_count: d.entities,
          updated_at: d.importedAt,
          source: { url: d.sourceUrl, path: d.sourcePath, date: d.sourceDate, format: d.format },
        })),
      ],
    }
  })
}
