'use client';
/** The live component page: the server's first answer at once, then polls; skeleton, error (Try again), 404 or the view. */
import { useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import type { ComponentDetailResponse } from '@/lib/api/component';
import type { FirstView } from '@/lib/api/conditional';
import { useComponent } from '@/lib/hooks/use-component';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useErrorText } from '@/components/ui/error-text';
import { Gone } from '@/components/not-found/gone';
import { Loadable } from '@/components/ui/loadable';
import { ComponentSkeleton } from './component-skeleton';
import { ComponentView } from './component-view';

/** The server's first answer, for the pod page it was built for. */
export type ComponentFirstView = FirstView<ComponentDetailResponse> & { podPage: number };

export function ComponentPageClient({ id, initial }: { id: string; initial?: ComponentFirstView }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const podPage = Math.max(1, Number(searchParams.get('podPage')) || 1);
  const query = useComponent(id, podPage, initial?.podPage === podPage ? initial : undefined);
  const pageHref = (page: number) => {
    const params = new URLSearchParams(searchParams.toString());
    if (page > 1) params.set('podPage', String(page));
    else params.delete('podPage');
    const search = params.toString();
    return `${pathname}${search ? `?${search}` : ''}#pods`;
  };
  return (
    <Loadable
      query={query}
      loading={<ComponentSkeleton id={id} />}
      notFound={<Gone />}
      renderError={(error, retry) => {
        return (
          <div className="space-y-5">
            <h1 className="text-xl font-semibold tracking-tight text-fg">{id}</h1>
            <ErrorPanel
              title={t('component.couldNotLoad', { id })}
              {...errorText(error)}
              className="max-w-2xl"
              {...retry}
            />
          </div>
        );
      }}
    >
      {(data) => <ComponentView data={data} error={query.error} pageHref={pageHref} />}
    </Loadable>
  );
}
