// API keys (Gemini, OpenAI-compatible servers) encrypted with the OS keychain through Electron's safeStorage, stored
// as ciphertext in the app database, and never sent to a renderer: the window only learns whether a key is set.
// On Linux without a keyring (basic_text backend) safeStorage only obfuscates; the store says so in `warning()`.

/** The slice of Electron's safeStorage the store uses. */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/** Where ciphertext is kept (the core's internal settings in the app). */
export interface SecretBacking {
  read(key: string): Promise<string | null>;
  write(key: string, value: string | null): Promise<void>;
}

export interface SecretStore {
  set(name: string, value: string): Promise<void>;
  get(name: string): Promise<string | null>;
  has(name: string): Promise<boolean>;
  delete(name: string): Promise<void>;
  /** Null when keys are protected by the OS keychain; otherwise what the user should know. */
  warning(): string | null;
}

const NAME = /^[a-z][A-Za-z0-9_.-]{0,63}$/;
const keyOf = (name: string) => {
  if (!NAME.test(name)) throw new Error(`"${name}" is not a valid secret name`);
  return `secret.${name}`;
};

export function createSecretStore(opts: { safeStorage: SafeStoragePort; backing: SecretBacking; platform?: NodeJS.Platform }): SecretStore {
  const { safeStorage, backing } = opts;
  const platform = opts.platform ?? process.platform;

  const warning = (): string | null => {
    if (!safeStorage.isEncryptionAvailable()) return 'The system keychain is not available, so API keys cannot be stored; they are kept for this session only.';
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
      return 'No keyring (GNOME Keyring or KWallet) was found: API keys are stored with a fixed plain-text key, readable by anyone who can read your files. Install and unlock a keyring to protect them.';
    }
    return null;
  };

  const session = new Map<string, string>();

  return {
    warning,
    async set(name, value) {
      const key = keyOf(name);
      if (!safeStorage.isEncryptionAvailable()) {
        session.set(key, value); // never written to disk unencrypted
        return;
      }
      await backing.write(key, safeStorage.encryptString(value).toString('base64'));
    },
    async get(name) {
      const key = keyOf(name);
      if (session.has(key)) return session.get(key) ?? null;
      const stored = await backing.read(key);
      if (stored === null || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        return null; // encrypted under another OS account or keyring: as if unset
      }
    },
    async has(name) {
      const key = keyOf(name);
      return session.has(key) || (await backing.read(key)) !== null;
    },
    async delete(name) {
      const key = keyOf(name);
      session.delete(key);
      await backing.write(key, null);
    },
  };
}
