#!/usr/bin/env node
import { runCli } from './run.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`council: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
