/**
 * `npm run sim -- [flags]`: the demo cluster as a program. Prints one line on start, stops cleanly on
 * SIGINT/SIGTERM; bad flags or a bad dump exit 2 with a one-line message and no stack trace.
 */
import { parseSimArgs } from './args';
import { startSim } from './index';

async function main(): Promise<void> {
  const args = parseSimArgs(process.argv.slice(2));
  const sim = await startSim({ ...args, port: args.port ?? 6443 });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException)?.code;
  const message = err instanceof Error ? err.message : String(err);
  console.error(`sim: ${code === 'EADDRINUSE' ? `port in use (${message}); try --port 0` : message}`);
  process.exit(2);
});
