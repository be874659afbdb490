import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core/app-core.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { createSecretStore, type SafeStoragePort, type SecretBacking } from './secrets.ts';

/** Stands in for the OS keychain: XOR with a per-"account" key, so ciphertext differs from the text. */
function keychain(opts: { available?: boolean; backend?: string; account?: number } = {}): SafeStoragePort {
  const k = opts.account ?? 7;
  return {
    isEncryptionAvailable: () => opts.available ?? true,
    getSelectedStorageBackend: () => opts.backend ?? 'gnome_libsecret',
    encryptString: (t) => Buffer.from([k, ...Buffer.from(t, 'utf8').map((b) => b ^ k)]),
    decryptString: (b) => {
      if (b[0] !== k) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(b.subarray(1).map((x) => x ^ k)).toString('utf8');
    },
  };
}

let core: Core;
let dir: ReturnType<typeof tempDir>;
let backing: SecretBacking;
beforeAll(async () => {
  dir = tempDir();
  core = await createCore({ dataDir: dir.path, mode: 'test' });
  backing = {
    read: (key) => core.settings.getInternal<string | null>(key, null),
    write: (key, value) => core.settings.setInternal(key, value),
  };
});
afterAll(async () => {
  await core.dispose();
  dir.remove();
});

describe('secret store (safeStorage)', () => {
  it('stores only ciphertext, reads it back, and never shows up in settings the window can read', async () => {
    const store = createSecretStore({ safeStorage: keychain(), backing, platform: 'linux' });
    await store.set('gemini.apiKey', 'AIza-secret-123');
    expect(await store.get('gemini.apiKey')).toBe('AIza-secret-123');
    expect(await store.has('gemini.apiKey')).toBe(true);
    const raw = await core.settings.getInternal<string>('secret.gemini.apiKey', '');
    expect(raw).not.toContain('AIza');
    const visible = JSON.stringify(await core.dispatch('settings.get', {}));
    expect(visible).not.toContain('AIza');
    expect(visible).not.toContain(raw);
    await store.delete('gemini.apiKey');
    expect(await store.get('gemini.apiKey')).toBeNull();
    expect(await store.has('gemini.apiKey')).toBe(false);
    expect(store.warning()).toBeNull();
  });

  it('warns when Linux falls back to the plain-text backend', () => {
    const store = createSecretStore({ safeStorage: keychain({ backend: 'basic_text' }), backing, platform: 'linux' });
    expect(store.warning()).toMatch(/plain-text key/);
    expect(createSecretStore({ safeStorage: keychain({ backend: 'basic_text' }), backing, platform: 'darwin' }).warning()).toBeNull();
  });

  it('without a keychain keeps keys in memory only and says so', async () => {
    const store = createSecretStore({ safeStorage: keychain({ available: false }), backing, platform: 'linux' });
    await store.set('openai.apiKey', 'sk-live');
    expect(await store.get('openai.apiKey')).toBe('sk-live');
    expect(await core.settings.getInternal('secret.openai.apiKey', null)).toBeNull();
    expect(store.warning()).toMatch(/session only/);
  });

  it('treats ciphertext from another keychain as unset, and rejects odd names', async () => {
    await createSecretStore({ safeStorage: keychain({ account: 3 }), backing }).set('x.key', 'v');
    expect(await createSecretStore({ safeStorage: keychain({ account: 9 }), backing }).get('x.key')).toBeNull();
    const store = createSecretStore({ safeStorage: keychain(), backing });
    await expect(store.set('../etc', 'v')).rejects.toThrow('not a valid secret name');
  });
});
