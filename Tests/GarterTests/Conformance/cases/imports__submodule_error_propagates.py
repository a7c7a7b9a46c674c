# `from package import submodule` run with almost no recursion room left: the submodule's
# own code overflows the stack, and that RecursionError must reach the caller (which retries
# one frame further up), not turn into "cannot import name".
import collections, json, html, urllib


def deep_abc(n):
    try:
        return deep_abc(n + 1)
    except RecursionError:
        from collections import abc
        return abc.__name__


def deep_decoder(n):
    try:
        return deep_decoder(n + 1)
    except RecursionError:
        from json import decoder
        return decoder.__name__


def deep_entities(n):
    try:
        return deep_entities(n + 1)
    except RecursionError:
        from html import entities
        return entities.__name__


def deep_parse(n):
    try:
        return deep_parse(n + 1)
    except RecursionError:
        from urllib import parse
        return parse.__name__


for f in (deep_abc, deep_decoder, deep_entities, deep_parse):
    print(f.__name__, f(0))
