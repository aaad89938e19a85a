'use client';
/** ThemeToggle: System / Light / Dark, persisted in localStorage; "System" follows OS changes live. */
import { useTranslations } from 'next-intl';
import { useEffect, useSyncExternalStore } from 'react';
import { cx } from './cx';
import { MonitorIcon, MoonIcon, SunIcon } from './icons';
import { applyTheme, THEME_STORAGE_KEY, type ThemeChoice } from './theme-script';

const CHANGE_EVENT = 'kubesys-theme-change';

const OPTIONS: Array<{ value: ThemeChoice; Icon: typeof SunIcon }> = [
  { value: 'system', Icon: MonitorIcon },
  { value: 'light', Icon: SunIcon },
  { value: 'dark', Icon: MoonIcon },
];

function readChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function saveChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private mode without storage: the choice still applies to this page.
  }
  applyTheme(choice);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function ThemeToggle({ className }: { className?: string }) {
  const t = useTranslations('layout.theme');
  const choice = useSyncExternalStore<ThemeChoice | null>(subscribe, readChoice, () => null);

  useEffect(() => {
    if (choice === null) return;
    applyTheme(choice);
    if (choice !== 'system') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [choice]);

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
            onClick={() => saveChoice(value)}
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
