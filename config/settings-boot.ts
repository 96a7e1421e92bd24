/**
 * The one inline script of every page: it puts the reader's theme and reading size (src/app/state/settings-store.ts,
 * applied by use-settings.tsx applyToDocument) on <html> before the first paint. A prerendered page is otherwise
 * painted in the system's theme and the default size, and the app, which starts only after that paint, switched it:
 * a reader who chose dark on a light system saw the page flash light (walk-through 2026-12-04), and a larger reading
 * size moved the text. The policy allows it by its hash (security-headers.ts), nothing else inline.
 * Language stays the app's: the prerendered text is Arabic, and turning it left-to-right before the English strings
 * are there would move it twice.
 */
import { createHash } from 'node:crypto';

/** settings-store.ts's storage key and reading-size steps (checked by src/app/state/settings-boot.test.ts). */
export const SETTINGS_KEY = 'riwaya.settings';
export const SETTINGS_BOOT_SCRIPT =
  "(function(){try{var s=JSON.parse(localStorage.getItem('riwaya.settings')||'null');if(!s||typeof s!=='object')return;" +
  "var r=document.documentElement;if(s.theme==='dark'||s.theme==='light'){r.classList.add(s.theme);r.style.colorScheme=s.theme}" +
  "if([-1,1,2,3].indexOf(s.fontStep)>=0)r.style.setProperty('--reading-scale',String(1+s.fontStep*0.125))}catch(e){}})()";

/** The script's source for script-src (CSP Level 2 hash source). */
export const SETTINGS_BOOT_HASH = `'sha256-${createHash('sha256').update(SETTINGS_BOOT_SCRIPT).digest('base64')}'`;
