/**
 * Parses a container's `command` + `args` into a flags table (`--authorization-mode=Node,RBAC` →
 * flag, value), pure. Kubernetes components take Go-style flags: `--name=value`, `--name value`,
 * `-name value` (CoreDNS's `-conf`), and bare booleans.
 */
import type { FlagRow } from '@/lib/api/component';

const FLAG = /^--?[A-Za-z0-9]/;

/**
 * The flags of a command line, in order. The executable (`command[0]`) is left out; a token that is
 * not a flag is a flag's value when it follows a flag without `=`, and positional otherwise
 * (`flag: ''`). Flags given more than once are marked `isRepeated`.
 */
export function parseCommandLine(command: readonly string[] | null | undefined, args: readonly string[] | null | undefined): FlagRow[] {
  const tokens = [...(command ?? []).slice(1), ...(args ?? [])];
  const rows: FlagRow[] = [];
  let open: FlagRow | undefined;
  for (const token of tokens) {
    if (token === '--') {
      open = undefined;
      continue;
    }
    if (FLAG.test(token)) {
      const eq = token.indexOf('=');
      const row: FlagRow = eq > 0 ? { flag: token.slice(0, eq), value: token.slice(eq + 1) } : { flag: token };
      rows.push(row);
      open = eq > 0 ? undefined : row;
      continue;
    }
    if (open) {
      open.value = token;
      open = undefined;
    } else {
      rows.push({ flag: '', value: token });
    }
  }
  const counts = new Map<string, number>();
  for (const row of rows) if (row.flag) counts.set(row.flag, (counts.get(row.flag) ?? 0) + 1);
  return rows.map((row) => ((counts.get(row.flag) ?? 0) > 1 ? { ...row, isRepeated: true } : row));
}

/** The whole command line as written (executable first), for display and copying. */
export function commandLineTokens(command: readonly string[] | null | undefined, args: readonly string[] | null | undefined): string[] {
  return [...(command ?? []), ...(args ?? [])];
}
