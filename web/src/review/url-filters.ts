/**
 * Filters kept in the URL's query string, so a filtered queue can be bookmarked, shared and
 * reloaded, and the back button undoes a filter change.
 */
import { useLocation, useSearch } from 'wouter'
import type { Filters } from './queries'

export function useUrlFilters(names: readonly string[]): [Filters, (change: Filters) => void] {
  const search = useSearch()
  const [location, navigate] = useLocation()
  const params = new URLSearchParams(search)
  const filters: Filters = {}
  for (const name of names) filters[name] = params.get(name) || undefined
  const update = (change: Filters) => {
    const next = new URLSearchParams(search)
    for (const [name, value] of Object.entries(change)) {
      if (value) next.set(name, value)
      else next.delete(name)
    }
    // A new filter starts again at the first page, unless the change is the page itself.
    if (!('offset' in change)) next.delete('offset')
    const text = next.toString()
    navigate(text ? `${location}?${text}` : location)
  }
  return [filters, update]
}
