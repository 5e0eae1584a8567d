// The shell: hash routes to lazily loaded screens. Only this file and React are in the first chunk;
// the engine, the scenario parser, the scenarios and motion arrive with the screens that need them.
import { lazy, Suspense, useEffect } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { takeFacilitatorLink } from './gameday/identity';
import { formatRoute, useRoute, type Route } from './route';

const Screens = lazy(() => import('./screens/Screens'));
// `?bench` only: the war room for a scenario posted by `npm run bench:browser` (see BenchScreen).
const BenchScreen = lazy(() => import('./screens/BenchScreen'));
const BENCH = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('bench');
// A game day's facilitator link carries its secret in the query: it moves to session storage at once.
if (typeof window !== 'undefined') takeFacilitatorLink();

function Loading() {
  return (
    <main className="screen loading" id="main">
      <p role="status">Loading the drill room…</p>
    </main>
  );
}

export function App() {
  const route: Route = useRoute();
  // Each screen starts at the top of the page.
  useEffect(() => {
    document.documentElement.scrollTop = 0;
  }, [route.name]);
  return (
    <ErrorBoundary resetKey={formatRoute(route)}>
      <Suspense fallback={<Loading />}>
        {BENCH ? <BenchScreen /> : <Screens route={route} />}
      </Suspense>
    </ErrorBoundary>
  );
}
