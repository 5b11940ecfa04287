/**
 * The site's security policy, written once. astro.config.mjs puts its page-level part in
 * every page's CSP meta tag, beside the script and style hashes Astro computes for that
 * page; the build writes all of it as HTTP headers into `_headers` (Netlify, Cloudflare
 * Pages); the README quotes the same as an nginx snippet (a test keeps the two equal);
 * scripts/serve.ts sends it.
 */

/**
 * CSP directives that hold for every page. Scripts and styles are not here: their
 * hashes differ by page and stay in each page's meta tag, which the browser enforces
 * together with the header.
 */
export const CSP_DIRECTIVES = [
  "object-src 'none'", // no plugins, ever
  "base-uri 'self'", // a stray <base> cannot redirect relative links
  "form-action 'self'", // the search form submits to the site only
  "frame-ancestors 'none'", // no page may be framed (clickjacking); only a header can say this
] as const;

/** What a meta tag can carry: browsers ignore frame-ancestors there and log an error. */
export const META_CSP_DIRECTIVES = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors'));

/** Every powerful feature off: the site needs none of them (copying a link uses clipboard-write, left alone). */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** The headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_DIRECTIVES.join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DISABLED_FEATURES.map((f) => `${f}=()`).join(', '),
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** `_headers` as Netlify and Cloudflare Pages read it: every path gets every header. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}

/** The same headers for an nginx `server` block (`always`: on error pages too). */
export function nginxSnippet(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
