/**
 * A rendered page's text as lines: one per non-empty text node, whitespace collapsed, in
 * document order. One definition for both renderers, so the browser and the simulator are
 * compared by the same rule: chromium runs it through `locator.evaluate` (Playwright sends
 * the function's source, so it must stay self-contained: no imports, no outer names, no
 * helpers a compiler might hoist), and the simulator test calls it on its jsdom tree.
 *
 * Skipped subtrees, by class: the H5-only persona chip (a dev tool the WeChat build drops)
 * and countdowns (they tick between two renders, so they can never compare equal).
 */
export function extractTextLines(root: Node): string[] {
  const skipClasses = ['persona-switcher', 'countdown'];
  const skipTags = ['style', 'script', 'template'];
  const lines: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) lines.push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (skipTags.includes(element.tagName.toLowerCase())) return;
    // miniprogram-simulate prefixes classes with the component's scope ("main--countdown").
    const classes = (element.getAttribute('class') ?? '').split(/\s+/);
    const skipped = (name: string) =>
      skipClasses.some((skip) => name === skip || name.endsWith(`--${skip}`));
    if (classes.some(skipped)) return;
    element.childNodes.forEach(walk);
  };
  walk(root);
  return lines;
}

/**
 * Lines one build shows by design and the other cannot: a match allows them, the report names
 * them. Each is a deliberate platform branch in src/, not a rendering difference.
 */
export const PLATFORM_DIFFERENCES: readonly {
  line: string;
  only: 'browser' | 'simulator';
  reason: string;
}[] = [
  {
    line: '在微信中打开即可关注',
    only: 'browser',
    reason: 'the H5 hint; in WeChat the native official-account follow bar shows instead',
  },
];

export interface TextComparison {
  /** True when every line not explained by PLATFORM_DIFFERENCES is on both sides. */
  matches: boolean;
  onlyInBrowser: string[];
  onlyInSimulator: string[];
  byDesign: { line: string; reason: string }[];
}

/** The two renders as sets of lines: order and repeats aside, do they say the same things? */
export function compareTextLines(browser: string[], simulator: string[]): TextComparison {
  const inSimulator = new Set(simulator);
  const inBrowser = new Set(browser);
  const byDesign: TextComparison['byDesign'] = [];
  const explained = (line: string, only: 'browser' | 'simulator') => {
    const known = PLATFORM_DIFFERENCES.find((d) => d.line === line && d.only === only);
    if (known) byDesign.push({ line, reason: known.reason });
    return known !== undefined;
  };
  const onlyInBrowser = [...inBrowser].filter(
    (line) => !inSimulator.has(line) && !explained(line, 'browser'),
  );
  const onlyInSimulator = [...inSimulator].filter(
    (line) => !inBrowser.has(line) && !explained(line, 'simulator'),
  );
  return {
    matches: onlyInBrowser.length === 0 && onlyInSimulator.length === 0,
    onlyInBrowser,
    onlyInSimulator,
    byDesign,
  };
}
