import { BlockList, isIP } from 'node:net'

// Where a tool server must not point when private networks are not allowed (in AWS): anything
// that reaches the VPC, the instance metadata service or the machine itself rather than the
// public internet.
const privateV4: [string, number][] = [
  ['0.0.0.0', 8], // "this network", incl. the unspecified 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, incl. the metadata service 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast 255.255.255.255
]

const privateV6: [string, number][] = [
  ['::', 96], // unspecified ::, loopback ::1 and the deprecated IPv4-compatible ::a.b.c.d
  ['64:ff9b:1::', 48], // local-use NAT64
  ['fc00::', 7], // unique-local, incl. the metadata service fd00:ec2::254
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
]

const v4List = new BlockList()
for (const [network, prefix] of privateV4) v4List.addSubnet(network, prefix, 'ipv4')
const v6List = new BlockList()
for (const [network, prefix] of privateV6) v6List.addSubnet(network, prefix, 'ipv6')

/**
 * Whether an IP address is private in the widest sense: private, loopback, link-local (the
 * metadata service), unique-local, CGNAT, unspecified, multicast or reserved. An IPv6 address
 * that carries an IPv4 one (IPv4-mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`)
 * is judged by that IPv4 address. Anything that is not an IP literal is false.
 * @example isPrivateAddress('::ffff:10.0.0.5') // true
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/%.*$/, '') // a zone id (`fe80::1%eth0`) names no other place
  const family = isIP(bare)
  if (family === 4) return v4List.check(bare, 'ipv4')
  if (family !== 6) return false
  const hextets = ipv6Hextets(bare)
  if (!hextets) return false
  const embedded = embeddedIpv4(hextets)
  if (embedded) return v4List.check(embedded, 'ipv4')
  return v6List.check(bare, 'ipv6')
}

/**
 * Whether a URL's host names a private place by itself, before any DNS: an IP literal that
 * `isPrivateAddress`, or `localhost`, `*.localhost` or `*.internal` (EC2's and GCP's private
 * names). Takes `URL.hostname` (IPv6 in brackets, a trailing dot allowed). A public-looking name
 * may still resolve to a private address: the MCP client checks what it resolves to.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.+$/, '')
  if (isIP(host.replace(/%.*$/, ''))) return isPrivateAddress(host)
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === 'internal' ||
    host.endsWith('.internal')
  )
}

/** The eight 16-bit groups of an IPv6 literal (a dotted IPv4 tail allowed), or undefined. */
function ipv6Hextets(address: string): number[] | undefined {
  let text = address.toLowerCase()
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = (dotted[2] as string).split('.').map(Number)
    text = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail, ...rest] = text.split('::')
  if (rest.length > 0) return undefined
  const groups = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const left = groups(head)
  const right = tail === undefined ? [] : groups(tail)
  const missing = 8 - left.length - right.length
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined
  const all = [...left, ...Array<number>(Math.max(missing, 0)).fill(0), ...right]
  return all.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff)
    ? all
    : undefined
}

/** The IPv4 address an IPv6 one stands for (mapped, NAT64 or 6to4), if any. */
function embeddedIpv4(h: number[]): string | undefined {
  const at = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = h
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return at(g6, g7) // IPv4-mapped ::ffff:a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return at(g6, g7) // NAT64 64:ff9b::a.b.c.d
  if (g0 === 0x2002) return at(g1 ?? 0, g2 ?? 0) // 6to4 2002:aabb:ccdd::
  return undefined
}
