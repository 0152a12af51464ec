/** One colour per kind of entity, shared by the graph, its legend and the map markers. */
const COLOURS: Record<string, string> = {
  Person: '#0b5cad',
  Organization: '#6f42c1',
  Company: '#1a7f37',
  LegalEntity: '#2f6f4f',
  PublicBody: '#8a5a00',
  Position: '#57606a',
  Project: '#b35900',
  Vessel: '#0f7b8a',
  Airplane: '#0f7b8a',
}
const OTHER = '#8c959f'

export function colourOf(schema: string): string {
  return COLOURS[schema] ?? OTHER
}

export function legendSchemas(schemas: Iterable<string>): { schema: string; colour: string }[] {
  return [...new Set(schemas)].sort().map((schema) => ({ schema, colour: colourOf(schema) }))
}
