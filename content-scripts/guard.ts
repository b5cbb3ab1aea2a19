// Nothing we do may throw into Amazon's page: every entry point (listeners, timers, replies) runs
// through guard, which swallows the error. A broken helper must never break sign-in.
export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch {
      // Deliberately silent: the page's console is Amazon's, and a message there helps nobody.
    }
  };
}

/**
 * Wraps a button handler so it runs only for a real user action. Page scripts can dispatch forged
 * clicks (isTrusted false); they must not be able to clear cookies or navigate through us.
 */
export function trusted<E extends Event>(fn: (event: E) => void): (event: E) => void {
  return guard((event: E) => {
    if (!event.isTrusted) return;
    fn(event);
  });
}
