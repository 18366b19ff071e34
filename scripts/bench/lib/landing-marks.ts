/** What the in-page observer records, in ms since navigation start (performance.now()). */
export interface LandingMarks {
  titleMs?: number;
  interactiveMs?: number;
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
      )
        marks.interactiveMs = performance.now();
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
