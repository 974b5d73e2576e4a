import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { openTextWriter } from "./text-writer.js";

it("streams many chunks past the buffer without piling up listeners", async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.name);
  process.on("warning", onWarning);
  try {
    const path = join(mkdtempSync(join(tmpdir(), "marsad-writer-")), "out.txt");
    const out = openTextWriter(path);
    const chunk = `${"ش".repeat(40_000)}\n`;
    for (let i = 0; i < 40; i++) await out.write(chunk);
    await out.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(readFileSync(path, "utf8")).toBe(chunk.repeat(40));
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  } finally {
    process.off("warning", onWarning);
  }
});
