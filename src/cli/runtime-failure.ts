/** A CLI failure: the message to print and the exit code. Kept apart from runtime.ts so light commands need not load the app. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message)
  }
}
