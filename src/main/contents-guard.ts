// Installed on every web contents the app ever creates (app 'web-contents-created'): no navigation away from the
// app, no redirects out, no <webview>, no new windows; plain https links open in the user's browser.
import { externalUrlToOpen, isAppUrl } from './navigation-guard.ts';

interface Preventable {
  preventDefault(): void;
}

/** The slice of Electron's WebContents the guard uses (injected in tests). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: Preventable & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function guardContents(contents: GuardedContents, opts: { appOrigin: string; openExternal: (url: string) => void }): void {
  const keepInApp = (event: Preventable, url: string) => {
    if (!isAppUrl(url, opts.appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-frame-navigate', (details) => keepInApp(details, details.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) opts.openExternal(external);
    return { action: 'deny' };
  });
}
