/** `/clusters`: every cluster of the kubeconfig with its kube-system at a glance. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FleetView } from '@/components/clusters/fleet-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('clusters') };
}

export default function ClustersPage() {
  return <FleetView />;
}
