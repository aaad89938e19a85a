/**
 * End-of-life dates of Kubernetes minors, as published in kubernetes/website `data/releases/eol.yaml`
 * (past EOLs) and the release pages at kubernetes.io/releases/<minor> (scheduled ones), read 2026-11.
 * Update when a new minor ships (three a year).
 */
export const EOL_DATES: Readonly<Record<string, string>> = {
  '1.16': '2020-09-02',
  '1.17': '2021-01-13',
  '1.18': '2021-06-18',
  '1.19': '2021-10-28',
  '1.20': '2022-02-28',
  '1.21': '2022-06-28',
  '1.22': '2022-12-08',
  '1.23': '2023-02-28',
  '1.24': '2023-07-28',
  '1.25': '2023-10-28',
  '1.26': '2024-02-28',
  '1.27': '2024-07-16',
  '1.28': '2024-10-22',
  '1.29': '2025-02-28',
  '1.30': '2025-07-15',
  '1.31': '2025-11-11',
  '1.32': '2026-02-28',
  '1.33': '2026-06-28',
  '1.34': '2026-10-27',
  '1.35': '2027-02-28',
  '1.36': '2027-06-28',
  '1.37': '2027-10-28',
};

const OLDEST_LISTED_MINOR = 16;

/** The EOL date of `1.<minor>` (`YYYY-MM-DD`), `'before 2020'` for older minors, undefined when not yet known. */
export function endOfLife(major: number, minor: number): string | undefined {
  if (major !== 1) return undefined;
  if (minor < OLDEST_LISTED_MINOR) return 'before 2020-09-02';
  return EOL_DATES[`1.${minor}`];
}
