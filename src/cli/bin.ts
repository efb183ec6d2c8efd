#!/usr/bin/env node
// The executable: the only place that touches process.exit (through exitCode).
import { main } from './main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`dateline extract … | head`) is a normal way to stop reading.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTTY: process.stdout.isTTY,
  stderrIsTTY: process.stderr.isTTY,
});
