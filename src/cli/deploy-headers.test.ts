// The security headers are written once (config/security-headers.ts); README's nginx and Apache snippets copy them by
// hand, so this keeps the copies from drifting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_RULES, cacheControlFor } from '../../config/cache-headers.ts';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFile } from '../../config/security-headers.ts';

const readme = readFileSync('README.md', 'utf8');

describe('security headers for static hosts', () => {
  // Each row: how README tells a server to send a header (nginx, Apache).
  const forms: Array<[string, (name: string, value: string) => string]> = [
    ['nginx', (name, value) => `add_header ${name} "${value}" always;`],
    ['Apache', (name, value) => `Header always set ${name} "${value}"`],
  ];
  it.each(forms)('README gives %s every header with its exact value', (_server, line) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(readme).toContain(line(name, value));
  });

  it('the meta policy is the header policy without what a meta cannot carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });

  it('_headers applies every header to every path', () => {
    const lines = headersFile().split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines.slice(1).filter(Boolean)).toEqual(Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`));
  });
});

describe('caching headers', () => {
  it('hashed assets are immutable for a year; pages, the bundle and the service worker are revalidated', () => {
    expect(cacheControlFor('/assets/index-Cf4aLWbp.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/assets/noto-naskh-arabic-arabic-700-normal-BdBAMxnO.woff2')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/shell.html', '/article/004_1f3ba952f4cdec09', '/bundle.json', '/sw.js', '/timeline']) expect(cacheControlFor(path), path).toBe('no-cache');
  });

  it('_headers gives each path one Cache-Control: /assets/* alone is immutable, no catch-all rule sets it', () => {
    const lines = headersFile(CACHE_RULES).split('\n');
    const rules = new Map<string, string[]>();
    let path = '';
    for (const line of lines.filter(Boolean)) {
      if (!line.startsWith(' ')) rules.set((path = line), []);
      else rules.get(path)!.push(line.trim());
    }
    expect(rules.get('/assets/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect(rules.get('/*')!.some((header) => header.startsWith('Cache-Control'))).toBe(false);
    for (const page of ['/', '/article/*', '/bundle.json', '/sw.js', '/shell.html']) expect(rules.get(page), page).toEqual(['Cache-Control: no-cache']);
  });

  it('README tells nginx and Apache the same caching', () => {
    expect(readme).toContain('map $uri $riwaya_cache { ~^/assets/ "public, max-age=31536000, immutable"; default "no-cache"; }');
    expect(readme).toContain('Header always set Cache-Control "public, max-age=31536000, immutable"');
    expect(readme).toContain('Header always set Cache-Control "no-cache"');
  });
});
