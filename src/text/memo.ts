/**
 * A bounded cache for pure functions of one string. Screening compares the same few thousand name
 * tokens again and again (every candidate named "Mohammed"); the cache is emptied when full rather
 * than tracking recency, which keeps it cheap and its memory bounded.
 */
export function memoize<T>(fn: (key: string) => T, max = 100_000): (key: string) => T {
  const cache = new Map<string, T>()
  return (key: string) => {
    const hit = cache.get(key)
    if (hit !== undefined || cache.has(key)) return hit as T
    if (cache.size >= max) cache.clear()
    const value = fn(key)
    cache.set(key, value)
    return value
  }
}
