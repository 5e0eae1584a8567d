import { useRoom } from './useGameDay';

/** Every error the server sends, as a dismissible line that never blocks the screen. Shown as text only. */
export function ServerErrors() {
  const errors = useRoom((s) => s.errors);
  const dismiss = useRoom((s) => s.dismissError);
  return (
    <div className="gd-errors" role="alert" aria-live="assertive">
      {errors.map((error) => (
        <p key={error.id} className="gd-error">
          <span className="gd-error__label">Server says:</span>
          <span className="gd-error__text">{error.message}</span>
          <button type="button" className="button button--quiet button--small" onClick={() => dismiss(error.id)}>
            Dismiss<span className="visually-hidden">: {error.message}</span>
          </button>
        </p>
      ))}
    </div>
  );
}
