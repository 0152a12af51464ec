/**
 * Authentication and roles on every request: `Authorization: Bearer KEY`, or the session cookie of
 * `POST /v1/auth/login`. No credentials, or ones that do not verify: 401. A role without the route's
 * permission (route-permissions.ts): 403. Checked here, on the server, whatever a client shows.
 */
import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../errors.js'
import type { Authenticator } from '../review/authenticate.js'
import type { Principal } from '../review/principal.js'
import { can } from '../review/roles.js'
import { isPublic, routeNeed } from './route-permissions.js'

export const SESSION_COOKIE = 'vigil_session'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; set on every route that is not public. */
    principal: Principal
  }
}

export async function registerAuth(app: FastifyInstance, auth: Authenticator): Promise<void> {
  await app.register(cookie)
  app.decorateRequest('principal', undefined as unknown as Principal)
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const method = request.method === 'HEAD' ? 'GET' : request.method
    const url = request.routeOptions.url
    if (isPublic(method, url)) return
    const principal = await identify(request, auth)
    if (!principal) {
      reply.header('www-authenticate', 'Bearer realm="vigil"')
      throw new AppError(
        'unauthorized',
        'Authentication required: send `Authorization: Bearer KEY` (create one with `vigil keys create --user NAME`), or sign in with POST /v1/auth/login.',
      )
    }
    request.principal = principal
    if (principal.via === 'session' && !sameOrigin(request)) {
      throw new AppError('forbidden', 'A request signed in by cookie must come from this server’s own pages (the Origin header names another site).')
    }
    // An unknown path is a 404 for whoever is signed in, not a 403.
    if (request.is404) return
    const need = routeNeed(method, url ?? '')
    if (need !== 'authenticated' && !can(principal.role, need)) {
      throw new AppError('forbidden', `${method} ${url} needs the '${need}' permission; user '${principal.name}' has role '${principal.role}'.`)
    }
  })
}

async function identify(request: FastifyRequest, auth: Authenticator): Promise<Principal | undefined> {
  const header = request.headers.authorization
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header)
    return match ? auth.byKey(match[1]!) : undefined
  }
  const token = request.cookies[SESSION_COOKIE]
  return token ? auth.bySession(token) : undefined
}

/** Browsers send Origin with every cross-site write; a cookie-signed write must come from this host. */
function sameOrigin(request: FastifyRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return true
  const origin = request.headers.origin
  if (!origin) return true
  try {
    return new URL(origin).host === request.headers.host
  } catch {
    return false
  }
}
