// Input hints without their weight on every page: the hint UI (and the typo and carrier tables) is in
// rules-and-ui.js. Here we only wait for the first real focus, keystroke or input in Amazon's
// identifier or password field, then load it, hand it that event, and let it listen from then on.
import { fieldOf } from './fields';
import { guard } from './guard';
import type { HintTexts } from './input-hints-ui';
import { createShadowHost } from './shadow';
import { withUi, type UiLoader, type UiModule } from './ui-loader';

// focusout too: a field focused and filled before we ran (autofocus, autofill) may show nothing else.
const FIRST_EVENTS = ['focusin', 'focusout', 'keydown', 'input', 'compositionstart'] as const;

type Hints = ReturnType<UiModule['inputHints']>;

export function lazyHints(doc: Document, ui: UiLoader) {
  let texts: HintTexts | null = null;
  let hints: Hints | null = null;
  /** The event that showed the person is in a field; null until then. */
  let first: Event | null = null;
  let disposed = false;

  function start(): void {
    if (!first || !texts || hints || disposed) return;
    withUi(ui, (m) => {
      if (hints || !texts || disposed) return;
      hints = m.inputHints(doc, createShadowHost);
      hints.update(texts);
      if (first) {
        hints.handle(first);
        // Keys typed (or text pasted) while rules-and-ui.js was loading fired no listener of ours.
        hints.catchUp(first.target);
      }
      first = null;
    });
  }

  const stopWaiting = () => {
    for (const type of FIRST_EVENTS) doc.removeEventListener(type, onFirst, { capture: true });
  };
  const onFirst = guard((event: Event) => {
    if (!event.isTrusted || !fieldOf(event.target)) return;
    first = event;
    stopWaiting();
    start();
  });
  for (const type of FIRST_EVENTS) doc.addEventListener(type, onFirst, { capture: true, passive: true });

  return {
    /** null turns the hints off (and takes down any shown). */
    update(next: HintTexts | null): void {
      texts = next;
      if (hints) hints.update(next);
      else start();
    },
    dispose(): void {
      disposed = true;
      stopWaiting();
      hints?.dispose();
      hints = null;
    },
  };
}
