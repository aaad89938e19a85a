/** `/clusters`: every cluster of the kubeconfig with its kube-system at a glance. */
import type { Metadata } from 'next';
import { FleetView } from '@/components/clusters/fleet-view';

export const metadata: Metadata = { title: 'Clusters' };

export default function ClustersPage() {
  return <FleetView />;
}
