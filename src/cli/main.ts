// Process entry for the CLI (built to out/main/cli.js, run by bin/forankring.cjs).
import { runCli } from './run';

// `forankring --help | head` closes the pipe early; that is not a failure, and
// the command must still finish and close its database.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

const io = {
  stdout: (line: string) => void process.stdout.write(`${line}\n`),
  stderr: (line: string) => void process.stderr.write(`${line}\n`),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
    // The team server has stopped (or given up waiting for a stuck request): nothing may keep the process alive.
    if (process.argv[2] === 'server') process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
