/**
 * The colour theme: System / Light / Dark. The choice lives in a cookie (absent means "follow the
 * system"), so the server renders `<html class="dark">` or `class="light"` and no script runs before the
 * first paint: the stylesheet's `light-dark()` tokens follow `color-scheme`, which the class or, without
 * one, the system's preference decides (app/globals.css). Shared by the root layout and the ThemeToggle.
 */
import { BASE_PATH } from '@/lib/public-env';

export const THEME_COOKIE = 'kubesys-theme';
const THEME_COOKIE_MAX_AGE_S = 60 * 60 * 24 * 365;

export type ThemeChoice = 'system' | 'light' | 'dark';

/** A cookie's value as a choice: anything but `light` or `dark` follows the system. */
export function themeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The class on <html> for a choice (none for "system": the media query decides). */
export function themeClass(choice: ThemeChoice): string | undefined {
  return choice === 'system' ? undefined : choice;
}

/** The choice in this browser's cookie. */
export function readThemeCookie(): ThemeChoice {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${THEME_COOKIE}=([^;]*)`));
  return themeChoice(match?.[1]);
}

/** Shows a choice on this page: the class the server would have rendered for it. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.classList.toggle('light', choice === 'light');
  root.classList.toggle('dark', choice === 'dark');
}

/** Saves the choice for the next page the server renders and applies it to this one. */
export function saveTheme(choice: ThemeChoice): void {
  const path = `Path=${BASE_PATH || '/'}`;
  document.cookie = choice === 'system'
    ? `${THEME_COOKIE}=; ${path}; Max-Age=0; SameSite=Lax`
    : `${THEME_COOKIE}=${choice}; ${path}; Max-Age=${THEME_COOKIE_MAX_AGE_S}; SameSite=Lax`;
  applyTheme(choice);
}
