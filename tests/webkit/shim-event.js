// An extension event (runtime.onMessage, storage.onChanged, tabs.onUpdated…) for the two shims: loaded
// before each of them, in the background page and in the content script's isolated world.
globalThis.__harnessEvent = () => {
  const listeners = new Set();
  return {
    addListener: (f) => listeners.add(f),
    removeListener: (f) => listeners.delete(f),
    hasListener: (f) => listeners.has(f),
    listeners,
  };
};
