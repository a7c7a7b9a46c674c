from enum import IntEnum
class HTTP(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500
print(HTTP.OK, repr(HTTP.OK), HTTP.OK == 200, HTTP(404), HTTP.OK + 1, HTTP.NOT_FOUND // 100, isinstance(HTTP.OK, int))
print(sorted([HTTP.SERVER_ERROR, HTTP.OK, HTTP.NOT_FOUND]), max(HTTP), HTTP.CREATED < 300, f"{HTTP.OK}", f"{HTTP.CREATED:05d}")
codes = [200, 404, 500, 201, 404]
print([HTTP(c).name for c in codes], sum(HTTP), {HTTP.OK: "fine"}[200])
