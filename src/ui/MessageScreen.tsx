import type { ReactNode } from 'react';

/** A full-page message (an error, a missing drill) with the way back to the picker. */
export function MessageScreen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="screen message-screen" id="main">
      <h1>{title}</h1>
      {children}
      <p>
        <a className="button" href="#/">
          Back to all drills
        </a>
      </p>
    </main>
  );
}
