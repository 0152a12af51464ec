/**
 * Route schemas for the OpenAPI document, generated from the same zod schemas the routes parse
 * with. Fastify does not validate with them (zod does, with messages naming the field), and does
 * not serialize with them (nested entities would be cut away).
 */
import { z } from 'zod'

export interface RouteDoc {
  summary: string
  description?: string
  tags: string[]
  params?: z.ZodType
  querystring?: z.ZodType
  body?: z.ZodType
  responses: Record<number, z.ZodType>
}

/** A Fastify route `schema` object documenting the route. */
export function openApiSchema(doc: RouteDoc): Record<string, unknown> {
  const schema: Record<string, unknown> = { summary: doc.summary, tags: doc.tags }
  if (doc.description) schema.description = doc.description
  if (doc.params) schema.params = toJson(doc.params, 'output')
  if (doc.querystring) schema.querystring = toJson(doc.querystring, 'output')
  if (doc.body) schema.body = toJson(doc.body, 'input')
  schema.response = Object.fromEntries(Object.entries(doc.responses).map(([status, s]) => [status, toJson(s, 'output')]))
  return schema
}

function toJson(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-07', io, unrepresentable: 'any' }) as Record<string, unknown>
  delete json.$schema
  return json
}
