import { describe, expect, it } from 'vitest';
import { findEngines } from '../engines/engines.mjs';

describe('the engine finder for the smoke suite', () => {
  it('takes the paths given in the environment over the usual install paths', () => {
    const env = { FIREFOX_PATH: process.execPath, MINIBROWSER_PATH: process.execPath, WEBKIT_DRIVER_PATH: process.execPath, XVFB_PATH: process.execPath };
    expect(findEngines(env)).toEqual({
      found: { firefox: process.execPath, miniBrowser: process.execPath, webkitDriver: process.execPath, xvfb: process.execPath },
      missing: [],
    });
  });

  it('stops on a path given in the environment that holds no file, rather than looking elsewhere', () => {
    expect(() => findEngines({ FIREFOX_PATH: '/nowhere/firefox' })).toThrow('FIREFOX_PATH is set to /nowhere/firefox, but no file is there.');
  });
});
