/** `/health`: readyz and livez checks, version, cluster-info, leader Leases, APIServices and componentstatuses. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { HealthView } from '@/components/health/health-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('health') };
}

export default function HealthPage() {
  return <HealthView />;
}
