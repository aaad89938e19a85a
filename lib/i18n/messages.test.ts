/**
 * Every language has every message, with the same ICU arguments and rich-text tags: a key present in one
 * catalogue and missing in another, or `{count}` in English and `{n}` in Korean, fails here.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { MESSAGES } from './messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(id, value);
    else for (const [k, v] of flatten(value, id)) out.set(k, v);
  }
  return out;
}

/** The arguments and tags a message uses, e.g. `count:plural`, `<time>`, `name`. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument) names.add(e.value);
      else if (e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) names.add(`${e.value}:${TYPE[e.type]}`);
      else if (e.type === TYPE.plural || e.type === TYPE.select) {
        names.add(`${e.value}:${e.type === TYPE.plural ? 'plural' : 'select'}`);
        for (const option of Object.values(e.options)) walk(option.value);
      } else if (e.type === TYPE.tag) {
        names.add(`<${e.value}>`);
        walk(e.children);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const catalogues = Object.fromEntries(LOCALES.map((l) => [l, flatten(MESSAGES[l] as unknown as Tree)]));
const english = catalogues.en!;

describe('message catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale) => {
    const other = catalogues[locale]!;
    expect([...other.keys()].filter((k) => !english.has(k)), 'only in this language').toEqual([]);
    expect([...english.keys()].filter((k) => !other.has(k)), 'missing in this language').toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s uses the same placeholders as English in every message', (locale) => {
    const other = catalogues[locale]!;
    const differing = [...english.entries()]
      .filter(([key]) => other.has(key))
      .filter(([key, text]) => placeholders(text).join() !== placeholders(other.get(key)!).join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it.each(LOCALES)('%s: every message parses as ICU and none is empty', (locale) => {
    for (const [key, text] of catalogues[locale]!) {
      expect(text.trim(), key).not.toBe('');
      expect(() => parse(text), key).not.toThrow();
    }
  });

  it('the placeholder check sees a renamed argument and a dropped tag', () => {
    expect(placeholders('{count, plural, one {# pod} other {# pods}}')).toEqual(['count:plural']);
    expect(placeholders('Pod {name} <b>ready</b>')).not.toEqual(placeholders('Pod {pod} ready'));
  });
});
