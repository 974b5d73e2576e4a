/**
 * Band keys are stored as 53-bit integers, not as the strings ingestion makes: a MinHash band key is long
 * (several hash values joined), and as text it was the largest thing in the database after the articles
 * themselves (16 MB of 39 MB for 10,000 articles, counting its index). A collision only adds a candidate,
 * which the signature comparison then rejects, so a fast non-cryptographic hash is enough.
 */
export function bandHash(band: string): number {
  let a = 0x811c9dc5; // FNV-1a
  let b = 0x9747b28c; // a second, independent mix for the low bits
  for (let i = 0; i < band.length; i++) {
    const c = band.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  // 32 high bits from one, 21 low bits from the other: exact in a double and in SQLite's INTEGER.
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
