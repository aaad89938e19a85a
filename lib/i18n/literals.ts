/**
 * Finds user-facing text written into TSX instead of a message: JSX text, string literals rendered as
 * children, and string values of the attributes people read (title, aria-label, placeholder, label …);
 * and text kept aside to be rendered later — constants and variables (records, arrays of labels, template
 * literals), default values of parameters and props, strings a function returns — in TSX and in the `.ts`
 * modules of components/. Words that are names (Kubernetes kinds, components, kubectl) pass through a small
 * explicit allowlist; ids, keys, class names, URLs and commands kept aside pass too.
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
    'x', 'id', 'ip', 'url', 'k8s', 'kubeconfig', 'e.g.', 'gi', 'mi', 'ki',
  ].map((w) => w.toLowerCase()),
);

/** Kubernetes' own status words, as kubectl prints them (case-sensitive: "Ready" the condition, not "ready" the word). */
const KUBERNETES_TERMS = new Set([
  'Ready', 'NotReady', 'Running', 'Pending', 'Succeeded', 'Failed', 'Completed', 'Terminating', 'CrashLoopBackOff', 'Warning', 'Normal',
  // Kinds as the API names them, one and many (the unavailable notice's labels: "ConfigMaps", "node Leases").
  ...['Pod', 'Node', 'Service', 'ConfigMap', 'Event', 'Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet', 'Job', 'CronJob', 'ServiceAccount', 'Lease', 'APIService']
    .flatMap((kind) => [kind, `${kind}s`]),
  'Endpoints', 'NetworkPolicy', 'NetworkPolicies',
]);

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

/** Operators whose operands may be what is shown (`a + b`, `x ?? 'none'`); comparisons are not. */
const SHOWN_OPERATORS = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken]);

function stringsOf(expression: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression];
  if (ts.isTemplateExpression(expression)) return [expression.head, ...expression.templateSpans.map((s) => s.literal)];
  if (ts.isParenthesizedExpression(expression)) return stringsOf(expression.expression);
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap((e) => stringsOf(e));
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.flatMap((p) => (ts.isPropertyAssignment(p) && p.name.getText() === 'label' ? stringsOf(p.initializer) : []));
  }
  if (ts.isConditionalExpression(expression)) return [...stringsOf(expression.whenTrue), ...stringsOf(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    return SHOWN_OPERATORS.has(expression.operatorToken.kind) ? [...stringsOf(expression.left), ...stringsOf(expression.right)] : [];
  }
  return [];
}

/**
 * Names of things (a variable, a property, a parameter) whose strings are for the machine: class names,
 * tones, ids, keys, paths, URLs, kinds, commands … Matched on the name's last word (`badgeClass`, `TONE`,
 * `podHref`, `queryKey`).
 */
const TECHNICAL_NAME =
  /(class|classes|classname|tone|tones|style|styles|color|colour|icon|variant|size|href|path|url|key|keys|id|ids|kind|kinds|type|types|param|params|query|selector|testid|role|mode|unit|units|format|locale|cookie|header|method|route|pattern|version|event|storage|attr|field|dir|align|side|position|stroke|fill|font|width|height|dash|anchor|rel|target|sort|order|namespace|image|container|command|commands|cmd|kubectl|flag|flags|yaml|ns|dot|grid|ease|curve|code|prefix|suffix|separator|sep|delimiter|tag|tags|element|as|token|mime|accept|ext|extension|env|script|file|filename)$/i;

/** Whether a name (`badgeClass`, `POD_HREF`, `group-id`) ends in a technical word. */
export function isTechnicalName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_-]+/).filter(Boolean);
  return words.length > 0 && TECHNICAL_NAME.test(words[words.length - 1]!);
}

/** Tailwind classes of one word (most have a dash: `text-sm`, `md:flex`). */
const UTILITY_CLASSES = new Set([
  'flex', 'grid', 'block', 'inline', 'hidden', 'truncate', 'italic', 'underline', 'relative', 'absolute', 'fixed', 'sticky', 'border',
  'rounded', 'shadow', 'uppercase', 'lowercase', 'capitalize', 'grow', 'shrink', 'contents', 'table', 'container', 'transition', 'group',
  'peer', 'invisible', 'visible', 'static', 'outline', 'ring', 'antialiased', 'isolate', 'prose', 'resize', 'ordinal', 'collapse',
]);

/**
 * Text kept aside that is still not prose: one lower-case token (an id, a key, a unit: `control-plane`,
 * `kube-dns`), a class list (`flex items-center`, `text-sm font-mono`), a URL or path, a kubectl command.
 */
export function isMachineText(text: string): boolean {
  const trimmed = text.trim();
  // An id has no space around it; " hours" is the end of a sentence built around a number.
  if (/^[a-z0-9]+([-_.:/@#=][a-z0-9]+)*[-_:/]?$/.test(text)) return true;
  if (/^(\/|https?:\/\/|\.\/|#|\?)/.test(trimmed)) return true;
  if (/^kubectl\s/.test(trimmed)) return true;
  return trimmed.split(/\s+/).every((token) => /^[!a-z0-9:[\]/.%()_#,&>*=+-]*[-:[][!a-z0-9:[\]/.%()_#,&>*=+-]*$/.test(token) || UTILITY_CLASSES.has(token));
}

/** Strings of a value kept aside (a constant, a default, a return): every value of a record or an array, not the keys. */
function keptStringsOf(expression: ts.Expression): ts.Node[] {
  if (ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isParenthesizedExpression(expression)) return keptStringsOf(expression.expression);
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap((e) => keptStringsOf(e));
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.flatMap((p) =>
      ts.isPropertyAssignment(p) && !isTechnicalName(p.name.getText().replace(/['"]/g, '')) ? keptStringsOf(p.initializer) : [],
    );
  }
  if (ts.isConditionalExpression(expression)) return [...keptStringsOf(expression.whenTrue), ...keptStringsOf(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    return SHOWN_OPERATORS.has(expression.operatorToken.kind) ? [...keptStringsOf(expression.left), ...keptStringsOf(expression.right)] : [];
  }
  return stringsOf(expression);
}

/** The name a kept value is bound to: a variable, a parameter or a destructured prop. */
function boundName(node: ts.VariableDeclaration | ts.BindingElement | ts.ParameterDeclaration): string | undefined {
  if (ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isBindingElement(node) && node.propertyName && ts.isIdentifier(node.propertyName)) return node.propertyName.text;
  return undefined;
}

/** Whether a function (named or not) is the one `node` returns from. */
function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node);
}

/** The name of the function a return belongs to, when it has one (`function toneOf` → `toneOf`). */
function functionName(node: ts.Node): string | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (isFunctionLike(at)) {
      if (at.name && ts.isIdentifier(at.name)) return at.name.text;
      if (ts.isVariableDeclaration(at.parent) && ts.isIdentifier(at.parent.name)) return at.parent.name.text;
      if (ts.isPropertyAssignment(at.parent)) return at.parent.name.getText();
      return undefined;
    }
  }
  return undefined;
}

function textOf(node: ts.Node, source: ts.SourceFile): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return node.getText(source);
}

/** The user-facing literals of one TSX file (or a `.ts` module of components/), with their lines. */
export function findLiterals(fileName: string, code: string): Literal[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    if (isUserFacing(text)) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.trim() });
  };
  /** Text kept aside for later: reported unless its name or its shape says it is for the machine. */
  const reportKept = (name: string | undefined, expression: ts.Expression) => {
    if (name && isTechnicalName(name)) return;
    for (const s of keptStringsOf(expression)) {
      const text = textOf(s, source);
      if (!isMachineText(text)) report(s, text);
    }
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
    } else if ((ts.isVariableDeclaration(node) || ts.isBindingElement(node) || ts.isParameter(node)) && node.initializer) {
      // `const TITLE = { down: 'API server unreachable' }`, `const label = \`${n} nodes\``, `{ title = 'Could not load' }`.
      reportKept(boundName(node), node.initializer);
    } else if (ts.isReturnStatement(node) && node.expression) {
      reportKept(functionName(node), node.expression);
    } else if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
      reportKept(functionName(node.body), node.body);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
