/** Send JSON text a worker wrote, as it is: the request thread neither parses nor serializes it again. */
import type { FastifyReply } from 'fastify'

export function sendJson(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').serializer((payload) => payload as string).send(json)
}
