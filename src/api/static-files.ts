import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, join, resolve, sep } from "node:path";
import type { Hono } from "hono";
import { dataPath, packageRoot } from "../core/paths.js";

/**
 * The web UI's files, served by the API server itself so the UI works offline: the compiled app
 * (dist/web), Leaflet, the Arabic font from @fontsource, and the bundled boundaries. Only the listed
 * folders and file types are served, and a path never leaves its folder.
 */

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

const require = createRequire(import.meta.url);

export interface WebRoots {
  /** The compiled UI: index.html, app.css and the modules. */
  readonly app: string;
  readonly leaflet: string;
  readonly font: string;
  readonly boundaries: string;
}

export function defaultWebRoots(): WebRoots {
  return {
    app: join(packageRoot, "dist", "web"),
    leaflet: dirname(require.resolve("leaflet")),
    font: dirname(require.resolve("@fontsource/noto-naskh-arabic")),
    boundaries: dataPath("boundaries"),
  };
}

/** The file under root that a URL path names, or null when it would leave root or is not a served type. */
export function safePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.split(/[\\/]/).includes("..")) return null;
  const base = resolve(root);
  const file = resolve(base, `.${sep}${decoded}`);
  if (!file.startsWith(base + sep) || !(extname(file) in TYPES)) return null;
  return file;
}

async function serveFile(root: string, urlPath: string, cache: string): Promise<Response | null> {
  const file = safePath(root, urlPath);
  if (!file) return null;
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: { "Content-Type": TYPES[extname(file)]!, "Cache-Control": cache },
    });
  } catch {
    return null;
  }
}

export function registerStatic(app: Hono, roots: WebRoots): void {
  const mounts: [string, string, string][] = [
    ["/app/", roots.app, "no-cache"],
    ["/vendor/leaflet/", roots.leaflet, "public, max-age=86400"],
    ["/vendor/font/", roots.font, "public, max-age=86400"],
    ["/data/boundaries/", roots.boundaries, "public, max-age=86400"],
  ];
  for (const [prefix, root, cache] of mounts) {
    app.get(`${prefix}*`, async (c, next) => {
      const response = await serveFile(root, c.req.path.slice(prefix.length), cache);
      if (response) return response;
      await next();
    });
  }
  const index = async () =>
    (await serveFile(roots.app, "index.html", "no-cache")) ??
    new Response("The web UI is not built: run `npm run build`.\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  app.get("/", index);
  app.get("/index.html", index);
}
