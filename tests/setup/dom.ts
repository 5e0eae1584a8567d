// Vitest setup for DOM (jsdom) tests: jest-dom matchers and React Testing Library cleanup.
// It is listed for both vitest projects but does nothing when there is no DOM, so a node-project
// file that opts in with `// @vitest-environment jsdom` still gets the matchers.
import type {} from '@testing-library/jest-dom/vitest'; // types for toBeInTheDocument() & co.
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest'); // registers the matchers with expect.extend
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
  });
}
