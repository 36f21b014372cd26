/**
 * Converts an ECDSA signature from DER (`SEQUENCE { INTEGER r, INTEGER s }`, what KMS returns)
 * to JOSE's fixed-length `r || s` (RFC 7518 §3.4), each integer left-padded to `size` bytes.
 * DER integers are signed, so a leading 0x00 is dropped when the high bit would be set.
 */
export function derToJose(der: Uint8Array, size = 32): Uint8Array {
  let offset = 0;
  const fail = (): never => {
    throw new Error('not a DER ECDSA signature');
  };
  const readLength = (): number => {
    const first = der[offset++] ?? fail();
    if (first < 0x80) return first;
    const bytes = first & 0x7f;
    if (bytes < 1 || bytes > 2) fail();
    let length = 0;
    for (let i = 0; i < bytes; i++) length = (length << 8) | (der[offset++] ?? fail());
    return length;
  };
  const readInteger = (): Uint8Array => {
    if (der[offset++] !== 0x02) fail();
    const length = readLength();
    let value = der.subarray(offset, offset + length);
    if (value.length !== length) fail();
    offset += length;
    while (value.length > size && value[0] === 0) value = value.subarray(1);
    if (value.length > size) fail();
    const out = new Uint8Array(size);
    out.set(value, size - value.length);
    return out;
  };
  if (der[offset++] !== 0x30) fail();
  const total = readLength();
  if (offset + total !== der.length) fail();
  const r = readInteger();
  const s = readInteger();
  if (offset !== der.length) fail();
  const out = new Uint8Array(size * 2);
  out.set(r, 0);
  out.set(s, size);
  return out;
}
