/** Whether a context a URL names is missing from the kubeconfig, with the contexts there are (for the 404s). */
import 'server-only';
import { clusterCatalogue } from './cluster-catalogue';

/** The context and the kubeconfig's contexts when `context` is named but not in the kubeconfig; undefined otherwise. */
export function unknownContext(context: string | null | undefined): { context: string; contexts: string[] } | undefined {
  if (!context) return undefined;
  const listed = clusterCatalogue();
  const contexts = listed.ok ? listed.catalogue.contexts : [];
  return contexts.includes(context) ? undefined : { context, contexts };
}
