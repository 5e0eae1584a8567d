import { useEffect, useRef } from 'react';

/** A new screen puts focus on its heading (as the briefing and the debrief do), for keyboard and screen-reader users. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
