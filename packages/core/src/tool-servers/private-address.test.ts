import { describe, expect, it } from 'vitest'
import { isPrivateAddress, isPrivateHost } from './private-address'

describe('isPrivateAddress', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'this network'],
    ['10.0.0.5', 'private 10/8'],
    ['10.255.255.255', 'private 10/8, last'],
    ['100.64.0.1', 'CGNAT, first'],
    ['100.127.255.254', 'CGNAT, last'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback, last'],
    ['169.254.169.254', 'the metadata service'],
    ['169.254.0.1', 'link-local'],
    ['172.16.0.1', 'private 172.16/12, first'],
    ['172.31.255.255', 'private 172.16/12, last'],
    ['192.168.1.1', 'private 192.168/16'],
    ['192.0.0.192', 'IETF protocol assignments'],
    ['198.18.0.1', 'benchmarking'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast, SSDP'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
  ])('refuses IPv4 %s (%s)', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  it.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['9.255.255.255'], // just below 10/8
    ['11.0.0.0'], // just above 10/8
    ['100.63.255.255'], // just below CGNAT
    ['100.128.0.0'], // just above CGNAT
    ['172.15.255.255'], // just below 172.16/12
    ['172.32.0.0'], // just above 172.16/12
    ['169.253.255.255'],
    ['192.167.255.255'],
    ['223.255.255.255'], // just below multicast
    ['52.94.76.10'], // an AWS public address
  ])('accepts public IPv4 %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false)
  })

  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback, written out'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local with a zone id'],
    ['febf:ffff::1', 'link-local, last block'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fd00:ec2::254', 'the metadata service over IPv6'],
    ['FD00:EC2::254', 'the metadata service, upper case'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['64:ff9b:1::a', 'local-use NAT64'],
    ['::127.0.0.1', 'IPv4-compatible loopback'],
  ])('refuses IPv6 %s (%s)', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  it.each([
    ['2606:4700:4700::1111'],
    ['2001:4860:4860::8888'],
    ['2a05:d018::1'], // an AWS public range
    ['fbff:ffff::1'], // just below unique-local
    ['fe00::1'], // between unique-local and link-local
  ])('accepts public IPv6 %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false)
  })

  it('judges an IPv6 address carrying an IPv4 one by that address', () => {
    expect(isPrivateAddress('::ffff:127.0.0.1')).toBe(true)
    expect(isPrivateAddress('::ffff:7f00:1')).toBe(true)
    expect(isPrivateAddress('::ffff:169.254.169.254')).toBe(true)
    expect(isPrivateAddress('::ffff:a9fe:a9fe')).toBe(true)
    expect(isPrivateAddress('0:0:0:0:0:ffff:10.0.0.5')).toBe(true)
    expect(isPrivateAddress('::ffff:8.8.8.8')).toBe(false)
    // NAT64 and 6to4
    expect(isPrivateAddress('64:ff9b::a9fe:a9fe')).toBe(true)
    expect(isPrivateAddress('64:ff9b::10.0.0.5')).toBe(true)
    expect(isPrivateAddress('64:ff9b::808:808')).toBe(false)
    expect(isPrivateAddress('2002:a00:5::1')).toBe(true)
    expect(isPrivateAddress('2002:808:808::1')).toBe(false)
  })

  it('says nothing about what is not an IP address', () => {
    for (const text of ['', 'localhost', 'example.com', '10.0.0', '1::2::3', '256.1.1.1', '[::1]'])
      expect(isPrivateAddress(text)).toBe(false)
  })
})

describe('isPrivateHost', () => {
  const hostOf = (url: string) => new URL(url).hostname

  it('refuses private IP literals however the URL writes them', () => {
    for (const url of [
      'http://10.0.0.5/mcp',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]:8080/mcp',
      'http://[fd00:ec2::254]/',
      'http://[::ffff:127.0.0.1]/',
      'http://0x7f.1/', // WHATWG URL reads it as 127.0.0.1
      'http://2130706433/', // 127.0.0.1 as one number
      'http://0/',
      'http://017700000001/', // octal
    ])
      expect(isPrivateHost(hostOf(url)), url).toBe(true)
  })

  it('refuses localhost and internal names, any case, with a trailing dot', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      'localhost.',
      'mcp.localhost',
      'ip-10-0-0-5.ec2.internal',
      'metadata.google.internal',
      'internal',
    ])
      expect(isPrivateHost(host), host).toBe(true)
  })

  it('leaves public names and addresses to DNS', () => {
    for (const host of [
      'mcp.example.com',
      'localhost.example.com',
      'internal.example.com',
      'notlocalhost',
      '8.8.8.8',
      '[2606:4700:4700::1111]',
    ])
      expect(isPrivateHost(host), host).toBe(false)
  })
})
