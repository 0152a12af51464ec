/** Previous and next page buttons for an offset-paged list, with the range shown in words. */
export function Pager({
  offset,
  limit,
  shown,
  total,
  onOffset,
  label,
}: {
  offset: number
  limit: number
  shown: number
  total?: number
  onOffset: (offset: number) => void
  label: string
}) {
  const more = total === undefined ? shown === limit : offset + shown < total
  const range = shown === 0 ? 'none' : `${offset + 1}–${offset + shown}`
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        Previous page
      </button>
      <span role="status">
        Showing {range}
        {total !== undefined && ` of ${total}`}
      </span>
      <button type="button" disabled={!more} onClick={() => onOffset(offset + limit)}>
        Next page
      </button>
    </nav>
  )
}
