d = {"key": "value"}
print(f"{d['key']}", f'{d["key"]}', f"""{d["key"]}""")
print(f"tab\there {1}", f"newline\\n literal", f"quote \" inside {2}")
bs = "\\"
print(f"{bs} {bs * 2} {len(bs)}")
print(f"{'a' + 'b'!r}", f"{chr(10)!r}", f"{'x':>{3}}")
nl = "\n"
print(f"joined:{nl.join(['l1', 'l2'])}")
print(rf"raw {d['key']}\n", fr"{1 + 1}\t")
