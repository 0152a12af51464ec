/**
 * The app's one way to the API: same origin, the session cookie, JSON in and out. An answer that
 * is not 2xx becomes an ApiError with the API's own message (`detail`), never an empty result.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

type Query = Record<string, string | number | boolean | undefined | null | readonly string[]>

export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) for (const v of value) params.append(key, v)
    else params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text()
  try {
    const body = JSON.parse(text) as { code?: string; detail?: string; message?: string }
    return new ApiError(response.status, body.code ?? 'error', body.detail ?? body.message ?? text)
  } catch {
    return new ApiError(response.status, 'error', text || `${response.status} ${response.statusText}`)
  }
}

/** Listeners told when the API answers 401: the session ended, and the app shows the sign-in page. */
const signedOutListeners = new Set<() => void>()
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener)
  return () => signedOutListeners.delete(listener)
}

export async function request<T>(method: string, path: string, body?: unknown, init?: RequestInit): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  let payload: BodyInit | undefined
  if (body instanceof Blob || body instanceof FormData || typeof body === 'string') payload = body as BodyInit
  else if (body !== undefined) {
    headers['content-type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  const response = await fetch(path, {
    ...init,
    method,
    headers: { ...headers, ...(init?.headers as Record<string, string>) },
    body: payload,
    credentials: 'same-origin',
  })
  if (!response.ok) {
    const error = await errorOf(response)
    if (response.status === 401 && path !== '/v1/auth/login') for (const listener of signedOutListeners) listener()
    throw error
  }
  const type = response.headers.get('content-type') ?? ''
  return (type.includes('json') ? response.json() : response.text()) as Promise<T>
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>('POST', withQuery(path, query), body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
}
