/**
 * A kubeconfig problem (lib/api/kubeconfig-problem.ts) in the reader's language: its title, what is wrong,
 * and what to do. Paths, context names and a parser's own words are values, shown as they are; commands in
 * the hints are code.
 */
import { useTranslations } from 'next-intl';
import type { KubeconfigProblem } from '@/lib/api/kubeconfig-problem';
import { WithCode } from './with-code';

export interface KubeconfigProblemWords {
  title: string;
  detail: string;
  hints: string[];
}

export function useKubeconfigProblemWords(): (problem: KubeconfigProblem) => KubeconfigProblemWords {
  const t = useTranslations('kubeconfig');
  return ({ code, params, hints }) => ({
    title: t(`${code}.title`),
    detail: t(`${code}.detail`, params),
    hints: hints.map((hint) => t(`hint.${hint}`, params)),
  });
}

/** The hints, one per line, commands as code. */
export function KubeconfigHints({ hints }: { hints: string[] }) {
  return (
    <>
      {hints.map((hint) => (
        <span key={hint} className="block">
          <WithCode text={hint} />
        </span>
      ))}
    </>
  );
}
