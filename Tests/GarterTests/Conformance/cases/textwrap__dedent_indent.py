import textwrap
def template():
    return """\
        SELECT name, total
        FROM orders
          WHERE total > 100
        ORDER BY total DESC;
    """
print(textwrap.dedent(template()))
print(repr(textwrap.dedent("  a\n    b\n\n  c\n")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("   \n  x\n     \n  y")), repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("")))
code = "def f(x):\n    if x:\n        return 1\n\n    return 0\n"
print(textwrap.indent(code, ">>> "), end="")
print(textwrap.indent(code, "    ", lambda line: not line.startswith("def")), end="")
print(repr(textwrap.indent("a\n\n  \nb", "# ")), repr(textwrap.indent("a\r\nb\r\n", "-")))
msg = textwrap.dedent("""
    Usage:
        tool [options] FILE
    Options:
        -v   verbose
""").strip()
print(msg)
