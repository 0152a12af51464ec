/**
 * The permission each route needs, in one table: the auth hook checks it on every request, and a
 * route missing here needs `admin`, so a new route is closed until someone opens it on purpose.
 */
import type { Permission } from '../review/roles.js'

/** Routes anyone may call: probes, the API's own documentation, signing in. */
export const PUBLIC_ROUTES = new Set(['GET /healthz', 'GET /readyz', 'GET /openapi.json', 'POST /v1/auth/login'])
// The web app's hashed assets (web-app.ts): code and styles, no data.
export const PUBLIC_PREFIXES = ['/docs', '/assets']

/** `authenticated`: any signed-in user, whatever the role. */
export type RouteNeed = Permission | 'authenticated'

export const ROUTE_PERMISSIONS: Record<string, RouteNeed> = {
  'GET /catalog': 'screen',
  'GET /algorithms': 'screen',
  'GET /entities/:id': 'screen',
  'GET /search/:dataset': 'screen',
  'POST /match/:dataset': 'screen',
  'POST /screen': 'screen',
  'POST /v1/auth/logout': 'authenticated',
  'GET /v1/auth/me': 'authenticated',
  'POST /v1/screenings': 'record',
  'GET /v1/screenings': 'read_records',
  'GET /v1/screenings/:id': 'read_records',
  'GET /v1/alerts': 'read_records',
  'GET /v1/alerts/:id': 'read_records',
  'POST /v1/alerts/:id/decisions': 'work',
  'POST /v1/alerts/:id/assign': 'work',
  'POST /v1/alerts/:id/approve': 'review',
  'POST /v1/alerts/:id/reject': 'review',
  'GET /v1/cases': 'read_records',
  'POST /v1/cases': 'work',
  'GET /v1/cases/:id': 'read_records',
  'PATCH /v1/cases/:id': 'work',
  'POST /v1/cases/:id/comments': 'work',
  'GET /v1/whitelist': 'read_records',
  'DELETE /v1/whitelist/:id': 'admin',
  'GET /v1/monitors': 'read_records',
  'POST /v1/monitors': 'work',
  'GET /v1/monitors/:id': 'read_records',
  'GET /v1/monitors/:id/subjects': 'read_records',
  'POST /v1/monitors/:id/subjects': 'work',
  'GET /v1/webhooks': 'read_records',
  'POST /v1/webhooks': 'admin',
  'GET /v1/webhooks/:id/deliveries': 'read_records',
  'DELETE /v1/webhooks/:id': 'admin',
  'GET /v1/datasets/:dataset/versions': 'screen',
  'GET /v1/datasets/:dataset/diff': 'screen',
  'POST /v1/datasets/:dataset/rollback': 'admin',
  // Screening a file records nothing unless record=true, which the route checks (the record permission).
  'POST /v1/batches': 'screen',
  // Each user sees their own batches; with read_records, every one (the route filters).
  'GET /v1/batches': 'screen',
  'GET /v1/batches/:id': 'screen',
  'GET /v1/batches/:id/results': 'screen',
  'GET /v1/audit': 'audit',
  // The auditor reads who may do what; only an admin changes it.
  'GET /v1/users': 'audit',
  'POST /v1/users': 'admin',
  'DELETE /v1/users/:name': 'admin',
  'GET /v1/keys': 'audit',
  'POST /v1/keys': 'admin',
  'DELETE /v1/keys/:id': 'admin',
}

export function routeNeed(method: string, url: string): RouteNeed {
  return ROUTE_PERMISSIONS[`${method} ${url}`] ?? 'admin'
}

export function isPublic(method: string, url: string | undefined): boolean {
  if (url === undefined) return false
  return PUBLIC_ROUTES.has(`${method} ${url}`) || PUBLIC_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`))
}
