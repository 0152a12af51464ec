/** Users and API keys over HTTP, for admins (the CLI's `vigil users` and `vigil keys` do the same). */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { ROLES } from '../../review/roles.js'
import { addUser, createKey, disableUser, listKeys, listUsers, revokeKey } from '../../review/users.js'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'

const tags = ['Users and keys']
const newUser = z.object({ name: z.string(), role: z.enum(ROLES), password: z.string().optional() })
const newKey = z.object({ user: z.string(), name: z.string().optional().meta({ description: 'A label for the key, e.g. the system that uses it.' }) })
const keyId = z.object({ id: z.string() })
const userName = z.object({ name: z.string() })
const any = z.unknown()

export function registerUsers(app: FastifyInstance, { store }: Pick<AppDeps, 'store'>): void {
  const records = store.records
  app.get('/v1/users', { schema: openApiSchema({ summary: 'List users', tags, responses: { 200: any } }) }, async () => ({ users: await listUsers(records) }))
  app.post(
    '/v1/users',
    { schema: openApiSchema({ summary: 'Add a user', tags, body: newUser, responses: { 201: any, 400: errorResponse, 409: errorResponse } }) },
    async (request, reply) => {
      const body = parseInput(newUser, request.body ?? {}, 'body')
      return reply.status(201).send(await addUser(records, request.principal, body))
    },
  )
  app.delete(
    '/v1/users/:name',
    {
      schema: openApiSchema({
        summary: 'Disable a user: its keys and sessions stop working',
        tags,
        params: userName,
        responses: { 200: any, 404: errorResponse, 409: errorResponse },
      }),
    },
    async (request) => disableUser(records, request.principal, parseInput(userName, request.params, 'path').name),
  )
  app.get('/v1/keys', { schema: openApiSchema({ summary: 'List API keys (never the keys themselves)', tags, responses: { 200: any } }) }, async () => ({
    keys: await listKeys(records),
  }))
  app.post(
    '/v1/keys',
    { schema: openApiSchema({ summary: 'Create an API key; the answer holds it, once', tags, body: newKey, responses: { 201: any, 404: errorResponse } }) },
    async (request, reply) => {
      const body = parseInput(newKey, request.body ?? {}, 'body')
      return reply.status(201).send(await createKey(records, request.principal, { user: body.user, label: body.name }))
    },
  )
  app.delete(
    '/v1/keys/:id',
    { schema: openApiSchema({ summary: 'Revoke an API key', tags, params: keyId, responses: { 200: any, 404: errorResponse, 409: errorResponse } }) },
    async (request) => revokeKey(records, request.principal, parseInput(keyId, request.params, 'path').id),
  )
}
