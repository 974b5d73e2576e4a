/** Process exit codes, documented in the README and `marsad --help`. */
export const ExitCode = {
  ok: 0,
  /** The run finished, but some input records were invalid and skipped (each reported on stderr). */
  partial: 1,
  /** The command line was wrong (unknown option, missing argument). */
  usage: 2,
  /** Nothing could be done: unreadable database, unwritable output, internal error. */
  failure: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
