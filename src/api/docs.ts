/** The OpenAPI document at /openapi.json and the Swagger UI page at /docs (assets served locally). */
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'

const DESCRIPTION = [
  'Vigil screens people, companies and vessels against sanctions and export-control lists and the curated CERS network, explaining every score.',
  "The matching routes (`/match`, `/search`, `/entities`, `/catalog`, `/algorithms`) follow yente's API, so clients written for yente work unchanged.",
  'Every screening answer names the data version and the algorithm that produced it.',
].join('\n\n')

export async function registerDocs(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: 'Vigil screening API', version, description: DESCRIPTION },
      tags: [
        { name: 'Matching', description: 'Screening and search' },
        { name: 'Data access', description: 'Entities and the data catalog' },
        { name: 'System information', description: 'Health, readiness and algorithms' },
      ],
    },
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
