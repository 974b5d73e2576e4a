#!/usr/bin/env node
import { main } from "./program.js";

// A reader that stops early (`marsad analyze … | head`) closes the pipe: that ends the run quietly, as in
// every Unix tool, instead of crashing on EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
