// Navigation and window-open policy: the app's page never navigates away, never opens windows; https links go to
// the user's browser, everything else is dropped.

/**
 * True for URLs of the app itself: same scheme and host as `appOrigin` (`app://bp` for the packaged app, the
 * electron-vite dev server's `http://localhost:5173` in development). file:// is never the app.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  try {
    const u = new URL(url);
    const app = new URL(appOrigin);
    if (u.protocol === 'file:' || app.protocol === 'file:') return false;
    if (u.username || u.password) return false;
    // `origin` is "null" for non-special schemes such as app://, so compare scheme and host (with port) instead.
    return u.protocol === app.protocol && u.host === app.host && u.host !== '';
  } catch {
    return false;
  }
}

export function externalUrlToOpen(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '' ? u.toString() : null;
  } catch {
    return null;
  }
}
