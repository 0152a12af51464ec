/** GET /entities/{id}: one entity, merged across datasets, with relations and the provenance of every value. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError } from '../../errors.js'
import { describeEntity } from '../../store/describe-entity.js'
import type { AppDeps } from '../app.js'

const params = z.object({ id: z.string().min(1).max(200) })

export function registerEntities(app: FastifyInstance, { store }: AppDeps): void {
  app.get('/entities/:id', async (request) => {
    const parsed = params.safeParse(request.params)
    if (!parsed.success) throw new AppError('bad_input', 'Entity id must be 1 to 200 characters.')
    const detail = await store.getEntity(parsed.data.id)
    if (!detail) throw new AppError('not_found', `No entity '${parsed.data.id}'.`)
    return describeEntity(detail)
  })
}
