/**
 * Timed HTTP requests for the liveness tests: every answer records how long it took, and a failure
 * (timeout, reset) is an answer with status 0 rather than an exception, so a test can count them.
 */
import http from 'node:http'

export interface Answer {
  /** 0 when no HTTP answer came (see `error`). */
  status: number
  ms: number
  /** When the answer completed, in performance.now() time. */
  at: number
  headers: Record<string, string>
  body: string
  error?: string
}

const DEFAULT_TIMEOUT_MS = 30_000

/** One request with fetch; the time includes reading the whole body. */
export async function timed(url: string, init: RequestInit = {}, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Answer> {
  const start = performance.now()
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    const body = await res.text()
    const at = performance.now()
    return { status: res.status, ms: at - start, at, headers: Object.fromEntries(res.headers), body }
  } catch (err) {
    const at = performance.now()
    return { status: 0, ms: at - start, at, headers: {}, body: '', error: errorName(err) }
  }
}

/** A JSON POST, as clients of /match send it. */
export function postJson(url: string, payload: unknown, timeoutMs?: number, headers: Record<string, string> = {}): Promise<Answer> {
  return timed(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) }, timeoutMs)
}

/** One POST over node:http with the given agent (the burst test needs one socket per request). */
export function postWithAgent(
  agent: http.Agent,
  url: string,
  body: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const start = performance.now()
  const done = (fields: Partial<Answer>): Answer => {
    const at = performance.now()
    return { status: 0, headers: {}, body: '', ...fields, ms: at - start, at }
  }
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let text = ''
        res.setEncoding('utf-8')
        res.on('data', (d: string) => (text += d))
        res.on('end', () => resolve(done({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body: text })))
        res.on('error', (err) => resolve(done({ error: errorName(err) })))
      },
    )
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')))
    req.on('error', (err) => resolve(done({ error: errorName(err) })))
    req.end(body)
  })
}

export interface Repeater {
  /** Stop asking and resolve with every answer once the one in flight is in. */
  stop(): Promise<Answer[]>
}

/** Ask again `pauseMs` after each answer until stopped: a frozen server shows up as one long answer. */
export function repeat(pauseMs: number, ask: () => Promise<Answer>): Repeater {
  const answers: Answer[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      answers.push(await ask())
      await new Promise((r) => setTimeout(r, pauseMs))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return answers
    },
  }
}

/** The slowest answer's time in ms (0 for none). */
export const slowest = (answers: Answer[]): number => Math.max(0, ...answers.map((a) => a.ms))

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]))
}

function errorName(err: unknown): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string }; message?: string }
  return e.cause?.code ?? e.code ?? (e.name === 'TimeoutError' ? 'timeout' : (e.message ?? String(err)))
}
