/**
 * Around every part of a page that loads after the first paint: if its code cannot be downloaded
 * (the network went away) or it breaks, the part's place says what is missing and offers Retry,
 * and everything else on the page (the stage above all) keeps running. Without it, React would
 * take the whole page down with the one part: a white page.
 */
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { LoadError, loadFailureAdvice, loadFailureMessage, onlineNow } from './loadFailure.ts';
import { retryFailedLoads } from './retryableLazy.ts';

interface LoadBoundaryProps {
  /** The part, as a reader would name it: "the exercises". */
  what: string;
  children: ReactNode;
}

interface LoadBoundaryState {
  error: unknown;
  retrying: boolean;
  online: boolean;
}

export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  override state: LoadBoundaryState = { error: null, retrying: false, online: onlineNow() };

  static getDerivedStateFromError(error: unknown): Partial<LoadBoundaryState> {
    return { error: error ?? new Error('unknown error'), online: onlineNow() };
  }

  override componentDidMount() {
    // The words follow the connection ("you seem to be offline" goes once it is back).
    window.addEventListener('online', this.onConnection);
    window.addEventListener('offline', this.onConnection);
  }

  override componentWillUnmount() {
    window.removeEventListener('online', this.onConnection);
    window.removeEventListener('offline', this.onConnection);
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // For whoever looks at the console: which part, and where in the tree.
    console.warn(`Backpressure Playground: ${this.props.what} failed.`, error, info.componentStack);
  }

  private onConnection = () => this.setState({ online: onlineNow() });

  private retry = async () => {
    this.setState({ retrying: true });
    const ready = await retryFailedLoads();
    // Still offline: the message stays, up to date.
    if (ready) this.setState({ error: null, retrying: false });
    else this.setState({ retrying: false, online: onlineNow() });
  };

  override render() {
    const { error, retrying, online } = this.state;
    if (error === null) return this.props.children;
    const loading = error instanceof LoadError;
    const { what } = this.props;
    const message = loading
      ? loadFailureMessage(what, online)
      : `${what.charAt(0).toUpperCase()}${what.slice(1)} stopped working (${messageOf(error)}).`;
    return (
      <div className="notice load-failed" role="alert" data-testid="load-failed">
        <p>
          {message}{' '}
          <span className="load-failed-advice">
            {loading ? loadFailureAdvice(online) : 'Retry, or reload the page.'}
          </span>
        </p>
        <button type="button" className="button" onClick={this.retry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  }
}

/** A lazily loaded part: its placeholder while it loads, and a LoadBoundary around both. */
export function LazyPart({
  what,
  fallback = null,
  children,
}: {
  what: string;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  return (
    <LoadBoundary what={what}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadBoundary>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
