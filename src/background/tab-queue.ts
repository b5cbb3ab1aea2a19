// Per-tab ordering. Events for one tab (a diagnosis, then "loading" for the next page) are handled by
// async code; without ordering a slow diagnosis write could land after the navigation cleared it.
const chains = new Map<number, Promise<void>>();

export function inTabOrder<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const previous = chains.get(tabId) ?? Promise.resolve();
  const result = previous.then(task);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  chains.set(tabId, settled);
  void settled.then(() => {
    if (chains.get(tabId) === settled) chains.delete(tabId);
  });
  return result;
}
