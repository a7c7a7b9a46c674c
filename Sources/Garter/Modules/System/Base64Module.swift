/// `base64` (Base64 standard/URL-safe, Base32, Base32hex, Base16) and the parts of
/// `binascii` it needs, with CPython 3.11's results and `binascii.Error` messages. The
/// Base64 and hex codecs run in Swift (`_gsys`).
enum Base64Module {
    static let binasciiSource = #"""
import _gsys


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _bytes_arg(s):
    if isinstance(s, bytes):
        return s
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _ascii_arg(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes):
        return s
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(s).__name__)


def b2a_base64(data, *, newline=True):
    return _gsys.b64encode(_bytes_arg(data), _STD, newline)


def a2b_base64(data, *, strict_mode=False):
    r = _gsys.b64decode(_ascii_arg(data), strict_mode)
    if isinstance(r, str):
        raise Error(r)
    return r


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_arg(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    r = _gsys.unhexlify(_ascii_arg(hexstr))
    if isinstance(r, str):
        raise Error(r)
    return r


a2b_hex = unhexlify


def crc32(data, value=0):
    return _gsys.crc32(_bytes_arg(data), value)
"""#

    static let source = #"""
import _gsys
import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes,)
_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__) from None


def _encode_arg(s):
    if isinstance(s, bytes):
        return s
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = _gsys.b64encode(_encode_arg(s), _STD, False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _gsys.translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _gsys.translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet."""
    return _gsys.translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet."""
    s = _bytes_from_decode_data(s)
    s = _gsys.translate(s, b'-_', b'+/')
    return b64decode(s)


_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _encode_arg(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    out = []
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i: i + 5], 'big')
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            out.append(alphabet[(c >> shift) & 31])
    pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[leftover]
    if pad:
        out[-pad:] = [61] * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    rev = {v: k for k, v in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _gsys.translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    l = len(s)
    n = l
    while n and s[n - 1] == 61:
        n -= 1
    s = s[:n]
    padchars = l - n
    decoded = []
    acc = 0
    for i in range(0, len(s), 8):
        quanta = s[i: i + 8]
        acc = 0
        for c in quanta:
            if c not in rev:
                raise binascii.Error('Non-base32 digit found') from None
            acc = (acc << 5) + rev[c]
        decoded.extend(acc.to_bytes(5, 'big'))
    if l % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        acc <<= 5 * padchars
        last = acc.to_bytes(5, 'big')
        leftover = (43 - 5 * padchars) // 8
        decoded[-5:] = list(last[:leftover])
    return bytes(decoded)


def b32encode(s):
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_b32hexalphabet, s, casefold)


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return _encode_arg(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def _input_type_check(s):
    if not isinstance(s, bytes):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines of base-64 data."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        chunk = s[i : i + MAXBINSIZE]
        pieces.append(binascii.b2a_base64(chunk))
    return b"".join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
"""#
}
