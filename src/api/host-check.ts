/**
 * The Host header must name this server: a page on another site that resolves its own name to
 * 127.0.0.1 (DNS rebinding) must not reach a local API. Loopback names are always allowed; other
 * names are listed in VIGIL_ALLOWED_HOSTS (`*` allows any, for a server behind a proxy that checks).
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../config.js'

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1']

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.includes(host) || host.startsWith('127.') || host.endsWith('.localhost')
}

/** The host part of a Host header, lower-cased, without port or IPv6 brackets. */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase()
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'))
  const colon = host.lastIndexOf(':')
  return colon >= 0 ? host.slice(0, colon) : host
}

export function checkHost(config: Pick<Config, 'host' | 'allowedHosts'>) {
  const allowed = new Set([config.host.toLowerCase(), ...config.allowedHosts.map((h) => h.toLowerCase())])
  const anyHost = allowed.has('*')
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (anyHost) return
    const name = hostName(request.headers.host ?? '')
    if (isLoopbackHost(name) || allowed.has(name)) return
    return reply.status(421).send({
      status: 421,
      code: 'bad_host',
      detail: `Host '${name}' is not served here. Add it to VIGIL_ALLOWED_HOSTS (comma-separated) to allow it.`,
    })
  }
}
