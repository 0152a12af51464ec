/**
 * The first admin: on a store with no users, `vigil up` and `vigil serve` create `admin` with a
 * generated password and an API key, and write both to VIGIL_HOME/admin-credentials (mode 0600),
 * so a new install is never open to whoever can reach the port.
 */
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RecordStore } from '../store/records/record-store.js'
import { AppError } from '../errors.js'
import { SYSTEM } from './principal.js'
import { generateKey, generatePassword, hashSecret } from './secrets.js'
import { countUsers, insertKey, insertUser } from './users.js'

export const CREDENTIALS_FILE = 'admin-credentials'

export interface Bootstrapped {
  file: string
  user: string
  /** Shown once, at the first start, so the person who started the server can sign in to the web app. */
  password: string
}

/**
 * Create the first admin if there are no users; undefined when users exist already. The file is
 * written before the user and key commit, in one transaction: a crash in between leaves no users
 * (the next start tries again and rewrites the file), never an admin whose key nobody has.
 */
export async function bootstrapAdmin(records: RecordStore, home: string): Promise<Bootstrapped | undefined> {
  if ((await countUsers(records)) > 0) return undefined
  const password = generatePassword()
  const fresh = generateKey()
  const [passwordHash, secretHash] = await Promise.all([hashSecret(password), hashSecret(fresh.secret)])
  mkdirSync(home, { recursive: true })
  const file = join(home, CREDENTIALS_FILE)
  // A file left by an earlier store in this directory is replaced: its key opens nothing here.
  if (existsSync(file)) chmodSync(file, 0o600)
  const written = `user admin\npassword ${password}\nkey ${fresh.key}\n`
  try {
    await records.write(async (tx) => {
      if ((await tx.db.selectFrom('users').select('id').limit(1).execute()).length > 0) throw new AppError('conflict', 'users exist')
      writeFileSync(file, written, { mode: 0o600 })
      chmodSync(file, 0o600)
      await insertUser(tx, SYSTEM, { name: 'admin', role: 'admin', passwordHash })
      await insertKey(tx, SYSTEM, { user: 'admin', label: 'first start', id: fresh.id, key: fresh.key, secretHash })
    })
  } catch (err) {
    // Another node starting on the same empty database created the users first; its file holds the key.
    if (err instanceof AppError && err.code === 'conflict') return undefined
    throw err
  }
  return { file, user: 'admin', password }
}

/** The lines of an admin-credentials file, for scripts and tests. */
export function parseCredentials(text: string): { user: string; password: string; key: string } {
  const value = (name: string) => new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? ''
  return { user: value('user'), password: value('password'), key: value('key') }
}
