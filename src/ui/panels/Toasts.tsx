import { AnimatePresence, m } from 'motion/react';
import { useEffect } from 'react';
import { useGameStore } from '../../store';

const TOAST_MS = 5000;

/** The last rejection or notice, announced politely and dismissed after a few seconds. */
export function Toasts() {
  const toast = useGameStore((s) => s.toast);
  const dismiss = useGameStore((s) => s.dismissToast);
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(dismiss, TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className="toasts" role="status" aria-live="polite">
      <AnimatePresence>
        {toast && (
          <m.div
            key={toast.id}
            className={`toast toast--${toast.tone}`}
            initial={{ opacity: 0, y: 16 }}
            animate={{ opacity: 1, y: 0 }}
            exit={{ opacity: 0, y: 16 }}
            transition={{ duration: 0.2 }}
          >
            <span className="toast__label">{toast.tone === 'error' ? 'Not done:' : 'Note:'}</span> {toast.text}
            <button type="button" className="toast__close" onClick={dismiss} aria-label="Dismiss message">
              ×
            </button>
          </m.div>
        )}
      </AnimatePresence>
    </div>
  );
}
