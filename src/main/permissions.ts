// Permission requests (camera, microphone, notifications, geolocation, HID, serial, clipboard read…) are denied by
// default. The one exception is writing text to the clipboard from the app's own page (its Copy buttons).
import { isAppUrl } from './navigation-guard.ts';

const ALLOWED_FOR_APP = new Set(['clipboard-sanitized-write']);

export interface PermissionQuery {
  permission: string;
  /** The URL of the frame asking. */
  requestingUrl: string;
  isMainFrame: boolean;
}

export function allowPermission(q: PermissionQuery, appOrigin: string): boolean {
  return ALLOWED_FOR_APP.has(q.permission) && q.isMainFrame && isAppUrl(q.requestingUrl, appOrigin);
}

/** The slice of Electron's Session the policy is installed on. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (wc: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string; isMainFrame?: boolean }) => void,
  ): void;
  setPermissionCheckHandler(handler: (wc: unknown, permission: string, requestingOrigin: string, details: { requestingUrl?: string; isMainFrame?: boolean }) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export function installPermissionPolicy(session: SessionLike, appOrigin: string): void {
  session.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(allowPermission({ permission, requestingUrl: details.requestingUrl ?? '', isMainFrame: details.isMainFrame ?? false }, appOrigin)),
  );
  session.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    allowPermission({ permission, requestingUrl: details.requestingUrl ?? requestingOrigin, isMainFrame: details.isMainFrame ?? false }, appOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
