import sys
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor)
print(sys.version_info > (3, 11, 0), (3, 10) < sys.version_info, len(sys.version_info), sys.version_info[0], list(sys.version_info)[:2])
major, minor, *_ = sys.version_info
print(f"{major}.{minor}", "%d.%d" % sys.version_info[:2], sys.version.startswith("3.11"))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(type(sys.argv).__name__, isinstance(sys.getrecursionlimit(), int), sys.getdefaultencoding(), sys.maxunicode)
