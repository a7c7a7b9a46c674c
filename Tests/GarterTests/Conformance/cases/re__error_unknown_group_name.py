import re

m = re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)", "root@example.org")
print(m.group("user"), m.group("host"))
print(m.groupdict())
print(re.sub(r"(?P<user>\w+)@", r"\g<user> at ", "root@example.org"))
print(re.sub(r"(?P<user>\w+)@", r"\g<usr> at ", "root@example.org"))
