// Cancelling a PDF print: both printers (Electron and headless Chromium) stop
// the same way, rejecting at once with an AbortError and tearing down the page.

export function abortError(): DOMException {
  return new DOMException('The PDF print was cancelled', 'AbortError');
}

/**
 * Runs `work`, but rejects with an AbortError as soon as `signal` aborts and
 * then calls `onAbort` to stop it (close the page or window). Whatever `work`
 * does after that is ignored.
 */
export function abortable<T>(signal: AbortSignal, work: () => Promise<T>, onAbort: () => unknown): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      reject(abortError());
      Promise.resolve()
        .then(onAbort)
        .catch(() => undefined);
    };
    signal.addEventListener('abort', abort, { once: true });
    Promise.resolve()
      .then(work)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', abort));
  });
}
