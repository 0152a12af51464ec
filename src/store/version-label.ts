/** Version labels sort by time, like OpenSanctions' (20261128060012), with a counter to keep them unique. */
export function versionLabel(at: Date, id: number): string {
  const stamp = at.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  return `${stamp}-${id}`
}
