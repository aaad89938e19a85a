/**
 * Finds user-facing text written into TSX instead of a message: JSX text, string literals rendered as
 * children, and string values of the attributes people read (title, aria-label, placeholder, label …).
 * Words that are names (Kubernetes kinds, components, kubectl) pass through a small explicit allowlist.
 * Used by the vitest scan of components/ and app/; pure, over the TypeScript compiler's syntax tree.
 */
import ts from 'typescript';

/** Attributes whose string value a reader sees or a screen reader speaks. */
const READ_ATTRIBUTES = new Set([
  'title', 'label', 'aria-label', 'aria-description', 'aria-valuetext', 'placeholder', 'alt', 'heading', 'note',
  'description', 'empty', 'emptyText', 'emptyTitle', 'message', 'actionLabel', 'caption', 'summary', 'hint',
  'loadingLabel', 'ariaLabel', 'subtitle', 'meta', 'columns', 'errorTitle', 'emptyNote', 'noPodsNote', 'consequence',
  'emptyTitle', 'emptyDescription', 'notFoundTitle',
]);

/** Words that stay as they are in every language: product, Kubernetes and component names, units. */
export const ALLOWED_WORDS = new Set(
  [
    'kubesys', 'kubectl', 'kubernetes', 'kube-system', 'pod', 'pods', 'node', 'nodes', 'coredns', 'kubelet', 'etcd',
    'yaml', 'json', 'api', 'dns', 'cpu', 'tls', 'rbac', 'cni', 'kube-proxy', 'kube-apiserver', 'prometheus',
    'metrics-server', 'daemonset', 'deployment', 'statefulset', 'configmap', 'serviceaccount', 'apiservice',
    'readyz', 'livez', 'healthz', 'gitversion', 'mib', 'gib', 'kib', 'ms', 's', 'm', 'h', 'd', 'ok', 'vs', 'utc',
    'x', 'id', 'ip', 'url', 'k8s', 'kubeconfig', 'e.g.',
  ].map((w) => w.toLowerCase()),
);

/** Kubernetes' own status words, as kubectl prints them (case-sensitive: "Ready" the condition, not "ready" the word). */
const KUBERNETES_TERMS = new Set(['Ready', 'NotReady', 'Running', 'Pending', 'Succeeded', 'Failed', 'Completed', 'Terminating', 'CrashLoopBackOff', 'Warning', 'Normal']);

/** Elements whose text is shown as written: kubectl commands, flags, YAML, log lines. */
const VERBATIM_TAGS = new Set(['code', 'pre', 'kbd']);

export interface Literal {
  line: number;
  text: string;
}

/** Whether a piece of text carries a word that is not a name: letters left after the allowlist. */
export function isUserFacing(text: string): boolean {
  const words = text
    .split(/[\s,;!?()[\]{}"'`|=+*<>…·—–]+/)
    .filter((w) => !/^--?[a-z]/.test(w) && !ALLOWED_WORDS.has(w.toLowerCase().replace(/[.:]$/, '')))
    .flatMap((w) => w.split(/[.:/-]+/))
    .filter((w) => /\p{L}/u.test(w));
  return words.some((w) => !ALLOWED_WORDS.has(w.toLowerCase()) && !KUBERNETES_TERMS.has(w) && !/^[A-Z0-9_]+$/.test(w) && !/^[a-z]+[A-Z]/.test(w));
}

function stringsOf(expression: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression];
  if (ts.isTemplateExpression(expression)) return [expression.head, ...expression.templateSpans.map((s) => s.literal)];
  if (ts.isParenthesizedExpression(expression)) return stringsOf(expression.expression);
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap((e) => stringsOf(e));
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.flatMap((p) => (ts.isPropertyAssignment(p) && p.name.getText() === 'label' ? stringsOf(p.initializer) : []));
  }
  if (ts.isConditionalExpression(expression)) return [...stringsOf(expression.whenTrue), ...stringsOf(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) return [...stringsOf(expression.left), ...stringsOf(expression.right)];
  return [];
}

function textOf(node: ts.Node, source: ts.SourceFile): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return node.getText(source);
}

/** The user-facing literals of one TSX file, with their lines. */
export function findLiterals(fileName: string, code: string): Literal[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    if (isUserFacing(text)) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    // Commands, YAML and logs inside <code>, <pre> and <kbd> are never translated.
    if (ts.isJsxElement(node) && VERBATIM_TAGS.has(node.openingElement.tagName.getText(source))) return;
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const s of stringsOf(node.expression)) report(s, textOf(s, source));
    } else if (ts.isJsxAttribute(node) && node.initializer && READ_ATTRIBUTES.has(node.name.getText(source))) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) for (const s of stringsOf(init.expression)) report(s, textOf(s, source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
