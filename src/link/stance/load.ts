import { readFileSync } from "node:fs";
import { MarsadError } from "../../core/errors.js";
import { dataPath } from "../../core/paths.js";
import { DENSE_FEATURES } from "./features.js";
import { modelFromJson, type StanceModel } from "./model.js";

/** The shipped stance model (see data/models/stance-unifiedfc.md). */
export const STANCE_MODEL_FILE = "models/stance-unifiedfc.json";

let cached: StanceModel | undefined;

/** The stance model, read once per process; refuses a model whose features differ from this build's. */
export function loadStanceModel(path = dataPath(STANCE_MODEL_FILE)): StanceModel {
  if (cached && path === dataPath(STANCE_MODEL_FILE)) return cached;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new MarsadError("stance_model_missing", `cannot read the stance model ${path}: ${String(error)}`);
  }
  const model = modelFromJson(text);
  if (model.denseNames.join() !== DENSE_FEATURES.join())
    throw new MarsadError("stance_model_mismatch", `stance model ${path} was trained on other features`);
  if (path === dataPath(STANCE_MODEL_FILE)) cached = model;
  return model;
}
