/**
 * Everything a stage may consult besides the document: loaded lexicons, gazetteers, models and settings.
 * Nothing in Marsad is global; resources are loaded once per process and passed in here.
 * Relative dates resolve against the document's `publishedAt`, never against the machine's clock.
 */
export interface Context {
  readonly resources: Resources;
}

/** Loaded resources, each optional so a pipeline loads only what its stages use. Stages add fields here. */
// biome-ignore lint/suspicious/noEmptyInterface: extended by the stages that need resources.
export interface Resources {}

export function createContext(resources: Resources = {}): Context {
  return Object.freeze({ resources });
}
