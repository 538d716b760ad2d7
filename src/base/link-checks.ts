// Links in a trust's config is opened by managers and, from printed sheets, by staff at home or on a
// phone. A link that is not encrypted, or that points inside one network, works for the person who typed it
// and fails, or can be tampered with, for everyone else: the config editor warns about both.

// Addresses that only reach something inside one network (RFC 1918, loopback, link-local, unique local).
const privateIPv4 = [/^10\./, /^127\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^0\./];
const privateIPv6 = [/^\[::1?\]$/, /^\[f[cd][0-9a-f]{2}:/i, /^\[fe[89ab][0-9a-f]:/i];
// Names that only resolve inside one network: no dot at all (an intranet short name), or a reserved suffix.
const privateSuffixes = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.intranet', '.corp'];

/** True when `hostname` (as `URL.hostname` gives it) can only be reached from inside one network. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || !host.includes('.') && !host.startsWith('[')) return true;
  if (privateSuffixes.some((suffix) => host.endsWith(suffix))) return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return privateIPv4.some((range) => range.test(host));
  return privateIPv6.some((range) => range.test(host));
}

/** What is worth warning about in a link a trust gives, as a code and in plain words, or undefined when nothing is. */
export function linkConcern(url: URL): { code: 'privateLink' | 'httpLink'; message: string } | undefined {
  if (isPrivateHost(url.hostname)) {
    return { code: 'privateLink', message: "points to an address inside one network, so staff at home, on a phone or off site cannot open it; use the service's public https:// address" };
  }
  if (url.protocol === 'http:') return { code: 'httpLink', message: 'starts http://, so the page is not encrypted and can be changed on the way; use https://' };
  return undefined;
}
