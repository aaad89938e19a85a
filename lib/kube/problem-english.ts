/**
 * A connection problem in English, from messages/en/kubeconfig.json: the words of the JSON API's
 * `NotConfigured` message and of the server's logs. The UI words the same problem from its code instead.
 */
import { createTranslator } from 'use-intl/core';
import type { KubeconfigProblem } from '@/lib/api/kubeconfig-problem';
import kubeconfig from '@/messages/en/kubeconfig.json';

const translate = createTranslator({ locale: 'en', messages: { kubeconfig }, namespace: 'kubeconfig', timeZone: 'UTC' });

export interface ProblemWords {
  title: string;
  detail: string;
  hints: string[];
}

export function englishProblem(problem: KubeconfigProblem): ProblemWords {
  const { code, params, hints } = problem;
  return {
    title: translate(`${code}.title`),
    detail: translate(`${code}.detail`, params),
    hints: hints.map((hint) => translate(`hint.${hint}`, params)),
  };
}

/** `Title: detail.`, one line, for a card's or a log's text. */
export function englishLine(problem: KubeconfigProblem): string {
  const { title, detail } = englishProblem(problem);
  return `${title}: ${detail}`;
}
