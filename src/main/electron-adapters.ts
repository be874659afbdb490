// Electron's APIs behind the ports the flows use. Thin on purpose: no decisions here, only translation, so what is
// untested in plain Node is only the call into Electron itself.
import type { Clipboard, ClipboardItem, GlobalShortcut, NativeImage, Notification as NotificationCtor } from 'electron';
import type { ClipboardPort, ClipboardSnapshot, NotifierPort, ShortcutRegistryPort } from './ports.ts';

export function electronClipboard(clipboard: Clipboard): ClipboardPort {
  return {
    readText: () => clipboard.readText(),
    writeText: (text) => clipboard.writeText(text),
    // Every item in every format (text, HTML, RTF, images, files…), so what the user had copied comes back intact.
    snapshot: async (): Promise<ClipboardSnapshot> => ({ text: await clipboard.readText(), items: await clipboard.read() }),
    restore: async (snap) => {
      const items = Array.isArray(snap.items) ? (snap.items as ClipboardItem[]) : [];
      if (items.length > 0) await clipboard.write(items);
      else if (snap.text) await clipboard.writeText(snap.text);
      else clipboard.clear();
    },
  };
}

export function electronShortcuts(globalShortcut: GlobalShortcut): ShortcutRegistryPort {
  return {
    register: (accelerator, callback) => globalShortcut.register(accelerator, callback),
    unregister: (accelerator) => globalShortcut.unregister(accelerator),
  };
}

export function electronNotifier(Notification: typeof NotificationCtor, icon?: NativeImage): NotifierPort {
  return {
    notify: ({ title, body }) => {
      if (!Notification.isSupported()) return;
      new Notification({ title, body, silent: true, ...(icon ? { icon } : {}) }).show();
    },
  };
}
