import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  appRequestPath,
  CONTENT_SECURITY_POLICY,
  decideNavigation,
  decidePermission,
  decideWindowOpen,
  isAppUrl,
  isTrustedSender,
  rendererSecurityHeaders,
  safeRelativePath,
} from '../../electron/shell/window-security';

const HOSTILE_URLS = [
  'file:///etc/passwd',
  'file://clave/index.html',
  'http://evil.example/',
  'https://evil.example/app://clave/',
  'http://127.0.0.1:8080/',
  'app://other-host/index.html',
  'app://clave.evil.example/index.html',
  'app://evil.example#@clave/',
  'app://clave@evil.example/index.html',
  'app://user:pass@clave/index.html',
  'app://clave:8080/index.html',
  'app://CLAVE/index.html',
  'apps://clave/index.html',
  'javascript:alert(1)',
  'javascript://clave/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://clave/0b7a3f4e-1111-2222-3333-444455556666',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  '//clave/index.html',
  '/index.html',
  '',
  'not a url',
];

describe('app URLs', () => {
  it('accepts our own pages only', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://clave/assets/index-abc123.js')).toBe(true);
    expect(isAppUrl('app://clave/index.html#/matriz')).toBe(true);
    expect(isAppUrl('app://clave')).toBe(true); // an origin, as permission checks pass it
  });

  it.each(HOSTILE_URLS)('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(decideNavigation(url)).toBe('deny');
    expect(appRequestPath(url)).toBeNull();
    expect(decidePermission('clipboard-sanitized-write', url)).toBe(false);
    expect(isTrustedSender({ url, isMainFrame: true })).toBe(false);
  });

  it('lets the window move within its own files and nowhere else', () => {
    expect(decideNavigation('app://clave/index.html')).toBe('allow');
  });

  it('never opens a new window, whatever the URL', () => {
    for (const url of [APP_ENTRY_URL, ...HOSTILE_URLS]) expect(decideWindowOpen(url)).toBe('deny');
  });
});

describe('permissions', () => {
  it('denies every web permission, even to our own page', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'usb', 'serial', 'hid', 'fullscreen', 'pointerLock', 'display-capture', 'unknown']) {
      expect(decidePermission(permission, APP_ENTRY_URL)).toBe(false);
    }
  });

  it('allows only writing text to the clipboard, and only from our page', () => {
    expect(decidePermission('clipboard-sanitized-write', APP_ENTRY_URL)).toBe(true);
    expect(decidePermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });
});

describe('IPC senders', () => {
  it('trusts the top frame of our page only', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: false })).toBe(false); // an iframe, even of ours
    expect(isTrustedSender(null)).toBe(false); // the frame navigated away or was destroyed
  });
});

describe('renderer file paths', () => {
  it('maps our URLs to files inside the renderer folder', () => {
    expect(appRequestPath('app://clave/')).toBe('index.html');
    expect(appRequestPath('app://clave')).toBe('index.html');
    expect(appRequestPath('app://clave/index.html?x=1#top')).toBe('index.html');
    expect(appRequestPath('app://clave/assets/index-abc.js')).toBe('assets/index-abc.js');
    expect(appRequestPath('app://clave/assets/Rela%C3%A7%C3%A3o.png')).toBe('assets/Relação.png');
  });

  it('never leaves the renderer folder', () => {
    // The URL parser already folds plain and %2e dot segments: they land inside the folder.
    expect(appRequestPath('app://clave/../../etc/passwd')).toBe('etc/passwd');
    expect(appRequestPath('app://clave/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd');
    // What the parser leaves encoded is refused after decoding.
    for (const url of [
      'app://clave/..%2f..%2fetc%2fpasswd',
      'app://clave/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://clave/assets/..%5c..%5cwindows%5cwin.ini',
      'app://clave/..\\..\\etc\\passwd',
      'app://clave/C:%5cWindows%5cwin.ini',
      'app://clave/index.html%00.png',
      'app://clave/%E0%A4%A',
      'app://clave/.env',
      'app://clave/assets//index.js',
      'app://clave/assets/',
    ]) {
      expect(appRequestPath(url), url).toBeNull();
    }
  });

  it('applies the same rule to web host request paths', () => {
    expect(safeRelativePath('/')).toBe('index.html');
    expect(safeRelativePath('/assets/app.js')).toBe('assets/app.js');
    for (const path of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2e%2e%5cwin.ini', 'index.html', '//etc/passwd', '/a/./b', '/%00']) {
      expect(safeRelativePath(path), path).toBeNull();
    }
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows only our own scripts: no inline, no eval, no remote', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|strict-dynamic|https?:|\*/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('forbids plugins, frames, base changes and form posts', () => {
    for (const name of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('is sent with the other security headers', () => {
    const headers = rendererSecurityHeaders();
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });
});
