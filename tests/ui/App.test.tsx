import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.tsx';

describe('App (placeholder landing page)', () => {
  it('renders the heading and the coming-soon line', () => {
    render(<App />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Firedrill — incident-response drills' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/war room is coming/i);
  });

  it('is styled with CSS classes, not inline style attributes', () => {
    const { container } = render(<App />);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});
