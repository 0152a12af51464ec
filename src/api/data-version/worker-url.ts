/** Where the data-version worker's code is: beside this module once built. */

export function versionWorkerUrl(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./version-worker.js', import.meta.url)
  // Tests run the sources as TypeScript, which a worker thread cannot load; `npm test` builds
  // first, so the same code is there as JavaScript.
  return new URL('../../../dist/api/data-version/version-worker.js', import.meta.url)
}
