/**
 * Where a webhook may point. A webhook makes the server send requests on an admin's behalf, so an
 * address inside the server's own networks is a way in (server-side request forgery):
 * - never: link-local (169.254.0.0/16 holds cloud metadata services; fe80::/10), unspecified,
 *   multicast and broadcast addresses;
 * - only when local targets are allowed (`WEBHOOK_ALLOW_LOCAL=true`, the default of a local
 *   installation on the embedded database): loopback and private ranges (10/8, 172.16/12,
 *   192.168/16, 100.64/10, fc00::/7), where a test receiver or an in-house service listens;
 * - always: public addresses.
 * Checked on the literal host at registration and again on every resolved address at delivery, so a
 * name that resolves inward (or changes to) is refused too. Pure: no I/O.
 */
export type AddressClass = "public" | "local" | "forbidden";

const v4 = (address: string) => address.split(".").map(Number) as [number, number, number, number];

function classifyV4(address: string): AddressClass {
  const [a, b] = v4(address);
  if (a === 0 || a >= 224 || (a === 169 && b === 254)) return "forbidden";
  if (a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return "local";
  if (a === 100 && b >= 64 && b <= 127) return "local";
  return "public";
}

function classifyV6(address: string): AddressClass {
  const lower = address.toLowerCase().replace(/^\[|\]$/g, "");
  // IPv4-mapped (::ffff:a.b.c.d, which URLs write as ::ffff:7f00:1) reaches the IPv4 address
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return classifyV4(mapped[1]!);
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mappedHex) {
    const [high, low] = [parseInt(mappedHex[1]!, 16), parseInt(mappedHex[2]!, 16)];
    return classifyV4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  if (lower === "::") return "forbidden";
  if (lower === "::1") return "local";
  const first = parseInt(lower.split(":")[0] || "0", 16);
  if ((first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00) return "forbidden";
  if ((first & 0xfe00) === 0xfc00) return "local";
  return "public";
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^[0-9a-f:.]*:[0-9a-f:.]*$/i;

/**
 * The class of an IP address (v4 or v6, as URL and DNS give them); null when `address` is not one.
 * URL hostnames come canonical (`http://0x7f.1/` has the hostname 127.0.0.1), so no other spelling reaches here.
 */
export function classifyAddress(address: string): AddressClass | null {
  const bare = address.replace(/^\[|\]$/g, "");
  const octets = IPV4.exec(bare);
  if (octets) return octets.slice(1).every((o) => Number(o) <= 255) ? classifyV4(bare) : null;
  return IPV6.test(bare) ? classifyV6(bare) : null;
}

/** Names that mean this machine whatever DNS says. */
const LOCAL_NAMES = /^(localhost|localhost\.localdomain|.*\.localhost)$/i;

/**
 * Why `url` may not be a webhook's target, or null when it may: http(s) only, no credentials in the
 * address, and a host allowed by the rules above (a name is judged again once resolved).
 */
export function refuseTarget(url: string, allowLocal: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "A full address such as https://hooks.example.com/registry";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return "Only http:// or https:// addresses";
  if (parsed.username || parsed.password)
    return "No user name or password in the address: the signature authenticates each delivery";
  const host = parsed.hostname;
  const kind = classifyAddress(host) ?? (LOCAL_NAMES.test(host) ? "local" : "public");
  return refusalFor(kind, allowLocal);
}

/** The refusal for an address of `kind`, or null when it is allowed. */
export function refusalFor(kind: AddressClass, allowLocal: boolean): string | null {
  if (kind === "forbidden") return "Not a link-local, multicast or unspecified address";
  if (kind === "local" && !allowLocal)
    return "Not a loopback or private-network address (set WEBHOOK_ALLOW_LOCAL=true to allow them)";
  return null;
}
