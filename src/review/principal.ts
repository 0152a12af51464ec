/** Who is asking: a user with a role, authenticated by key, session or the local command line. */
import { AppError } from '../errors.js'
import { can, type Permission, type Role } from './roles.js'

export interface Principal {
  userId: number | null
  name: string
  role: Role
  via: 'key' | 'session' | 'cli' | 'system'
  keyId?: string
}

/** The actor an audit record names. */
export function actorOf(principal: Principal): string {
  if (principal.via === 'system') return 'system'
  return principal.via === 'cli' ? `cli:${principal.name}` : `user:${principal.name}`
}

export function requirePermission(principal: Principal, permission: Permission, what: string): void {
  if (!can(principal.role, permission)) {
    throw new AppError('forbidden', `${what} needs the '${permission}' permission; user '${principal.name}' has role '${principal.role}'.`)
  }
}

/**
 * The operator at the command line: whoever can open the store's file or database URL already
 * holds every record, so the CLI acts as an admin, audited under the OS user's name.
 */
export function cliPrincipal(osUser: string): Principal {
  return { userId: null, name: osUser, role: 'admin', via: 'cli' }
}

/** Vigil itself: the first admin's creation, monitoring re-screens. */
export const SYSTEM: Principal = { userId: null, name: 'system', role: 'admin', via: 'system' }
