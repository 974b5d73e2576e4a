/**
 * Copies the web UI's static files (index.html, app.css) from src/web to dist/web, beside the modules tsc
 * compiles there (`npm run build` runs it after tsc -p tsconfig.web.json).
 *
 *   npx tsx scripts/copy-web-assets.ts
 */
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { packageRoot } from "../src/core/paths.js";

const STATIC = new Set([".html", ".css"]);
const from = join(packageRoot, "src", "web");
const to = join(packageRoot, "dist", "web");

mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (STATIC.has(extname(name))) copyFileSync(join(from, name), join(to, name));
}
