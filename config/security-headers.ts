/**
 * Strict Content-Security-Policy for the production server (`npm start`, e2e) and, through the build, for any static
 * host: dist/index.html carries it in a <meta>, dist/_headers sends it as a header (see vite.config.ts).
 * No inline script but the settings boot (allowed by its hash, config/settings-boot.ts), no eval, nothing from a
 * third-party origin: every script, style, font, the service worker and the bundle come from 'self'.
 */
import { SETTINGS_BOOT_HASH } from './settings-boot.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${SETTINGS_BOOT_HASH}`,
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // frame-ancestors for browsers that predate it.
  'X-Frame-Options': 'DENY',
};

/**
 * The policy as dist/index.html carries it in <meta http-equiv>, so a static host that sends no header still
 * enforces it. A meta policy cannot carry frame-ancestors (nor report-uri or sandbox): browsers ignore them there
 * (CSP Level 3, §3.3), so framing is refused only by the headers (`_headers`, or the server's configuration).
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !/^(frame-ancestors|report-uri|sandbox)\b/.test(directive))
  .join('; ');

/**
 * The headers in the `_headers` format of Netlify and Cloudflare Pages: every path gets the security headers; the
 * caching rules (config/cache-headers.ts) follow, each on the paths it names.
 */
export function headersFile(cacheRules: ReadonlyArray<[string, string]> = []): string {
  const security = ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  const caching = cacheRules.flatMap(([path, value]) => [path, `  Cache-Control: ${value}`]);
  return [...security, ...caching, ''].join('\n');
}
