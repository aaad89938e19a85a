/** Every language's message catalogue (messages/<locale>.json), English being the reference. */
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import type { Locale } from './locales';

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, ko };
