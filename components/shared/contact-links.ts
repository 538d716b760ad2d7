// How a service's phone, email and web address become links, wherever a service is shown: the list during
// the conversation and the staff member's copy of the plan.

/**
 * A `tel:` link for a phone number written for reading: only the digits (and a leading + for an international
 * number) go into it, since spaces and brackets break dialling on some phones. Undefined for too few digits.
 */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 3 ? `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}` : undefined;
}

// A plain address only: anything that could add headers, a second address or a script is not linked.
const plainEmail = /^[^\s@?#&:;,/\\<>"'()[\]]+@[^\s@?#&:;,/\\<>"'()[\]]+\.[^\s@?#&:;,/\\<>"'()[\]]+$/;

/** A `mailto:` link for a plain address; undefined for anything that could add headers, a second address or a script. */
export function mailtoHref(email: string): string | undefined {
  const address = email.trim();
  return plainEmail.test(address) ? `mailto:${address}` : undefined;
}

/**
 * The address as a URL when it is a web address: config is checked on load, but a service may come from
 * anywhere, so never `javascript:`, `data:` or an address with a user name hidden in it.
 */
export function webHref(url: string): URL | undefined {
  try {
    const parsed = new URL(url.trim());
    const web = parsed.protocol === 'https:' || parsed.protocol === 'http:';
    return web && !parsed.username && !parsed.password ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The address as a person would write it on paper: no scheme, no lone trailing slash. */
export function readableUrl(url: URL): string {
  return `${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}`;
}

/**
 * True for a phone number as people write one (digits, spaces, brackets, a leading +): such a number is kept
 * on one line (`.number`), so it is read and dialled whole ("116 / 123" on a phone). Anything else, as
 * unchecked config may hold, is left to wrap, so it cannot push the page wider than the screen.
 */
export function isPhoneNumber(phone: string): boolean {
  return /^\+?[\d\s()-]{3,24}$/.test(phone.trim());
}
