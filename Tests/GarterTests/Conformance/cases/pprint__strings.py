import pprint

text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint({"text": text}, width=50)
pprint.pprint(["short", text], width=60)
pprint.pprint("line one\nline two\n" * 5, width=30)
pprint.pprint(b"binary data " * 10, width=40)
pprint.pprint(bytearray(b"abcdefgh" * 10), width=40)
pprint.pprint("")
pprint.pprint("nospaceatallinthisverylongstring" * 4, width=40)
