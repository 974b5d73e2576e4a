import type { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppContext } from "../context.js";
import { ApiError, badParameter } from "../errors.js";
import { ingestArticles, queueArticles } from "../ingest.js";
import { Query } from "../params.js";
import { requireRead, requireWrite } from "../security.js";

const MAX_BODY_BYTES = 20 * 1024 * 1024;
const MAX_CLAIM_CHARS = 2000;

function tooLarge(): never {
  throw new ApiError(413, "payload_too_large", `the body is larger than ${MAX_BODY_BYTES} bytes`);
}

async function jsonBody(text: string): Promise<Record<string, unknown>> {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === "object" && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new ApiError(400, "bad_body", "expected a JSON object");
}

/** POST endpoints: ingestion (a write: token required) and the claim check (a read with a body). */
export function registerWrites(app: Hono, ctx: AppContext): void {
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });

  app.post("/api/articles", requireWrite(ctx.policy), limit, async (c) => {
    new Query(c, []);
    if (ctx.enqueue) return c.json(await queueArticles(ctx.enqueue, await c.req.text()), 202);
    const report = await ingestArticles(ctx.store, ctx.analyzer, await c.req.text());
    ctx.model.invalidate();
    if (report.stored.length === 0) {
      const reasons = report.errors.slice(0, 3).map((e) => e.message);
      throw new ApiError(400, "invalid_articles", `no article could be stored: ${reasons.join("; ")}`);
    }
    return c.json(report, 201);
  });

  app.post("/api/verify", requireRead(ctx.policy), limit, async (c) => {
    const query = new Query(c, ["limit"]);
    const body = await jsonBody(await c.req.text());
    const claim = body.claim;
    if (typeof claim !== "string" || claim.trim() === "")
      throw badParameter("claim", "required: a non-empty string");
    if (claim.length > MAX_CLAIM_CHARS)
      throw badParameter("claim", `longer than ${MAX_CLAIM_CHARS} characters`);
    const n = query.int("limit", { min: 1, max: 50, fallback: 10 });
    return c.json(await ctx.verify(claim.trim(), ctx.store, { limit: n }));
  });
}
