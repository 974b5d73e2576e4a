import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root: the nearest folder above this module that holds package.json (works from src and dist). */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find Marsad's package root above its modules");
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();

/** A path inside the shipped `data/` folder (lexicons, gazetteers, models). */
export function dataPath(...parts: string[]): string {
  return join(packageRoot, "data", ...parts);
}

/** The shared training and evaluation data beside the checkout (never shipped, never copied in). */
export function sharedDataPath(...parts: string[]): string {
  return join(process.env.MARSAD_SHARED_DATA ?? join(packageRoot, "..", "shared", "data"), ...parts);
}
