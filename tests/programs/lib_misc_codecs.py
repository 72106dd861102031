"""hashlib, hmac, base64, binascii, zlib, uuid (fixed), secrets-free: deterministic digests."""
import base64
import binascii
import hashlib
import hmac
import uuid
import zlib

data = b"The quick brown fox jumps over the lazy dog"
print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest())
print(hashlib.sha256(data).hexdigest(), hashlib.new("sha512", data).hexdigest()[:32])
h = hashlib.sha256()
h.update(b"The quick brown fox ")
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.name)
print(hashlib.blake2b(data, digest_size=16).hexdigest(), hashlib.sha3_256(b"").hexdigest()[:16])
print(hmac.new(b"key", data, "sha256").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:32])
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"))
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"))
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("cafe"), binascii.crc32(data))
compressed = zlib.compress(data * 10, 9)
print(len(compressed), zlib.decompress(compressed) == data * 10, zlib.crc32(data), zlib.adler32(data))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, u.hex, u.version, uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
try:
    base64.b64decode(b"abc", validate=True)
except binascii.Error as exc:
    print("binascii.Error:", exc)
