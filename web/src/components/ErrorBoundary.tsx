import { Component, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';

/** A failure while drawing a page shows a message with a way back, never a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string }) {
    // Navigating elsewhere clears the error.
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    return this.state.error ? <ErrorState error={this.state.error} /> : this.props.children;
  }
}
