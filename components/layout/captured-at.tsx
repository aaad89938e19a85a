/** CapturedAt: when a replayed capture was taken, as a fixed UTC date and time (it is no moving clock). */

/** `2022-11-23T22:36:02Z` → `2022-11-23 22:36 UTC`; the same on the server and in every browser. */
export function formatCapturedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function CapturedAt({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatCapturedAt(iso)}
    </time>
  );
}
