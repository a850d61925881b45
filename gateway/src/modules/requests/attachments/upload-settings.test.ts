import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../platform/config';

describe('UPLOAD_DIR (REQ-2)', () => {
  it('defaults to data/uploads, made absolute against the working folder', () => {
    expect(loadConfig({}).uploadDir).toBe(join(process.cwd(), 'data', 'uploads'));
    expect(loadConfig({ UPLOAD_DIR: '/srv/customer-corner/uploads' }).uploadDir).toBe('/srv/customer-corner/uploads');
  });

  it.each(['shell/dist', 'shell/dist/uploads', './shell/dist/assets/../uploads'])(
    'refuses %j: inside SHELL_DIST, served to anyone',
    (dir) => {
      expect(() => loadConfig({ SHELL_DIST: 'shell/dist', UPLOAD_DIR: dir })).toThrow(ConfigError);
      expect(() => loadConfig({ SHELL_DIST: 'shell/dist', UPLOAD_DIR: dir })).toThrow(
        'UPLOAD_DIR: must not be inside SHELL_DIST, which is served to anyone',
      );
    },
  );

  it.each(['shell/dist-uploads', 'shell', '../uploads'])('accepts %j beside SHELL_DIST', (dir) => {
    expect(loadConfig({ SHELL_DIST: 'shell/dist', UPLOAD_DIR: dir }).uploadDir).toBe(resolve(dir));
  });
});
