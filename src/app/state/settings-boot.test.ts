/**
 * The inline settings boot (config/settings-boot.ts) puts on <html> what applyToDocument (use-settings.tsx) puts
 * there for the same stored settings, before the app runs: run here on a stand-in document and storage.
 */
import { describe, expect, it } from 'vitest';
import { SETTINGS_BOOT_SCRIPT, SETTINGS_KEY } from '../../../config/settings-boot.ts';
import { FONT_STEPS, SETTINGS_STORAGE_KEY } from './settings-store.ts';

function boot(stored: string | null, throwing = false) {
  const classes = new Set<string>();
  const style: Record<string, string> = {};
  const documentElement = {
    classList: { add: (c: string) => classes.add(c) },
    style: { set colorScheme(v: string) { style.colorScheme = v; }, setProperty: (k: string, v: string) => (style[k] = v) },
  };
  const localStorage = { getItem: (key: string) => { if (throwing) throw new Error('denied'); return key === SETTINGS_KEY ? stored : null; } };
  new Function('document', 'localStorage', SETTINGS_BOOT_SCRIPT)({ documentElement }, localStorage);
  return { classes: [...classes], style };
}

describe('settings boot', () => {
  it('reads the key the settings are stored under, and the same reading sizes', () => {
    expect(SETTINGS_KEY).toBe(SETTINGS_STORAGE_KEY);
    expect(SETTINGS_BOOT_SCRIPT).toContain(`'${SETTINGS_KEY}'`);
    expect(SETTINGS_BOOT_SCRIPT).toContain(`[${FONT_STEPS.filter((s) => s !== 0).join(',')}]`);
  });
  // Input: what localStorage holds; output: <html>'s classes and style, as applyToDocument leaves them.
  it.each([
    ['dark chosen', '{"theme":"dark","fontStep":0}', ['dark'], { colorScheme: 'dark' }],
    ['light chosen', '{"theme":"light"}', ['light'], { colorScheme: 'light' }],
    ['system: the stylesheet follows the system', '{"theme":"system","fontStep":2}', [], { '--reading-scale': '1.25' }],
    ['smaller text', '{"fontStep":-1}', [], { '--reading-scale': '0.875' }],
    ['nothing stored', null, [], {}],
    ['corrupt', '{"theme":', [], {}],
    ['unknown values', '{"theme":"sepia","fontStep":7}', [], {}],
  ])('%s', (_name, stored, classes, style) => {
    expect(boot(stored)).toEqual({ classes, style });
  });
  it('a storage that refuses to be read changes nothing and throws nothing', () => {
    expect(boot('{"theme":"dark"}', true)).toEqual({ classes: [], style: {} });
  });
});
