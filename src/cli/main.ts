#!/usr/bin/env node
import { runCli } from './run.js';

// A reader that stops early (`council power | head -1`) closes the pipe: stop quietly, as
// other Unix tools do, instead of dying on an unhandled EPIPE with a stack trace. A closed
// stderr loses its messages but keeps the exit code.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.stderr.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`council: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
