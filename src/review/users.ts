/** Users and their API keys: added, listed, revoked, each change with its audit record. */
import { AppError } from '../errors.js'
import type { RecordStore, RecordTx } from '../store/records/record-store.js'
import { actorOf, type Principal } from './principal.js'
import { generateKey, hashSecret } from './secrets.js'
import { parseRole, type Role } from './roles.js'

export interface UserInfo {
  id: number
  name: string
  role: Role
  created_at: string
  disabled_at: string | null
  has_password: boolean
  active_keys: number
}

export interface KeyInfo {
  id: string
  user: string
  label: string
  created_at: string
  revoked_at: string | null
}

const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/

export async function addUser(records: RecordStore, by: Principal, user: { name: string; role: string; password?: string }): Promise<UserInfo> {
  if (!USER_NAME.test(user.name)) {
    throw new AppError('bad_input', `User name '${user.name}': expected 1–64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit.`, {
      field: 'name',
    })
  }
  const role = parseRole(user.role)
  if (user.password !== undefined && user.password.length < 12) {
    throw new AppError('bad_input', 'The password is shorter than 12 characters.', { field: 'password' })
  }
  const passwordHash = user.password === undefined ? null : await hashSecret(user.password)
  return records.write((tx) => insertUser(tx, by, { name: user.name, role, passwordHash }))
}

/** Add a user inside an audited transaction (addUser, and the first admin's creation). */
export async function insertUser(tx: RecordTx, by: Principal, user: { name: string; role: Role; passwordHash: string | null }): Promise<UserInfo> {
  const taken = await tx.db.selectFrom('users').select('id').where('name', '=', user.name).executeTakeFirst()
  if (taken) throw new AppError('conflict', `A user named '${user.name}' exists already.`)
  const created_at = new Date().toISOString()
  const row = await tx.db
    .insertInto('users')
    .values({ name: user.name, role: user.role, password_hash: user.passwordHash, created_at, disabled_at: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  await tx.audit({ actor: actorOf(by), action: 'user.added', target: `user:${user.name}`, details: { role: user.role, password: user.passwordHash !== null } })
  return { id: row.id, name: user.name, role: user.role, created_at, disabled_at: null, has_password: user.passwordHash !== null, active_keys: 0 }
}

export async function listUsers(records: RecordStore): Promise<UserInfo[]> {
  const users = await records.db.selectFrom('users').selectAll().orderBy('id').execute()
  const keys = await records.db.selectFrom('api_keys').select('user_id').where('revoked_at', 'is', null).execute()
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    role: u.role as Role,
    created_at: u.created_at,
    disabled_at: u.disabled_at,
    has_password: u.password_hash !== null,
    active_keys: keys.filter((k) => k.user_id === u.id).length,
  }))
}

export async function countUsers(records: RecordStore): Promise<number> {
  const row = await records.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** A new key for a user; the key itself is in the answer only, never stored. */
export async function createKey(records: RecordStore, by: Principal, request: { user: string; label?: string }): Promise<KeyInfo & { key: string }> {
  const fresh = generateKey()
  const secretHash = await hashSecret(fresh.secret)
  const label = request.label?.trim() || 'default'
  return records.write((tx) => insertKey(tx, by, { user: request.user, label, id: fresh.id, key: fresh.key, secretHash }))
}

/** Store a generated key's hash inside an audited transaction; the key itself is only returned. */
export async function insertKey(
  tx: RecordTx,
  by: Principal,
  fresh: { user: string; label: string; id: string; key: string; secretHash: string },
): Promise<KeyInfo & { key: string }> {
  const user = await tx.db.selectFrom('users').select(['id', 'name', 'disabled_at']).where('name', '=', fresh.user).executeTakeFirst()
  if (!user) throw new AppError('not_found', `No user '${fresh.user}'. Add one with \`vigil users add NAME --role ROLE\`.`)
  if (user.disabled_at) throw new AppError('conflict', `User '${user.name}' is disabled.`)
  const created_at = new Date().toISOString()
  await tx.db
    .insertInto('api_keys')
    .values({ id: fresh.id, user_id: user.id, label: fresh.label, secret_hash: fresh.secretHash, created_at, revoked_at: null })
    .execute()
  await tx.audit({ actor: actorOf(by), action: 'key.created', target: `key:${fresh.id}`, details: { user: user.name, label: fresh.label } })
  return { id: fresh.id, key: fresh.key, user: user.name, label: fresh.label, created_at, revoked_at: null }
}

export async function revokeKey(records: RecordStore, by: Principal, id: string): Promise<KeyInfo> {
  return records.write(async (tx) => {
    const key = await findKey(tx.db, id)
    if (key.revoked_at) throw new AppError('conflict', `Key ${id} was revoked already, at ${key.revoked_at}.`)
    const revoked_at = new Date().toISOString()
    await tx.db.updateTable('api_keys').set({ revoked_at }).where('id', '=', id).execute()
    await tx.audit({ actor: actorOf(by), action: 'key.revoked', target: `key:${id}`, details: { user: key.user } })
    return { ...key, revoked_at }
  })
}

export async function listKeys(records: RecordStore, user?: string): Promise<KeyInfo[]> {
  let query = records.db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .select(['api_keys.id', 'users.name as user', 'api_keys.label', 'api_keys.created_at', 'api_keys.revoked_at'])
    .orderBy('api_keys.created_at')
  if (user) query = query.where('users.name', '=', user)
  return query.execute()
}

async function findKey(db: RecordStore['db'], id: string): Promise<KeyInfo> {
  const key = await db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .select(['api_keys.id', 'users.name as user', 'api_keys.label', 'api_keys.created_at', 'api_keys.revoked_at'])
    .where('api_keys.id', '=', id)
    .executeTakeFirst()
  if (!key) throw new AppError('not_found', `No key '${id}'. \`vigil keys list\` shows the keys.`)
  return key
}

/** Disable a user: its keys and sessions stop working at once; its records stay as they are. */
export async function disableUser(records: RecordStore, by: Principal, name: string): Promise<UserInfo> {
  return records.write(async (tx) => {
    const user = await tx.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst()
    if (!user) throw new AppError('not_found', `No user '${name}'. \`vigil users list\` shows the users.`)
    if (user.disabled_at) throw new AppError('conflict', `User '${name}' was disabled already, at ${user.disabled_at}.`)
    const disabled_at = new Date().toISOString()
    await tx.db.updateTable('users').set({ disabled_at }).where('id', '=', user.id).execute()
    await tx.db.deleteFrom('sessions').where('user_id', '=', user.id).execute()
    await tx.audit({ actor: actorOf(by), action: 'user.disabled', target: `user:${name}` })
    return { id: user.id, name, role: user.role as Role, created_at: user.created_at, disabled_at, has_password: user.password_hash !== null, active_keys: 0 }
  })
}
