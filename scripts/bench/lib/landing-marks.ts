/** What the in-page observer records, in ms since navigation start (performance.now()). */
export interface LandingMarks {
  titleMs?: number;
  interactiveMs?: number;
  /** Function calls (/api/…) the page had sent when its CTA became usable. */
  callsBeforeInteractive?: number;
}

declare global {
  interface Window {
    __fissionBench?: LandingMarks;
  }
}

/**
 * Installed before any page script runs (addInitScript): notes when the landing title is in
 * the document with text and a box, and when the CTA is there, not disabled, with a box. A
 * MutationObserver sees the commit that adds them, without polling the throttled main thread.
 */
export function installLandingMarks(): void {
  const marks: LandingMarks = {};
  window.__fissionBench = marks;
  let calls = 0;
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/api/')) calls += 1;
    return fetch(input, init);
  };
  const shown = (el: Element | null) => {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const observer = new MutationObserver(() => {
    if (marks.titleMs === undefined) {
      const title = document.querySelector('[data-testid=landing-title]');
      if (title?.textContent?.trim() && shown(title)) marks.titleMs = performance.now();
    }
    if (marks.interactiveMs === undefined) {
      const cta = document.querySelector('[data-testid=landing-cta]');
      if (
        cta &&
        !cta.hasAttribute('disabled') &&
        cta.getAttribute('aria-disabled') !== 'true' &&
        shown(cta)
      ) {
        marks.interactiveMs = performance.now();
        marks.callsBeforeInteractive = calls;
      }
    }
    if (marks.titleMs !== undefined && marks.interactiveMs !== undefined) observer.disconnect();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'aria-disabled', 'class', 'style'],
  });
}
