/** Users and keys for tests: one per role, created through the review layer as the CLI would. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { CREDENTIALS_FILE, parseCredentials } from '../../src/review/admin-bootstrap.js'
import { cliPrincipal } from '../../src/review/principal.js'
import { ROLES, type Role } from '../../src/review/roles.js'
import { addUser, createKey } from '../../src/review/users.js'
import type { Store } from '../../src/store/store.js'

export type RoleKeys = Record<Role, string>

const TEST_OPERATOR = cliPrincipal('test')

let users = 0

/** A user with a key, named after its role and a number unless told otherwise. */
export async function userWithKey(store: Store, role: Role, name = `${role}-${++users}`, password?: string): Promise<string> {
  await addUser(store.records, TEST_OPERATOR, { name, role, password })
  return (await createKey(store.records, TEST_OPERATOR, { user: name })).key
}

/** One user per role (named after it), each with a key. */
export async function keysForEveryRole(store: Store): Promise<RoleKeys> {
  const keys = {} as RoleKeys
  for (const role of ROLES) keys[role] = await userWithKey(store, role, role)
  return keys
}

export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` }
}

/**
 * The app, with every `inject` sending this key unless the call sets its own authorization: for
 * tests of routes whose subject is not authentication itself.
 */
export function injectingKey(app: FastifyInstance, key: string): FastifyInstance {
  const inject = app.inject.bind(app)
  const withKey = (options: InjectOptions | string) => {
    const o: InjectOptions = typeof options === 'string' ? { url: options } : options
    return inject({ ...o, headers: { ...bearer(key), ...(o.headers ?? {}) } })
  }
  return new Proxy(app, { get: (target, prop, receiver) => (prop === 'inject' ? withKey : Reflect.get(target, prop, receiver)) })
}

/** The admin key a first `vigil serve` wrote to the data directory. */
export function bootstrapKey(home: string): string {
  return parseCredentials(readFileSync(join(home, CREDENTIALS_FILE), 'utf8')).key
}
