export * from './data-category.js'
export * from './demand.js'
export * from './instrument.js'
export * from './reading.js'
