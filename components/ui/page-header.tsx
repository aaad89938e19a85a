/** PageHeader: a list page's title (the page's one h1) and the sentence that says what it shows. */
import type { ReactNode } from 'react';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div>
      <h1 className="text-xl font-semibold tracking-tight text-fg">{title}</h1>
      {children ? <p className="text-sm text-muted">{children}</p> : null}
    </div>
  );
}
