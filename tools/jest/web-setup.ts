// Test environment for web component specs: jest-dom matchers and the browser APIs that jsdom
// lacks but Mantine calls (matchMedia for colour scheme and breakpoints, ResizeObserver for
// ScrollArea and Popover positioning).
import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks the encoding API that react-router uses.
Object.assign(globalThis, { TextEncoder, TextDecoder });

if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// jsdom does not implement scrolling; Mantine's Modal and focus management call it.
Element.prototype.scrollIntoView = Element.prototype.scrollIntoView ?? (() => undefined);
window.scrollTo = () => undefined;
