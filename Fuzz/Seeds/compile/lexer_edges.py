s = '\N{LATIN SMALL LETTER A}\x41\u0041\U00000041\777'
b = rb'\x'
n = 0x_ff + 0o7_7 + 0b1_0 + 1_000.5e-3j
x = \
  1
été = 1
	if x:
  	pass
