import { Component, type ErrorInfo, type ReactNode } from 'react';
import { MessageScreen } from './MessageScreen';

interface State {
  error: Error | null;
}

/** A screen that throws shows what went wrong and a way back, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Firedrill screen failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageScreen title="Something went wrong">
        <p>{error.message}</p>
      </MessageScreen>
    );
  }
}
