/**
 * Batch files screened in the background for the web app's Batches page: upload a CSV, JSON-lines
 * or XLSX file, poll its progress, download the results with the columns `vigil screen` writes.
 * The whole file is read and checked before the answer, so a bad file starts nothing.
 */
import { createReadStream } from 'node:fs'
import { extname, join } from 'node:path'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError } from '../../errors.js'
import { requirePermission } from '../../review/principal.js'
import { getAlgorithm } from '../../scoring/algorithms.js'
import { readBatchText, type BodyFormat } from '../../screening/batch-input/read-batch-text.js'
import type { BatchInput } from '../../screening/batch-input/read-batch.js'
import type { AppDeps } from '../app.js'
import { BatchJobs } from '../batch-jobs.js'
import { resultPath, runBatch } from '../batch-run.js'
import { checkScope } from '../dataset-scope.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { batchAnswer, batchIdParams, batchList, batchQuery, resultsQuery, UPLOAD_TYPES, MIME_TYPES } from '../schemas/batches.js'
import { errorResponse } from '../schemas/common.js'

const tags = ['Batches']
// A batch file is larger than a JSON request: ten times the body limit (VIGIL_BODY_LIMIT), for this route only.
const UPLOAD_LIMIT_FACTOR = 10
// Row errors listed on the batch; the result file has them all, in its error column.
const WARNINGS_SHOWN = 20

export async function registerBatches(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const jobs = new BatchJobs(join(deps.config.home, 'batches'), deps.logger)
  app.addHook('onClose', () => jobs.close())
  // In a scope of their own: here the text types arrive as bytes, beside the monitors' text parsers.
  await app.register(async (scope) => {
    scope.removeContentTypeParser(Object.keys(UPLOAD_TYPES))
    scope.addContentTypeParser(Object.keys(UPLOAD_TYPES), { parseAs: 'buffer' }, (_request, body, done) => done(null, body))
    registerRoutes(scope, deps, jobs)
  })
}

function registerRoutes(app: FastifyInstance, { live, store, config }: AppDeps, jobs: BatchJobs): void {
  app.post(
    '/v1/batches',
    {
      bodyLimit: UPLOAD_LIMIT_FACTOR * config.bodyLimit,
      schema: openApiSchema({
        summary: 'Screen a batch file in the background (the raw file as the body: text/csv, application/x-ndjson or XLSX)',
        description: `The file is read and checked first: a bad file is a 400 naming its line, and nothing starts. Then 202 with the batch; poll GET /v1/batches/{id}. Up to ${UPLOAD_LIMIT_FACTOR}× VIGIL_BODY_LIMIT bytes. record=true keeps each row as a recorded screening (needs the record permission).`,
        tags,
        querystring: batchQuery,
        responses: { 202: batchAnswer, 400: errorResponse, 403: errorResponse, 404: errorResponse, 413: errorResponse },
      }),
    },
    async (request, reply) => {
      const query = parseInput(batchQuery, request.query, 'query string')
      if (query.record === 'true') requirePermission(request.principal, 'record', 'Recording a batch (record=true)')
      const algorithm = getAlgorithm(query.algorithm)
      const scope = checkScope(live.serving().datasets, query.dataset)
      const format = uploadFormatOf(request)
      const name = query.name ?? `batch.${format}`
      const input = await readUpload(request.body, format, query.schema, name)
      const settings = { scope, algorithm: algorithm.name, threshold: query.threshold ?? algorithm.threshold, limit: query.limit }
      const job = { name, input, settings, recordAs: query.record === 'true' ? request.principal : undefined }
      const batch = await jobs.start({ name, format, rows: input.rows.length, warnings: warningsOf(input) }, request.principal, (run) =>
        runBatch(live, store, job, run),
      )
      return reply.status(202).send(batch)
    },
  )
  app.get(
    '/v1/batches',
    { schema: openApiSchema({ summary: 'Batches, newest first (your own; every one with read_records)', tags, responses: { 200: batchList } }) },
    async (request) => ({
      batches: jobs.list(request.principal),
    }),
  )
  app.get(
    '/v1/batches/:id',
    { schema: openApiSchema({ summary: 'One batch and its progress', tags, params: batchIdParams, responses: { 200: batchAnswer, 404: errorResponse } }) },
    async (request) => jobs.get(parseInput(batchIdParams, request.params, 'path').id, request.principal),
  )
  app.get(
    '/v1/batches/:id/results',
    {
      schema: openApiSchema({
        summary: "A finished batch's results as a file (default: the upload's format), with the columns `vigil screen` writes",
        tags,
        params: batchIdParams,
        querystring: resultsQuery,
        responses: { 404: errorResponse, 409: errorResponse },
      }),
    },
    async (request, reply) => {
      const { id } = parseInput(batchIdParams, request.params, 'path')
      const { view, dir } = jobs.resultsDir(id, request.principal)
      const format = parseInput(resultsQuery, request.query, 'query string').format ?? view.format
      const stem = view.name.slice(0, view.name.length - extname(view.name).length).replace(/[^\w.\- ]/g, '_') || 'batch'
      reply.header('content-type', MIME_TYPES[format]).header('content-disposition', `attachment; filename="${stem}-results.${format}"`)
      return reply.send(createReadStream(resultPath(dir, format)))
    },
  )
}

function uploadFormatOf(request: FastifyRequest): BodyFormat {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  const format = UPLOAD_TYPES[type]
  if (format && Buffer.isBuffer(request.body)) return format
  throw new AppError('unknown_format', `Send the file itself as the body, with its content type: ${Object.keys(UPLOAD_TYPES).join(', ')}.`)
}

/** The rows of the upload; a file the readers refuse, or one with no row to screen, is a 400. */
async function readUpload(body: unknown, format: BodyFormat, schema: string | undefined, name: string): Promise<BatchInput> {
  const input = await readBatchText(body as Buffer, format, schema, name)
  if (input.rows.length === 0) throw new AppError('bad_file', 'The file has no rows to screen.', { file: name })
  if (!input.rows.some((row) => row.query && !row.error)) {
    const first = input.rows.find((row) => row.error)
    throw new AppError('bad_file', `No row of the file can be screened${first ? `; the first: ${first.error}` : ''}.`, { file: name })
  }
  return input
}

function warningsOf(input: BatchInput): string[] {
  const errors = input.rows.filter((row) => row.error).map((row) => row.error!)
  const shown = errors.slice(0, WARNINGS_SHOWN)
  return errors.length > WARNINGS_SHOWN ? [...shown, `… and ${errors.length - WARNINGS_SHOWN} more rows with errors (see the error column).`] : shown
}
