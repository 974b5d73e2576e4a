import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../src/core/paths.js";

/** `marsad run --serve`: after the run, the API and web UI answer over the run's store until SIGTERM. */
describe("marsad run --serve", () => {
  let child: ChildProcess | null = null;

  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
  });

  it("runs, prints the URL, answers /api/… over the run's store and stops on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-run-serve-"));
    const running = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(packageRoot, "src/cli/main.ts"),
        "run",
        "data/samples/articles.jsonl",
        "--out",
        join(dir, "out"),
        "--db",
        join(dir, "store.db"),
        "--serve",
        "--port",
        "0",
      ],
      { cwd: packageRoot, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } },
    );
    child = running;
    let stderr = "";
    const url = await new Promise<string>((resolve, reject) => {
      running.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
        if (match) resolve(match[1]!);
      });
      running.on("close", (code) => reject(new Error(`exited ${code} before serving:\n${stderr}`)));
    });
    expect(stderr).toMatch(/events: +\d+ \(/);

    const response = await fetch(`${url}/api/stats`);
    expect(response.status).toBe(200);
    const stats = (await fetch(`${url}/api/events`).then((r) => r.json())) as { items?: unknown[] };
    expect(JSON.stringify(stats)).toContain("Air/drone strike");

    const closed = new Promise<number | null>((resolve) => running.on("close", resolve));
    running.kill("SIGTERM");
    expect(await closed, stderr).toBe(0);
  }, 120_000);
});
