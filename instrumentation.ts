/**
 * Next.js calls `register` once when the server starts: validate the configuration, warn about an
 * open door, wire request metrics, and start the cluster runtime so watches, health polls and metrics
 * history begin at boot rather than with the first viewer. NEXT_RUNTIME is Next's own marker; the app
 * has no Edge code.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startUp } = await import('@/lib/observability/startup');
  startUp();
  const { runtimeFor } = await import('@/lib/server/runtimes');
  runtimeFor();
}
