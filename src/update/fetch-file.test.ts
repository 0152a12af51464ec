import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchFile } from './fetch-file.js'

describe('fetchFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-fetch-'))
  let server: Server
  let url: string

  beforeAll(async () => {
    server = createServer((request, response) => {
      const headers: Record<string, string> = request.url === '/dated' ? { 'last-modified': 'Fri, 03 May 2024 18:43:23 GMT' } : {}
      response.writeHead(200, headers).end('sdn')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("takes a download's date from its Last-Modified header", async () => {
    expect(await fetchFile(`${url}/dated`, join(dir, 'a.csv'))).toEqual({ bytes: 3, lastModified: '2024-05-03' })
    expect(readFileSync(join(dir, 'a.csv'), 'utf-8')).toBe('sdn')
  })

  it('gives no date without the header, nor for a copied file (its mtime is the copy time)', async () => {
    expect(await fetchFile(`${url}/undated`, join(dir, 'b.csv'))).toEqual({ bytes: 3, lastModified: undefined })
    expect(await fetchFile(join(dir, 'b.csv'), join(dir, 'c.csv'))).toEqual({ bytes: 3 })
  })
})
