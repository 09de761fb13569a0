/** Clocks on demands: which deadlines run, when they fall due, and when to remind. */
export * from './types.js'
export { CLOCK_RULES, type ClockRule, type DueSource, type StopCondition } from './table.js'
export { clocksFor, isStopped } from './clocks.js'
export { plannedReminders, reminderKey, type PlannedReminder } from './reminders.js'
