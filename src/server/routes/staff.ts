import type { RouteRegistrar } from './route-types.js'

/** Staff names and roles, for assigning demands and showing who did what. No emails to viewers. */
export const registerStaffRoutes: RouteRegistrar = (app, ctx) => {
  app.get('/api/staff', { config: { access: 'demand:read' }, schema: { tags: ['staff'], summary: 'Staff members (active)' } }, async () => ({
    items: (await ctx.staff.list()).filter((u) => !u.disabled).map((u) => ({ id: u.id, name: u.name, role: u.role })),
  }))
}
