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
import { generatePassword } from './secrets.js'
import { addUser, countUsers, createKey } from './users.js'

export const CREDENTIALS_FILE = 'admin-credentials'

export interface Bootstrapped {
  file: string
  user: string
}

/** Create the first admin if there are no users; undefined when users exist already. */
export async function bootstrapAdmin(records: RecordStore, home: string): Promise<Bootstrapped | undefined> {
  if ((await countUsers(records)) > 0) return undefined
  const password = generatePassword()
  let user: Awaited<ReturnType<typeof addUser>>
  try {
    user = await addUser(records, SYSTEM, { name: 'admin', role: 'admin', password })
  } catch (err) {
    // Another node starting on the same empty database created it first; its file holds the key.
    if (err instanceof AppError && err.code === 'conflict') return undefined
    throw err
  }
  const { key } = await createKey(records, SYSTEM, { user: user.name, label: 'first start' })
  mkdirSync(home, { recursive: true })
  const file = join(home, CREDENTIALS_FILE)
  // A file left by an earlier store in this directory is replaced: its key opens nothing here.
  if (existsSync(file)) chmodSync(file, 0o600)
  writeFileSync(file, `user ${user.name}\npassword ${password}\nkey ${key}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return { file, user: user.name }
}

/** The lines of an admin-credentials file, for scripts and tests. */
export function parseCredentials(text: string): { user: string; password: string; key: string } {
  const value = (name: string) => new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? ''
  return { user: value('user'), password: value('password'), key: value('key') }
}
