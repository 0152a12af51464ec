/**
 * Passwords, API keys and session tokens: generated from the system's CSPRNG, stored only as hashes,
 * compared in constant time. Passwords and keys are hashed with scrypt (node:crypto, memory-hard, no
 * native add-on to build); session tokens are 256 random bits, for which SHA-256 is enough.
 */
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// N=2^14, r=8, p=1 (16 MiB, about 40 ms on one core of this machine). Keys carry 256 random bits, so
// their hash resists guessing whatever the cost; for passwords this is below OWASP's 2^17, a trade for
// logins that do not queue on 2 cores. The parameters are stored with each hash, so they can grow.
const SCRYPT = { N: 2 ** 14, r: 8, p: 1 }
const KEY_LENGTH = 32
const MAXMEM = 64 * 1024 * 1024

function scrypt(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(secret, salt, KEY_LENGTH, { ...options, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key))),
  )
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(secret, salt, SCRYPT)
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$')
  if (kind !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const actual = await scrypt(secret, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A password for a generated account: 24 characters of base64url, 144 bits. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url')
}

const KEY_PREFIX = 'vigil'

export interface NewKey {
  /** The public part: shown in listings, used to find the key's row. */
  id: string
  /** What the client sends: `vigil_ID_SECRET`, shown once. */
  key: string
  secret: string
}

export function generateKey(): NewKey {
  // Ids are lower-case hex, so the key splits unambiguously at its first two underscores.
  const id = randomBytes(6).toString('hex')
  const secret = randomBytes(32).toString('base64url')
  return { id, secret, key: `${KEY_PREFIX}_${id}_${secret}` }
}

/** The id and secret of a presented key, or undefined for anything not shaped like one. */
export function parseKey(key: string): { id: string; secret: string } | undefined {
  const match = /^vigil_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(key)
  return match ? { id: match[1]!, secret: match[2]! } : undefined
}

export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url')
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Constant-time equality of two hex digests of the same length. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex')
  const y = Buffer.from(b, 'hex')
  return x.length === y.length && timingSafeEqual(x, y)
}
