/**
 * The analyst web app (web/, built into dist/web): its shell and hashed assets, served to anyone
 * (they hold no data; every datum comes from the API, which checks the session). A browser that
 * navigates to an app path gets the shell, even where the API has a route of the same path
 * (`/entities/:id`): navigations ask for HTML, API clients for JSON.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

/** The first path segments of the app's own pages (web/src/routes.ts names the same). */
export const APP_SECTIONS = [
  '',
  'signin',
  'screen',
  'entities',
  'alerts',
  'approvals',
  'cases',
  'whitelist',
  'shipments',
  'batches',
  'data',
  'monitors',
  'audit',
]

/** The app loads only what this server sends: no inline script or style, no other origin. */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const ASSETS_PREFIX = '/assets/'

export async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  const shellPath = join(root, 'index.html')
  const built = existsSync(shellPath)
  // Read once: a rebuilt app is served from the next start, as the hashed assets it names are.
  const shell = built ? readFileSync(shellPath) : undefined
  if (built) {
    await app.register(fastifyStatic, {
      root: join(root, 'assets'),
      prefix: ASSETS_PREFIX,
      // Names carry a content hash: a changed file has a new name, so a year's cache is safe.
      immutable: true,
      maxAge: '365d',
      index: false,
      decorateReply: false,
      setHeaders: (res) => res.setHeader('content-security-policy', APP_CSP),
    })
  }
  app.addHook('onRequest', async (request, reply) => {
    if (!wantsShell(request)) return
    sendShell(reply, shell)
    return reply
  })
}

function wantsShell(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const path = request.url.split('?')[0] ?? '/'
  const section = path.split('/')[1] ?? ''
  if (!APP_SECTIONS.includes(section)) return false
  // `/` is the app for everyone; other app paths only for a navigation (an API client asks for JSON).
  return section === '' || (request.headers.accept ?? '').includes('text/html')
}

function sendShell(reply: FastifyReply, shell: Buffer | undefined): void {
  if (!shell) {
    reply
      .status(503)
      .type('text/plain; charset=utf-8')
      .send('The web app is not built. Run `npm run build` (or `npm start`, which builds it), then restart `vigil serve`.')
    return
  }
  // The shell names the current hashed assets: always revalidated, never cached stale.
  reply.header('cache-control', 'no-cache').header('content-security-policy', APP_CSP).type('text/html; charset=utf-8').send(shell)
}
