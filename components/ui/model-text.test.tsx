import { describe, expect, it } from 'vitest';
import type { Message } from '@/lib/api/message';
import { renderIntl } from '@/test/intl';
import { useModelText } from './model-text';

function Text({ message }: { message: Message }) {
  return <p>{useModelText()(message)}</p>;
}

const renewed = (secondsAgo: number): Message => ({
  id: 'cause.restartedLast',
  values: { pod: 'coredns-x', restarts: 4, at: { at: new Date(Date.now() - secondsAgo * 1000).toISOString() } },
});

describe('useModelText', () => {
  it('renders a moment as an age in the reader language', () => {
    expect(renderIntl(<Text message={renewed(12)} />)).toBe('<p>coredns-x restarted 4 times, last 12 s ago</p>');
    expect(renderIntl(<Text message={renewed(12)} />, 'ko')).toBe('<p>coredns-x 4회 재시작, 마지막 12초 전</p>');
  });

  it('renders nested messages in the same language', () => {
    const message: Message = { id: 'reason.podsReadyDetail', values: { ready: 1, total: 2, detail: { id: 'verbatim', values: { text: 'x' } } } };
    expect(renderIntl(<Text message={message} />, 'ko')).toContain('x');
    expect(renderIntl(<Text message={message} />)).toBe('<p>1 of 2 pods ready: x</p>');
  });
});
