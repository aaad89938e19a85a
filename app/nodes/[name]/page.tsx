/** `/nodes/<name>`: one node in detail; an unknown node renders the 404 page naming it. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NodeDetailView } from '@/components/nodes/node-detail-view';
import type { NodeDetail } from '@/lib/api/nodes';
import { USAGE_API, usageRangeOf } from '@/lib/api/usage';
import { firstView } from '@/lib/server/first-view';
import { nodeDetail } from '@/lib/server/nodes';
import { notFoundUnless } from '@/lib/server/route';
import { usageJson } from '@/lib/server/usage';
import { FirstViews } from '@/lib/hooks/first-views';
import { findingsFirstView, pageFirstViews } from '@/lib/server/shell-first-views';

interface Props {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('node', { name: decodeURIComponent((await params).name) }) };
}

export default async function NodePage({ params, searchParams }: Props) {
  const name = decodeURIComponent((await params).name);
  // Only a synced cache that can read Nodes can say a node does not exist; otherwise the view explains.
  await notFoundUnless((runtime) => Boolean(runtime.get('nodes', name)), ['nodes']);
  const initial = await firstView<NodeDetail>((runtime) => nodeDetail(runtime, name));
  // The charts' range as they read it from the URL, so their first answer is in the HTML too.
  const usageRange = usageRangeOf((await searchParams).range);
  const seeds = await pageFirstViews({
    ...findingsFirstView({ subject: `node/${name}` }),
    [USAGE_API.node(name, usageRange)]: (runtime) => usageJson(runtime, { kind: 'node', name, range: usageRange }),
  });
  return (
    <FirstViews seeds={seeds}>
      <NodeDetailView name={name} initial={initial} />
    </FirstViews>
  );
}
