/** WithCode: text whose `backticked` spans are commands or names, shown as inline code (descriptions, next steps). */
export function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i} className="rounded bg-surface-2 px-1 font-mono text-xs">{part}</code> : part))}
    </>
  );
}
