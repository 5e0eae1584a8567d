// jsdom has no layout: virtualized lists see a zero-sized scroll box and render nothing. These give
// HTMLElement fixed sizes for the tests of one file, so the rows in view render as in a browser.
import { afterAll, beforeAll } from 'vitest';

export type LayoutSizes = Partial<Record<'clientHeight' | 'clientWidth' | 'offsetHeight' | 'offsetWidth', number>>;

export function fakeLayout(sizes: LayoutSizes): void {
  const saved: Record<string, PropertyDescriptor | undefined> = {};
  beforeAll(() => {
    for (const [key, value] of Object.entries(sizes)) {
      saved[key] = Object.getOwnPropertyDescriptor(HTMLElement.prototype, key);
      Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
    }
  });
  afterAll(() => {
    for (const key of Object.keys(sizes)) if (saved[key]) Object.defineProperty(HTMLElement.prototype, key, saved[key]!);
  });
}
