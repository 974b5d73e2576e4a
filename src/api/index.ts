export { type AppOptions, createApp } from "./app.js";
export { listen, type RunningServer } from "./server.js";
export type { Verifier, VerifyResult } from "./verify.js";
