/** Errors as responses: AppError codes map to statuses; Fastify's own 4xx pass through; the rest are a logged 500. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, HTTP_STATUS } from '../errors.js'

/** How long a client should wait before retrying a 503 (not ready, overloaded, timed out). */
export const RETRY_AFTER_S = 5

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    const status = HTTP_STATUS[error.code]
    if (status === 503) reply.header('retry-after', String(RETRY_AFTER_S))
    return reply.status(status).send({ status, code: error.code, detail: error.message })
  }
  const status = (error as { statusCode?: number }).statusCode
  if (status === 413) {
    const detail = `The request body is larger than ${request.routeOptions.bodyLimit ?? 'the'} bytes (VIGIL_BODY_LIMIT). Split it into smaller requests.`
    return reply.status(413).send({ status, code: 'too_large', detail })
  }
  if (status === 415) {
    const detail = "The body must be JSON, sent with the header 'content-type: application/json'."
    return reply.status(415).send({ status, code: 'unsupported_media_type', detail })
  }
  if (status === 503) {
    reply.header('retry-after', String(RETRY_AFTER_S))
    return reply.status(503).send({ status, code: 'overloaded', detail: error.message })
  }
  if (status && status >= 400 && status < 500) {
    return reply.status(status).send({ status, code: 'bad_input', detail: error.message })
  }
  // Logged here, once, with its stack; the client learns only that it happened.
  request.log.error({ err: error }, 'unhandled error')
  return reply.status(500).send({ status: 500, code: 'internal', detail: 'Internal error; it has been logged.' })
}
