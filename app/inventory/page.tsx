/** `/inventory`: kube-system's Deployments, DaemonSets, ReplicaSets, Services, ConfigMaps, ServiceAccounts and NetworkPolicies, each row an anchor. */
import type { Metadata } from 'next';
import { InventoryView } from '@/components/inventory/inventory-view';

export const metadata: Metadata = { title: 'Inventory' };

export default function InventoryPage() {
  return <InventoryView />;
}
