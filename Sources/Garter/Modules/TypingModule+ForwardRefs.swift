/// `typing.get_type_hints` support: string annotations (forward references, and every
/// annotation under `from __future__ import annotations`) evaluated without `eval()` by a small
/// parser of the expression forms annotations use, names resolved in the defining module.
extension TypingModule {
    static let forwardRefSource = #"""
def _tokenize_annotation(s):
    tokens = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (s[j].isalnum() or s[j] == '_'):
                j += 1
            tokens.append(('name', s[i:j]))
            i = j
        elif c.isdigit() or (c == '-' and i + 1 < n and s[i + 1].isdigit()):
            j = i + 1
            while j < n and (s[j].isalnum() or s[j] == '.'):
                j += 1
            text = s[i:j]
            tokens.append(('const', float(text) if '.' in text else int(text)))
            i = j
        elif c in '\'"':
            j = s.find(c, i + 1)
            if j < 0:
                raise SyntaxError(f'Forward reference must be an expression -- got {s!r}')
            tokens.append(('str', s[i + 1:j]))
            i = j + 1
        elif s.startswith('...', i):
            tokens.append(('const', ...))
            i += 3
        elif c in '[](),|.':
            tokens.append(('op', c))
            i += 1
        else:
            raise SyntaxError(f'Forward reference must be an expression -- got {s!r}')
    return tokens


def _eval_annotation(s, owner, localns):
    # Evaluates a string annotation (a forward reference) without eval(): names, dotted
    # names, subscripts, `|`, lists, string and literal constants.
    tokens = _tokenize_annotation(s)
    pos = 0

    def peek(value=None):
        if pos < len(tokens) and (value is None or tokens[pos] == ('op', value)):
            return tokens[pos]
        return None

    def expect(value):
        nonlocal pos
        if not peek(value):
            raise SyntaxError(f'Forward reference must be an expression -- got {s!r}')
        pos += 1

    def lookup(name):
        if localns is not None and name in localns:
            return localns[name]
        if name == 'None':
            return None
        if name in ('True', 'False'):
            return name == 'True'
        return _gsys_vm.lookup_global(owner, name)

    def atom():
        nonlocal pos
        if pos >= len(tokens):
            raise SyntaxError(f'Forward reference must be an expression -- got {s!r}')
        kind, value = tokens[pos]
        pos += 1
        if kind == 'name':
            return lookup(value)
        if kind == 'str':
            return _eval_annotation(value, owner, localns)
        if kind == 'const':
            return value
        if value == '[':
            items = []
            while not peek(']'):
                items.append(union())
                if not peek(','):
                    break
                expect(',')
            expect(']')
            return items
        if value == '(':
            v = union()
            expect(')')
            return v
        raise SyntaxError(f'Forward reference must be an expression -- got {s!r}')

    def postfix():
        nonlocal pos
        v = atom()
        while True:
            if peek('.'):
                pos += 1
                kind, name = tokens[pos]
                pos += 1
                v = getattr(v, name)
            elif peek('['):
                pos += 1
                args = []
                while not peek(']'):
                    args.append(union())
                    if not peek(','):
                        break
                    expect(',')
                expect(']')
                v = v[args[0] if len(args) == 1 else tuple(args)]
            else:
                return v

    def union():
        v = postfix()
        while peek('|'):
            expect('|')
            v = v | postfix()
        return v

    result = union()
    if pos != len(tokens):
        raise SyntaxError(f'Forward reference must be an expression -- got {s!r}')
    return result
"""#
}
