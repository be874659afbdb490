import { AppError } from '../../shared/errors.ts';
import type { ShellStatus } from '../../shared/routes/shell.ts';
import type { HandlerDeps, HandlersFor } from './deps.ts';

/** Implemented by the Electron main process (src/main); absent in web mode and the CLI. */
export interface ShellPort {
  status(): ShellStatus;
  setHotkeyPaused(paused: boolean): ShellStatus;
  setStartAtLogin(enabled: boolean): ShellStatus;
}

const unavailable = () =>
  new AppError('UNAVAILABLE', 'The global hotkey and tray exist only in the desktop app; this is web mode (or the CLI).');

export const shellHandlers = ({ config }: HandlerDeps): HandlersFor<'shell.'> => ({
  'shell.status': async () => {
    if (!config.shell) throw unavailable();
    return config.shell.status();
  },
  'shell.setHotkeyPaused': async ({ paused }) => {
    if (!config.shell) throw unavailable();
    return config.shell.setHotkeyPaused(paused);
  },
  'shell.setStartAtLogin': async ({ enabled }) => {
    if (!config.shell) throw unavailable();
    return config.shell.setStartAtLogin(enabled);
  },
});
