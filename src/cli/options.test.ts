import { afterEach, describe, expect, it, vi } from "vitest";
import { dbOption, defaultDbPath, redactLocation } from "./options.js";

describe("the store location", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("prefers MARSAD_DATABASE_URL, then MARSAD_DB, then the embedded default; empty counts as unset", () => {
    vi.stubEnv("MARSAD_DATABASE_URL", "postgres://db.example:5432/news");
    vi.stubEnv("MARSAD_DB", "/srv/marsad/local.db");
    expect(defaultDbPath()).toBe("postgres://db.example:5432/news");
    vi.stubEnv("MARSAD_DATABASE_URL", "");
    expect(defaultDbPath()).toBe("/srv/marsad/local.db");
    vi.stubEnv("MARSAD_DB", "");
    expect(defaultDbPath()).toBe(".marsad/marsad.db");
  });

  it("shows a URL default in help without its user and password, but uses it whole", () => {
    vi.stubEnv("MARSAD_DATABASE_URL", "postgresql://analyst:hunter2@db.example/news?pool_size=4");
    const option = dbOption();
    expect(option.defaultValue).toBe("postgresql://analyst:hunter2@db.example/news?pool_size=4");
    expect(option.defaultValueDescription).toBe("postgresql://…@db.example/news?pool_size=4");
    expect(redactLocation("postgres://db.example/news")).toBe("postgres://db.example/news");
    expect(redactLocation("data/a@b.db")).toBe("data/a@b.db");
  });
});
