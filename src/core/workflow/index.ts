export * from './events.js'
export * from './fold.js'
export * from './states.js'
export * from './transitions.js'
