// The security headers are written once (config/security-headers.ts); README's nginx and Apache snippets copy them by
// hand, so this keeps the copies from drifting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
