'use client';
/**
 * ThemeToggle: System / Light / Dark, saved in a cookie (components/ui/theme.ts); "System" follows the OS
 * live through CSS. A choice made in one tab shows in the others at once: a cookie has no change event,
 * so the tab that chose says so on a BroadcastChannel, and the others read the cookie again.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useSyncExternalStore } from 'react';
import { cx } from './cx';
import { MonitorIcon, MoonIcon, SunIcon } from './icons';
import { applyTheme, readThemeCookie, saveTheme, THEME_COOKIE, type ThemeChoice } from './theme';

const CHANGE_EVENT = 'kubesys-theme-change';

const OPTIONS: Array<{ value: ThemeChoice; Icon: typeof SunIcon }> = [
  { value: 'system', Icon: MonitorIcon },
  { value: 'light', Icon: SunIcon },
  { value: 'dark', Icon: MoonIcon },
];

/** This tab's end of the channel between tabs (none where the browser has no BroadcastChannel). */
let otherTabs: BroadcastChannel | null | undefined;
function channel(): BroadcastChannel | null {
  otherTabs ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(THEME_COOKIE);
  return otherTabs;
}

function subscribe(onChange: () => void): () => void {
  // Another tab chose: its cookie is ours too.
  const followOtherTab = () => {
    applyTheme(readThemeCookie());
    onChange();
  };
  window.addEventListener(CHANGE_EVENT, onChange);
  channel()?.addEventListener('message', followOtherTab);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    channel()?.removeEventListener('message', followOtherTab);
  };
}

function choose(choice: ThemeChoice): void {
  saveTheme(choice);
  window.dispatchEvent(new Event(CHANGE_EVENT));
  channel()?.postMessage(choice);
}

/** Earlier versions kept the choice in localStorage, under the cookie's name: carried over once. */
function carryOverStoredChoice(): void {
  try {
    const stored = window.localStorage.getItem(THEME_COOKIE);
    if (stored === null) return;
    window.localStorage.removeItem(THEME_COOKIE);
    if (readThemeCookie() === 'system' && (stored === 'light' || stored === 'dark')) choose(stored);
  } catch {
    // No storage (private mode): nothing to carry over.
  }
}

export function ThemeToggle({ className }: { className?: string }) {
  const t = useTranslations('layout.theme');
  const choice = useSyncExternalStore<ThemeChoice | null>(subscribe, readThemeCookie, () => null);
  useEffect(carryOverStoredChoice, []);

  return (
    <div
      role="group"
      aria-label={t('label')}
      className={cx('inline-flex items-center rounded-md border border-line bg-surface-2 p-0.5', className)}
    >
      {OPTIONS.map(({ value, Icon }) => {
        const isActive = choice === value;
        const label = t(value);
        return (
          <button
            key={value}
            type="button"
            aria-label={label}
            aria-pressed={isActive}
            title={label}
            onClick={() => choose(value)}
            className={cx(
              'inline-flex size-6 items-center justify-center rounded transition-colors',
              isActive ? 'bg-surface text-fg shadow-sm' : 'text-subtle hover:text-fg',
            )}
          >
            <Icon className="size-3.5" />
          </button>
        );
      })}
    </div>
  );
}
