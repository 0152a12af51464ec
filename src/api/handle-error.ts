/** Errors as responses: AppError codes map to statuses; Fastify's own 4xx pass through; the rest are a logged 500. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, HTTP_STATUS } from '../errors.js'

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    const status = HTTP_STATUS[error.code]
    return reply.status(status).send({ status, code: error.code, detail: error.message })
  }
  const status = (error as { statusCode?: number }).statusCode
  if (status && status >= 400 && status < 500) {
    return reply.status(status).send({ status, code: 'bad_input', detail: error.message })
  }
  // Logged here, once, with its stack; the client learns only that it happened.
  request.log.error({ err: error }, 'unhandled error')
  return reply.status(500).send({ status: 500, code: 'internal', detail: 'Internal error; it has been logged.' })
}
