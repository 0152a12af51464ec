/** Signing in and out with a password (the web app's session cookie), and who am I. */
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { grantsOf } from '../../review/roles.js'
import { SESSION_HOURS } from '../../review/authenticate.js'
import type { AppDeps } from '../app.js'
import { SESSION_COOKIE } from '../auth.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'

const loginRequest = z.object({ user: z.string().min(1), password: z.string().min(1) })
const me = z.object({
  user: z.string(),
  role: z.string(),
  permissions: z.array(z.string()),
  via: z.string().meta({ description: 'key, session' }),
  expires_at: z.string().optional(),
})
const tags = ['Authentication']

// A password guesser gets ten tries a minute per address; a key cannot be guessed at any rate.
const LOGIN_LIMIT = { max: 10, timeWindow: '1 minute' }

export async function registerAuthRoutes(app: FastifyInstance, { auth }: Pick<AppDeps, 'auth'>): Promise<void> {
  await app.register(rateLimit, { global: false })
  app.post(
    '/v1/auth/login',
    {
      config: { rateLimit: LOGIN_LIMIT },
      schema: openApiSchema({
        summary: 'Sign in with a password; sets the session cookie',
        tags,
        body: loginRequest,
        responses: { 200: me, 401: errorResponse },
      }),
    },
    async (request, reply) => {
      const body = parseInput(loginRequest, request.body ?? {}, 'body')
      const session = await auth!.login(body.user, body.password)
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        maxAge: SESSION_HOURS * 3600,
      })
      const { principal } = session
      return { user: principal.name, role: principal.role, permissions: grantsOf(principal.role), via: 'session', expires_at: session.expiresAt }
    },
  )
  app.post(
    '/v1/auth/logout',
    { schema: openApiSchema({ summary: 'Sign out: ends the session', tags, responses: { 200: z.object({ status: z.string() }) } }) },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE]
      if (token && request.principal.via === 'session') await auth!.logout(token, request.principal)
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return { status: 'ok' }
    },
  )
  app.get('/v1/auth/me', { schema: openApiSchema({ summary: 'Who am I: user, role and permissions', tags, responses: { 200: me } }) }, async (request) => {
    const { principal } = request
    return { user: principal.name, role: principal.role, permissions: grantsOf(principal.role), via: principal.via }
  })
}
