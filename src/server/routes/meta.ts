import { presentMeta } from '../presenters/meta.js'
import type { RouteRegistrar } from './route-types.js'

export const registerMeta: RouteRegistrar = (app) => {
  const meta = presentMeta()
  app.get('/api/meta', { config: { access: 'demand:read' }, schema: { tags: ['system'], summary: 'Vocabularies and event forms' } }, async () => meta)
}
