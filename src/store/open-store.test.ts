import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_STORE_PATH, openStore } from "./open-store.js";
import { makeArticleInput } from "./test-article.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("openStore", () => {
  it("opens SQLite at a file path, creating its folder", () => {
    const path = join(dir, "nested", "deeper", "marsad.db");
    const store = openStore(path);
    store.putArticles([makeArticleInput("a", "خبر")]);
    store.close();
    expect(existsSync(path)).toBe(true);
    const again = openStore(path);
    expect(again.stats().articles).toBe(1);
    again.close();
  });

  it("opens an in-memory store", () => {
    const store = openStore(":memory:");
    expect(store.stats().articles).toBe(0);
    store.close();
  });

  it("says PostgreSQL is not yet supported, and rejects other URLs", () => {
    expect(() => openStore("postgres://user@localhost/marsad")).toThrow(/not yet supported/);
    expect(() => openStore("postgresql://localhost/marsad")).toThrow(/not yet supported/);
    expect(() => openStore("mysql://localhost/marsad")).toThrow(/unknown store URL/);
  });

  it("defaults to .marsad/marsad.db", () => {
    expect(DEFAULT_STORE_PATH).toBe(".marsad/marsad.db");
  });
});
