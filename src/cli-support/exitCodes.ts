/** `npm run sim`'s exit codes; the help text and README's "Headless runs" list the same. */
export const EXIT = {
  done: 0,
  /** A bug: one line on stderr, and a stack trace when SIM_DEBUG is set. */
  internalError: 1,
  /** Bad arguments, a bad scenario file, or a run over --max-events: one line per problem. */
  badInput: 2,
  /** The run went fine, but its output (the CSV, standard output) could not be written. */
  outputFailed: 3,
} as const;
