/** UnknownContextPanel: the 404 of a `/c/<context>/…` URL whose context the kubeconfig does not have, naming those it has. */
import Link from 'next/link';
import { withContext } from '@/lib/api/cluster-path';

export function UnknownContextPanel({ context, contexts }: { context: string; contexts: readonly string[] }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-line bg-surface p-6">
      <p className="text-sm font-medium text-subtle">404 · not found</p>
      <h1 className="break-all text-xl font-semibold tracking-tight text-fg">
        Cluster <span className="font-mono">{context}</span> was not found
      </h1>
      <p className="text-sm text-muted">
        The kubeconfig has no context of this name. {contexts.length ? 'The contexts it has:' : 'It has no contexts at all.'}
      </p>
      {contexts.length ? (
        <ul aria-label="Contexts" className="list-inside list-disc text-sm">
          {contexts.map((name) => (
            <li key={name}>
              <Link href={withContext('/', name)} data-cluster-link="" className="font-mono text-accent hover:underline">
                {name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm">
        <Link href="/clusters" data-cluster-link="" className="font-medium text-accent hover:underline">
          ← All clusters
        </Link>
      </p>
    </div>
  );
}
