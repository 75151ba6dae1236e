import type { Bridge } from '../shared/client';

declare global {
  interface Window {
    /** Present only in Electron, where the preload script exposes it. */
    forankring?: Bridge;
  }
}

export {};
