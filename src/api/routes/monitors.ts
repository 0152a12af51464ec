/** Monitored customer books: created, filled with subjects (screened at once), read with their runs. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError } from '../../errors.js'
import { addSubjects, createMonitor, findMonitor, getMonitor, listMonitors, subjectsPage, type MonitoredSubject } from '../../review/monitors.js'
import { ID_HEADERS, idHeaderOf } from '../../review/record-batch.js'
import { getAlgorithm } from '../../scoring/algorithms.js'
import { readBatchText } from '../../screening/batch-input/read-batch-text.js'
import type { AppDeps } from '../app.js'
import { checkScope } from '../dataset-scope.js'
import { screenBook } from '../monitor-runner.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'
import { idParams, recordAnswer } from '../schemas/records.js'

const tags = ['Monitoring']
const newMonitor = z.object({
  name: z.string().min(1).max(200),
  dataset: z.string().default('default'),
  algorithm: z.string().optional(),
  threshold: z.number().min(0).max(1).optional(),
})
const jsonSubjects = z.object({
  subjects: z
    .array(z.object({ id: z.string().min(1).max(200), schema: z.string(), properties: z.record(z.string(), z.array(z.unknown())) }))
    .min(1)
    .max(10_000),
})
const subjectsQuery = z.object({
  after: z.string().max(200).optional().meta({ description: 'The last client id of the previous page.' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
})
const TEXT_TYPES = { 'text/csv': 'csv', 'application/x-ndjson': 'jsonl', 'application/jsonl': 'jsonl' } as const

export function registerMonitors(app: FastifyInstance, { live, store }: AppDeps): void {
  const records = store.records
  app.addContentTypeParser(Object.keys(TEXT_TYPES), { parseAs: 'string' }, (_request, body, done) => done(null, body))
  app.post(
    '/v1/monitors',
    {
      schema: openApiSchema({
        summary: 'Create a monitored customer book',
        tags,
        body: newMonitor,
        responses: { 201: recordAnswer, 400: errorResponse, 404: errorResponse },
      }),
    },
    async (request, reply) => {
      const body = parseInput(newMonitor, request.body ?? {}, 'body')
      const served = live.serving()
      checkScope(served.datasets, body.dataset)
      const algorithm = getAlgorithm(body.algorithm).name
      return reply.status(201).send(await createMonitor(records, request.principal, { ...body, algorithm, dataVersion: served.version }))
    },
  )
  app.get('/v1/monitors', { schema: openApiSchema({ summary: 'Monitored books', tags, responses: { 200: recordAnswer } }) }, async () => listMonitors(records))
  app.get(
    '/v1/monitors/:id',
    {
      schema: openApiSchema({
        summary: 'A monitored book: subjects, open alerts, recent runs',
        tags,
        params: idParams,
        responses: { 200: recordAnswer, 404: errorResponse },
      }),
    },
    async (request) => getMonitor(records, parseInput(idParams, request.params, 'path').id),
  )
  app.get(
    '/v1/monitors/:id/subjects',
    {
      schema: openApiSchema({
        summary: 'The subjects of a monitored book, a page at a time in client-id order',
        tags,
        params: idParams,
        querystring: subjectsQuery,
        responses: { 200: recordAnswer, 404: errorResponse },
      }),
    },
    async (request) => {
      const { id } = parseInput(idParams, request.params, 'path')
      const { after, limit } = parseInput(subjectsQuery, request.query, 'query string')
      await findMonitor(records.db, id)
      // One more than asked says whether another page follows.
      const page = await subjectsPage(records, id, after ?? null, limit + 1)
      const subjects = page.slice(0, limit)
      return { subjects, next: page.length > limit ? (subjects.at(-1)?.client_id ?? null) : null }
    },
  )
  app.post(
    '/v1/monitors/:id/subjects',
    {
      schema: openApiSchema({
        summary: 'Add subjects (JSON, CSV or JSON lines with the headers `vigil screen` reads); each is screened at once',
        description: 'Each subject needs the client’s own id (`id` column or field). A subject with an id already in the book replaces it.',
        tags,
        params: idParams,
        responses: { 200: recordAnswer, 400: errorResponse, 404: errorResponse },
      }),
    },
    async (request) => {
      const { id } = parseInput(idParams, request.params, 'path')
      const monitor = await findMonitor(records.db, id)
      const subjects = await subjectsOf(request.headers['content-type'] ?? '', request.body)
      const added = await addSubjects(records, request.principal, id, subjects)
      const screened = await screenBook(live, store, request.principal, monitor, subjects, 'subject_added')
      return { ...added, screened: screened.screened, alerts: screened.alerts, data_version: screened.dataVersion }
    },
  )
}

async function subjectsOf(contentType: string, body: unknown): Promise<MonitoredSubject[]> {
  const type = contentType.split(';')[0]!.trim().toLowerCase() as keyof typeof TEXT_TYPES
  if (!(type in TEXT_TYPES)) {
    const parsed = parseInput(jsonSubjects, body ?? {}, 'body')
    return parsed.subjects.map((s) => ({ client_id: s.id, subject: { id: s.id, schema: s.schema, properties: s.properties as Record<string, unknown[]> } }))
  }
  const batch = await readBatchText(String(body ?? ''), TEXT_TYPES[type])
  const idHeader = idHeaderOf(batch.headers) ?? (TEXT_TYPES[type] === 'jsonl' ? 'id' : undefined)
  if (!idHeader) throw new AppError('bad_input', `The book has no id column: name one ${ID_HEADERS.join(', ')}. Each subject needs the client's own id.`)
  const subjects: MonitoredSubject[] = []
  for (const row of batch.rows) {
    if (row.error || !row.query) throw new AppError('bad_input', row.error ?? `Line ${row.line}: nothing to screen.`, { line: row.line })
    const clientId = String(row.cells[idHeader] ?? '').trim()
    if (!clientId)
      throw new AppError('bad_input', `Line ${row.line}: no ${idHeader}; each subject needs the client's own id.`, { line: row.line, field: idHeader })
    subjects.push({ client_id: clientId, subject: { id: clientId, schema: row.query.schema, properties: row.query.properties as Record<string, unknown[]> } })
  }
  if (subjects.length === 0) throw new AppError('bad_input', 'The book has no subjects.')
  return subjects
}
