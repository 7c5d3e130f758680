import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('trusts no proxy unless told which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
  });

  it('takes the public address certificates embed, without a trailing slash or a path', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://center.example.org/' }).publicUrl).toBe('https://center.example.org');
    expect(() => loadConfig({ PUBLIC_URL: 'center.example.org/verify' })).toThrow(AppError);
  });

  it('lists every bad setting at once', () => {
    let err: unknown;
    try {
      loadConfig({ TRUST_PROXY: 'my-proxy', PORT: 'x' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).problems.map((p) => p.path)).toEqual(['PORT', 'TRUST_PROXY']);
  });
});
