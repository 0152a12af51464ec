/**
 * The Data page: a dataset's kept versions, what changed between two of them (`vigil diff`), and a
 * rollback to a kept version (`vigil rollback`), audited under the user who asked.
 */
import type { FastifyInstance } from 'fastify'
import { AppError } from '../../errors.js'
import { actorOf } from '../../review/principal.js'
import { closestValue } from '../../screening/valid-values.js'
import { diffPair } from '../../store/diff-versions.js'
import { describeKept, findVersion, liveOf } from '../../store/kept-versions.js'
import { rollbackTarget } from '../../store/rollback-version.js'
import type { Store, VersionInfo } from '../../store/store.js'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'
import { sendAnswer } from '../send-json.js'
import { datasetParams, diffQuery, diffResponse, rollbackBody, rollbackResponse, versionsResponse } from '../schemas/datasets.js'

const tags = ['Datasets']

export function registerDatasets(app: FastifyInstance, { store, live }: AppDeps): void {
  app.get(
    '/v1/datasets/:dataset/versions',
    {
      schema: openApiSchema({
        summary: 'The kept versions of a dataset, newest first',
        tags,
        params: datasetParams,
        responses: { 200: versionsResponse, 404: errorResponse },
      }),
    },
    async (request) => {
      const { dataset } = parseInput(datasetParams, request.params, 'path')
      const versions = await versionsOf(store, dataset)
      return { dataset, live: versions.find((v) => v.status === 'live')?.version ?? null, versions: versions.map(versionView) }
    },
  )
  app.get(
    '/v1/datasets/:dataset/diff',
    {
      schema: openApiSchema({
        summary: 'Entities added, removed and changed between two kept versions (default: the one before the live one, and the live one)',
        tags,
        params: datasetParams,
        querystring: diffQuery,
        responses: { 200: diffResponse, 404: errorResponse, 409: errorResponse },
      }),
    },
    async (request, reply) => {
      const { dataset } = parseInput(datasetParams, request.params, 'path')
      const query = parseInput(diffQuery, request.query, 'query string')
      const versions = await versionsOf(store, dataset)
      if (!query.from) requireOlder(dataset, versions, query.to ? findVersion(dataset, versions, query.to) : liveOf(dataset, versions))
      const { from, to } = diffPair(versions, { dataset, ...query })
      const [answer] = await live.run([{ kind: 'diff', dataset, from: from.version, to: to.version, limit: query.limit }])
      return sendAnswer(reply, answer)
    },
  )
  app.post(
    '/v1/datasets/:dataset/rollback',
    {
      schema: openApiSchema({
        summary: 'Make a kept version live again (default: the one before the live one); audited as dataset.rolled_back',
        description: 'The live version is retired, not deleted. The served index is rebuilt beside the live one and swapped in.',
        tags,
        params: datasetParams,
        body: rollbackBody,
        responses: { 200: rollbackResponse, 404: errorResponse, 409: errorResponse },
      }),
    },
    async (request) => {
      const { dataset } = parseInput(datasetParams, request.params, 'path')
      const { version } = parseInput(rollbackBody, request.body ?? {}, 'body')
      const versions = await versionsOf(store, dataset)
      if (!version) requireOlder(dataset, versions, liveOf(dataset, versions))
      const { live: previous, target } = rollbackTarget(dataset, versions, version)
      if (target.version === previous.version)
        throw new AppError('conflict', `Version ${target.version} of '${dataset}' is already live; nothing to roll back.`)
      const now = await store.activateVersion(dataset, target.version, actorOf(request.principal))
      // As after a CLI rollback, which the watch notices: the new index builds beside the served one.
      void live.refresh()
      return { dataset, version: now.version, previous: previous.version }
    },
  )
}

/** The kept versions, or a 404 naming the dataset the name most likely meant, and the others. */
async function versionsOf(store: Store, dataset: string): Promise<VersionInfo[]> {
  const versions = await store.listVersions(dataset)
  if (versions.length > 0) return versions
  const known = (await store.listDatasets()).map((d) => d.dataset)
  const closest = closestValue(dataset, known)
  const hint = closest ? ` Did you mean '${closest}'?` : ''
  throw new AppError('unknown_dataset', `No dataset '${dataset}' in the store.${hint} Datasets: ${known.join(', ') || 'none yet'}.`)
}

/** Going back from a version needs an older one: without it, the request conflicts with what is kept. */
function requireOlder(dataset: string, versions: VersionInfo[], newer: VersionInfo): void {
  if (versions.findIndex((v) => v.version === newer.version) < versions.length - 1) return
  const why = versions.length < 2 ? 'it has only one kept version' : `no kept version is older than ${newer.version}`
  throw new AppError('conflict', `Nothing to go back to in '${dataset}': ${why}. Import another version first. ${describeKept(versions)}`)
}

function versionView(v: VersionInfo) {
  return {
    version: v.version,
    status: v.status,
    format: v.format,
    source_path: v.sourcePath,
    source_url: v.sourceUrl,
    source_date: v.sourceDate,
    imported_at: v.importedAt,
    entities: v.entities,
    statements: v.statements,
    warnings: v.warnings,
  }
}
