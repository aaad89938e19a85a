/** Joins class names, skipping falsy values: the one helper the primitives share. */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
