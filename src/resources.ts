/** Paths to the package's data folders, wherever the code runs from (src/ under tests, dist/ when built). */
import { fileURLToPath } from 'node:url'

const ROOT = new URL('../', import.meta.url)

/** Absolute path of a file under resources/. */
export function resourcePath(name: string): string {
  return fileURLToPath(new URL(`resources/${name}`, ROOT))
}

/** Absolute path of a file under datasets/. */
export function datasetPath(name: string): string {
  return fileURLToPath(new URL(`datasets/${name}`, ROOT))
}

/** The built web app (web/, built by Vite into dist/web): the same folder under tests and when built. */
export function webAppPath(): string {
  return fileURLToPath(new URL('dist/web/', ROOT))
}
