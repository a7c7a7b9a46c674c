import shlex, keyword
print(shlex.split('ls -l "my file.txt" --name=\'a b\' x\\ y'), shlex.quote("it's here"), shlex.join(["a b", "c"]))
lex = shlex.shlex("a=1 b='two words'", posix=True); lex.whitespace_split = True; print(list(lex))
print(keyword.iskeyword("for"), keyword.iskeyword("print"), len(keyword.kwlist), keyword.issoftkeyword("match"))
