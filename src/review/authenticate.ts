/**
 * Telling who a request is from: an API key (`Authorization: Bearer vigil_…`) or a session token
 * from signing in with a password (the web app's cookie). Only hashes are stored. A key's scrypt
 * check runs once per process; after that its SHA-256 is remembered and compared in constant time,
 * while revocation and disabled users are read from the store on every request.
 */
import { AppError } from '../errors.js'
import type { RecordStore } from '../store/records/record-store.js'
import { actorOf, type Principal } from './principal.js'
import type { Role } from './roles.js'
import { generateSessionToken, hashSecret, parseKey, sameDigest, sha256, verifySecret } from './secrets.js'

/** A session lasts a working day; signing in again starts a new one. */
export const SESSION_HOURS = 12
// Enough for every key of a large deployment; past it the memory is dropped and rebuilt as keys are used.
const VERIFIED_KEYS = 10_000

export class Authenticator {
  private readonly verified = new Map<string, string>()
  // Checked against when a user name is unknown, so that a login takes as long either way.
  private readonly decoy = hashSecret('not a password')

  constructor(private readonly records: RecordStore) {}

  async byKey(key: string): Promise<Principal | undefined> {
    const parsed = parseKey(key)
    if (!parsed) return undefined
    const row = await this.records.db
      .selectFrom('api_keys')
      .innerJoin('users', 'users.id', 'api_keys.user_id')
      .select(['users.id as user_id', 'users.name', 'users.role', 'users.disabled_at', 'api_keys.secret_hash', 'api_keys.revoked_at'])
      .where('api_keys.id', '=', parsed.id)
      .executeTakeFirst()
    if (!row || row.revoked_at || row.disabled_at) return undefined
    const digest = sha256(parsed.secret)
    const known = this.verified.get(parsed.id)
    if (known === undefined || !sameDigest(known, digest)) {
      if (!(await verifySecret(parsed.secret, row.secret_hash))) return undefined
      if (this.verified.size >= VERIFIED_KEYS) this.verified.clear()
      this.verified.set(parsed.id, digest)
    }
    return { userId: row.user_id, name: row.name, role: row.role as Role, via: 'key', keyId: parsed.id }
  }

  /** Sign in: a new session token (returned once, stored as its hash), audited. */
  async login(name: string, password: string): Promise<{ token: string; expiresAt: string; principal: Principal }> {
    const user = await this.records.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst()
    const verified = await verifySecret(password, user?.password_hash ?? (await this.decoy))
    if (!user?.password_hash || user.disabled_at || !verified) {
      throw new AppError('unauthorized', 'Unknown user name or wrong password.')
    }
    const principal: Principal = { userId: user.id, name: user.name, role: user.role as Role, via: 'session' }
    const token = generateSessionToken()
    const now = new Date()
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString()
    await this.records.write(async (tx) => {
      await tx.db
        .insertInto('sessions')
        .values({ token_hash: sha256(token), user_id: user.id, created_at: now.toISOString(), expires_at: expiresAt })
        .execute()
      await tx.audit({ actor: actorOf(principal), action: 'session.created', target: `user:${user.name}`, details: { expires_at: expiresAt } })
    })
    return { token, expiresAt, principal }
  }

  async bySession(token: string): Promise<Principal | undefined> {
    const row = await this.records.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.name', 'users.role', 'users.disabled_at', 'sessions.expires_at'])
      .where('sessions.token_hash', '=', sha256(token))
      .executeTakeFirst()
    if (!row || row.disabled_at || row.expires_at <= new Date().toISOString()) return undefined
    return { userId: row.id, name: row.name, role: row.role as Role, via: 'session' }
  }

  async logout(token: string, principal: Principal): Promise<void> {
    await this.records.write(async (tx) => {
      await tx.db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute()
      await tx.audit({ actor: actorOf(principal), action: 'session.ended', target: `user:${principal.name}` })
    })
  }
}
