import { Component, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

type Props = { message: string; children: ReactNode };
type State = { failed: boolean };

/**
 * Last resort for an error while rendering (e.g. a code chunk that failed to download inside the CRM popup):
 * a readable message with Try again instead of a blank widget. Expected CRM errors never reach it.
 */
export class RenderFailureBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <ErrorPanel message={this.props.message} onRetry={() => this.setState({ failed: false })} />;
  }
}
