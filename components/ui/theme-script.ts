/**
 * Theme bootstrapping shared by the root layout (inline, before first paint) and the ThemeToggle.
 * The choice lives in localStorage; absent means "follow the system".
 */

export const THEME_STORAGE_KEY = 'kubesys-theme';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Runs in <head> before the body paints, so a dark-mode user never sees a white flash. */
export const THEME_INIT_SCRIPT = `(function(){try{var c=localStorage.getItem('${THEME_STORAGE_KEY}');var d=c==='dark'||(c!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light';}catch(_){}})();`;

export function applyTheme(choice: ThemeChoice): void {
  const isDark =
    choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  const root = document.documentElement;
  root.classList.toggle('dark', isDark);
  root.style.colorScheme = isDark ? 'dark' : 'light';
}
