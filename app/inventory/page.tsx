/** `/inventory`: kube-system's Deployments, DaemonSets, ReplicaSets, Services, ConfigMaps, ServiceAccounts and NetworkPolicies, each row an anchor. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InventoryView } from '@/components/inventory/inventory-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('inventory') };
}

export default function InventoryPage() {
  return <InventoryView />;
}
