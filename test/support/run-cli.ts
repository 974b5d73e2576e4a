import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../../src/core/paths.js";

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `marsad` CLI from source in a child process, as a user would. */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string } = {}): CliResult {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(packageRoot, "src/cli/main.ts"), ...args],
    {
      cwd: options.cwd ?? packageRoot,
      input: options.input ?? "",
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      maxBuffer: 64 << 20,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function jsonLines(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
