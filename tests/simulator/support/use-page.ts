// One page of the weapp build per test: opened by the test, unloaded after it.
//
//   const { open, textOf } = usePage('pages/bargain/index');
//   const page = open({ bargainId: ID });
//   await waitFor(() => expect(textOf('.help-button')).toBe('帮 TA 砍一刀'));
import { type LoadedPage, loadPage } from './load-weapp';

export interface PageUnderTest {
  /** Loads the page as if opened with `?query`; it is unloaded after the test. */
  open(query?: Record<string, string>): LoadedPage;
  /** The trimmed text of the first node matching `selector`; throws until it is rendered. */
  textOf(selector: string): string;
}

export function usePage(route: string): PageUnderTest {
  let page: LoadedPage | undefined;

  afterEach(() => {
    page?.unload();
    page = undefined;
  });

  return {
    open: (query = {}) => {
      page = loadPage(route, query);
      return page;
    },
    textOf: (selector) => {
      const node = page?.find(selector);
      if (!node) throw new Error(`no ${selector} rendered yet`);
      return node.dom?.textContent?.trim() ?? '';
    },
  };
}
