import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_STORE_PATH, openStore } from "./open-store.js";
import { makeArticleInput } from "./test-article.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("openStore", () => {
  it("opens SQLite at a file path, creating its folder", async () => {
    const path = join(dir, "nested", "deeper", "marsad.db");
    const store = await openStore(path);
    await store.putArticles([makeArticleInput("a", "خبر")]);
    await store.close();
    expect(existsSync(path)).toBe(true);
    const again = await openStore(path);
    expect(await again.countArticles()).toBe(1);
    await again.close();
  });

  it("opens an in-memory store", async () => {
    const store = await openStore(":memory:");
    expect((await store.stats()).articles).toBe(0);
    await store.close();
  });

  it("opens PostgreSQL for postgres:// URLs, and rejects other URLs and an empty location", async () => {
    // Port 1 on loopback refuses at once: the URL reached the PostgreSQL store, which names where it failed.
    await expect(openStore("postgres://user:pw@127.0.0.1:1/marsad")).rejects.toThrow(
      /127\.0\.0\.1:1\/marsad/,
    );
    await expect(openStore("postgresql://127.0.0.1:1/marsad")).rejects.toThrow(/connection refused/);
    await expect(openStore("mysql://localhost/marsad")).rejects.toThrow(/unknown store URL/);
    await expect(openStore("")).rejects.toThrow(/empty/);
  });

  it("defaults to .marsad/marsad.db", () => {
    expect(DEFAULT_STORE_PATH).toBe(".marsad/marsad.db");
  });
});
