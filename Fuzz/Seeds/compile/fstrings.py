a = 1
print(f'{a!r:>{a}} {f"{a:{a}}"} {{}} {a=}')
print(f'''{
 a
}''')
