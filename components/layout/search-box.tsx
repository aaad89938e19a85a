'use client';
/**
 * SearchBox: the header's jump-to box for components, nodes, pods and pod statuses (a status leads to the
 * pod list filtered by it). An ARIA combobox with a listbox:
 * `/` focuses it from anywhere, arrows move, Enter opens the highlighted result, Escape closes.
 */
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchResult } from '@/lib/api/search';
import type { SearchAbout } from '@/lib/model/search';
import { useSearch } from '@/lib/hooks/use-search';
import { cx } from '@/components/ui/cx';
import { Input } from '@/components/ui/input';
import { Kbd } from '@/components/ui/kbd';

const TYPE_DEBOUNCE_MS = 120;

function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** A result's second line in the reader's language, from its facts. */
export function useAboutText(): (result: Pick<SearchResult, 'about'>) => string | undefined {
  const t = useTranslations('layout.search.about');
  const tGroup = useTranslations('overview.group');
  const tNodes = useTranslations('nodes');
  return ({ about }) => (about ? aboutText(about, t, tGroup, tNodes('noRole')) : undefined);
}

function aboutText(about: SearchAbout, t: ReturnType<typeof useTranslations<'layout.search.about'>>, tGroup: ReturnType<typeof useTranslations<'overview.group'>>, noRole: string): string {
  switch (about.kind) {
    case 'component':
      return t('component', { name: about.name, group: tGroup(`${about.group}.title`) });
    case 'node':
      return about.roles.length ? about.roles.join(', ') : noRole;
    case 'pod':
      return about.node ? t('pod', { status: about.status, node: about.node }) : t('podUnscheduled', { status: about.status });
    case 'status':
      return t('status', { count: about.count });
  }
}

export function SearchBox({ className }: { className?: string }) {
  const t = useTranslations('layout.search');
  const aboutOf = useAboutText();
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { data, isLoading } = useSearch(query);
  const results = query.trim() && data?.query === query ? data.results : [];
  const showList = isOpen && Boolean(text.trim());

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text), TYPE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (result: SearchResult | undefined) => {
    if (!result) return;
    setIsOpen(false);
    setText('');
    setQuery('');
    inputRef.current?.blur();
    router.push(result.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setIsOpen(true);
      setActive((i) => (results.length ? (i + 1) % results.length : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (results.length ? (i - 1 + results.length) % results.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(results[Math.min(active, results.length - 1)]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (showList) setIsOpen(false);
      else {
        setText('');
        inputRef.current?.blur();
      }
    }
  };

  const activeId = showList && results[active] ? `${listId}-${active}` : undefined;
  return (
    <div className={cx('relative', className)}>
      <Input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label={t('label')}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={t('placeholder')}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setIsOpen(true);
        }}
        onFocus={() => setIsOpen(true)}
        onBlur={() => setIsOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full pr-8"
      />
      {!text ? <Kbd className="pointer-events-none absolute right-2 top-1.5" aria-hidden="true">/</Kbd> : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('results')}
        hidden={!showList}
        className="absolute right-0 top-9 z-40 max-h-[70vh] w-[26rem] max-w-[90vw] overflow-y-auto rounded-lg border border-line bg-surface py-1 shadow-lg"
      >
        {results.map((result, index) => {
          const about = aboutOf(result);
          return (
            <li
              key={`${result.kind}:${result.name}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(result)}
              onMouseMove={() => setActive(index)}
              className={cx('flex cursor-pointer items-baseline gap-2 px-3 py-1.5 text-sm', index === active ? 'bg-accent-soft' : '')}
            >
              <span className="w-20 shrink-0 text-xs text-muted">{t(`kind.${result.kind}`)}</span>
              <span className="min-w-0 flex-1 truncate font-medium text-fg">{result.name}</span>
              {about ? <span className="max-w-[9rem] shrink-0 truncate text-xs text-subtle">{about}</span> : null}
            </li>
          );
        })}
        {showList && results.length === 0 ? (
          <li role="presentation" className="px-3 py-2 text-sm text-muted">
            {isLoading || query !== text ? t('searching') : t('nothing', { text: text.trim() })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
