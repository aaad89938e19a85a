'use client';
/** App header: product name, the cluster in view (and the switcher to the others) and how fresh its data is; polls the overview. */
import Link from '@/components/ui/app-link';
import { useTranslations } from 'next-intl';
import { ApiError } from '@/lib/hooks/fetcher';
import { useViewedContext } from '@/lib/hooks/use-app-pathname';
import { useOverview } from '@/lib/hooks/use-overview';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import { ClusterBadge } from './cluster-badge';
import { ClusterSwitcher } from './cluster-switcher';
import { ConnectionBanner } from './connection-banner';
import { ContextLinks } from './context-links';
import { FreshnessIndicator } from './freshness-indicator';
import { LanguageSwitcher } from './language-switcher';
import { Nav } from './nav';
import { SearchBox } from './search-box';

function LogoMark() {
  return (
    <svg viewBox="0 0 20 20" className="size-5 text-accent" aria-hidden="true" focusable="false">
      <path
        d="M10 1.6 17.2 5v7.9L10 18.4 2.8 12.9V5z"
        fill="currentColor"
        fillOpacity="0.14"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
      <circle cx="10" cy="9.4" r="2.4" fill="currentColor" />
    </svg>
  );
}

export function Header() {
  useViewedContext(); // Re-render on navigation: another cluster's page polls another cluster's overview.
  const { data, error, isLoading } = useOverview();
  const t = useTranslations('layout');
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/80">
      <div className="flex h-12 items-center gap-3 px-4 lg:px-5">
        <Link href="/" prefetch={false} aria-label={t('home')} className="flex shrink-0 items-center gap-2 rounded text-[15px] font-semibold tracking-tight text-fg">
          <LogoMark />
          kubesys
        </Link>
        <span className="h-5 w-px shrink-0 bg-line" aria-hidden="true" />
        <ClusterBadge
          cluster={data?.cluster}
          isLoading={isLoading}
          hasError={Boolean(error)}
          needsSignIn={error instanceof ApiError && error.status === 401}
          className="min-w-0"
        />
        <ClusterSwitcher className="hidden sm:flex" />
        <ContextLinks />
        <div className="ml-auto flex shrink-0 items-center gap-3">
          <SearchBox className="w-40 md:w-64" />
          <FreshnessIndicator
            freshness={data?.freshness}
            generatedAt={data?.generatedAt}
            hasError={Boolean(error)}
            isLoading={isLoading}
            className="hidden sm:inline-flex"
          />
          <LanguageSwitcher className="hidden md:block" />
          <ThemeToggle />
        </div>
      </div>
      <ConnectionBanner />
    </header>
  );
}

/** The navigation wired to the same overview data (SWR shares one request with the header). */
export function AppNav({ className }: { className?: string }) {
  useViewedContext();
  const { data } = useOverview();
  return <Nav groups={data?.groups} className={className} />;
}
