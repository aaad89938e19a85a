import { renderIntl as renderToStaticMarkup } from '@/test/intl';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/hooks/fetcher';
import { Loadable, type LoadableProps } from './loadable';

type Props = Partial<LoadableProps<string[]>> & Pick<LoadableProps<string[]>, 'query'>;

function render(props: Props): string {
  return renderToStaticMarkup(
    <Loadable loading={<p>skeleton</p>} isEmpty={(d) => d.length === 0} empty={<p>nothing here</p>} {...props}>
      {(items) => <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>}
    </Loadable>,
  );
}

describe('Loadable', () => {
  it('shows the skeleton before the first answer', () => {
    expect(render({ query: { data: undefined } })).toBe('<p>skeleton</p>');
  });

  it('shows the content, or the empty state when there is nothing to list', () => {
    expect(render({ query: { data: ['coredns'] } })).toBe('<ul><li>coredns</li></ul>');
    expect(render({ query: { data: [] } })).toBe('<p>nothing here</p>');
  });

  it('shows a failed first load as an ErrorPanel with its message and Try again', () => {
    const html = render({ query: { data: undefined, error: new Error('connection refused'), mutate: () => undefined }, errorTitle: 'Nodes cannot be listed' });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Nodes cannot be listed');
    expect(html).toContain('connection refused');
    expect(html).toContain('Try again');
  });

  it('keeps data already shown when a refresh fails', () => {
    expect(render({ query: { data: ['coredns'], error: new Error('timeout') } })).toBe('<ul><li>coredns</li></ul>');
  });

  it("lets the view word a failure itself, and says a 404 is gone even over older data", () => {
    expect(render({ query: { data: undefined, error: new Error('x') }, renderError: (e) => <p>own: {(e as Error).message}</p> })).toBe('<p>own: x</p>');
    const gone = new ApiError(404, 'NotFound', 'no such pod');
    expect(render({ query: { data: ['old'], error: gone }, notFound: <p>gone</p> })).toBe('<p>gone</p>');
  });

  it('frames loading, empty and content but not a failed first load', () => {
    const frame = (body: React.ReactNode) => <section>{body}</section>;
    expect(render({ query: { data: undefined }, frame })).toBe('<section><p>skeleton</p></section>');
    expect(render({ query: { data: [] }, frame })).toBe('<section><p>nothing here</p></section>');
    expect(render({ query: { data: undefined, error: new Error('down') }, frame })).not.toContain('<section>');
  });
});
