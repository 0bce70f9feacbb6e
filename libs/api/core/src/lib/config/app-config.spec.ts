import { tileSource } from '../http/configure-app';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.http.port).toBe(3000);
    expect(config.http.publicUrl).toBe('http://localhost:3000');
    expect(config.dataDir).toBe('/srv/app/.data');
    expect(config.mail.outboxDir).toBe('/srv/app/.data/outbox');
    expect(config.database.url).toBeUndefined();
    expect(config.admin).toBeUndefined();
    expect(config.graphql.introspection).toBe(true);
  });

  it('names every bad setting in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('DATABASE_URL');
    }
  });

  it('requires the admin email and password together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.org' })).toThrow(/ADMIN_PASSWORD/);
    const config = loadConfig({
      ADMIN_EMAIL: 'Admin@Example.org',
      ADMIN_PASSWORD: 'long enough pw',
    });
    expect(config.admin).toEqual({ email: 'admin@example.org', password: 'long enough pw' });
  });

  it('treats empty variables as unset and turns introspection off in production', () => {
    const config = loadConfig({ PORT: '', NODE_ENV: 'production' });
    expect(config.http.port).toBe(3000);
    expect(config.graphql.introspection).toBe(false);
  });

  it('derives allowed origins from the public URL and the extra list', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://wide-open.org/',
      ALLOWED_ORIGINS: 'https://app.wide-open.org, http://localhost:5173',
    });
    expect(config.http.allowedOrigins).toEqual([
      'https://wide-open.org',
      'https://app.wide-open.org',
      'http://localhost:5173',
    ]);
  });
});

describe('tileSource', () => {
  it('turns a tile template into a CSP source', () => {
    expect(tileSource('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.openstreetmap.org',
    );
    expect(tileSource('https://tiles.example.org/{z}/{x}/{y}.webp')).toBe(
      'https://tiles.example.org',
    );
  });
});
