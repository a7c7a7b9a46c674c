import struct
tests = [('b',200),('B',-1),('h',70000),('H',-1),('i',2**31),('I',-1),('l',2**63),('L',-1),('q',2**63),('Q',-1),('<l',2**31),('<L',2**32),('<q',2**64),('<Q',2**64),('>h',40000),('i','x'),('f','x'),('c',b'ab'),('e',1e6),('<Q',-1),('b',2**70),('<b',200),('<B',-1),('<H',-1),('>I',-1),('<i',2**40),('!b',-129),('<e','x'),('<l', 1.5), ('b', 1.5)]
for f,v in tests:
    try: struct.pack(f,v)
    except Exception as e: print(f, repr(v), type(e).__name__, e)
for f,args in [('ii',(1,)),('i',(1,2)),('2s',('ab',))]:
    try: struct.pack(f,*args)
    except Exception as e: print(f, type(e).__name__, e)
try: struct.unpack('i', b'abc')
except struct.error as e: print(type(e).__name__, e)
try: struct.calcsize('z')
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from('i', b'abcd', 2)
except Exception as e: print(type(e).__name__, e)
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('@hq'), struct.calcsize('lL'), struct.calcsize('<lL'), struct.calcsize('3s2xi'), struct.calcsize('P'), struct.calcsize('n'), struct.calcsize('e?c'))
print(struct.pack('>hHi', -2, 65535, 7), struct.pack('<d', 1.5), struct.pack('5s', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('?', 5), struct.pack('e', 1.5), struct.pack('f', 0.1))
print(struct.unpack('<3B', b'\x01\x02\x03'), struct.unpack('>f', struct.pack('>f', 0.1)), struct.unpack('2s', b'ab'), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.Struct('<i').size)
print(struct.pack('@bi', 1, 2), struct.pack('ci', b'x', 1), struct.unpack('<qQ', struct.pack('<qQ', -5, 2**64-1)), struct.unpack('>e', struct.pack('>e', 0.333)))
s = struct.Struct('<4sHd'); data = s.pack(b'HEAD', 7, 2.5); print(s.format, s.size, data, s.unpack(data), s.unpack_from(b'xx' + data, 2))
ba = bytearray(8); struct.pack_into('<ii', ba, 0, 1, -1); print(ba)
print(struct.unpack('<?', b'\x02'), struct.pack('<d', 3))
