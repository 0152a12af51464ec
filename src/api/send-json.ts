/** Send JSON text a worker wrote, as it is: the request thread neither parses nor serializes it again. */
import type { FastifyReply } from 'fastify'
import type { TaskResult } from './data-version/protocol.js'

export function sendJson(reply: FastifyReply, json: string): FastifyReply {
  return reply
    .type('application/json; charset=utf-8')
    .serializer((payload) => payload as string)
    .send(json)
}

/** A worker's answer with the data version that produced it; only /entities answers with redirects. */
export function sendAnswer(reply: FastifyReply, answer: TaskResult | undefined): FastifyReply {
  if (!answer || !('json' in answer)) throw new Error('A data-version worker answered without a response body.')
  reply.header('x-vigil-data-version', answer.version)
  return sendJson(reply, answer.json)
}
