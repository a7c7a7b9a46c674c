# Complex powers at the edges: overflow, zero bases and infinite phases raise what CPython raises.
cases = [
    ('(1e200+1e200j)**2', lambda: (1e200+1e200j)**2),
    ('(1e200+1e200j)**(2+0j)', lambda: (1e200+1e200j)**(2+0j)),
    ('(1e200j)**0.5', lambda: (1e200j)**0.5),
    ('2j**1000', lambda: 2j**1000),
    ('(10+0j)**400', lambda: (10+0j)**400),
    ("complex(float('inf'), 0)**2", lambda: complex(float('inf'), 0)**2),
    ("float('inf')**(1j)", lambda: float('inf')**(1j)),
    ('(0j)**(-1)', lambda: (0j)**(-1)),
    ('0j**(1j)', lambda: 0j**(1j)),
    ('0j**0', lambda: 0j**0),
    ("(1+1j)**(float('inf'))", lambda: (1+1j)**(float('inf'))),
    ("complex(float('nan'), 0)**2", lambda: complex(float('nan'), 0)**2),
    ('(2+3j)**(1e10)', lambda: (2+3j)**(1e10)),
    ('(1.0000001+0j)**1e10', lambda: (1.0000001+0j)**1e10),
    ('1e300j * 1e300j', lambda: 1e300j * 1e300j),
    ('(1e308+1e308j) + (1e308+1e308j)', lambda: (1e308+1e308j) + (1e308+1e308j)),
    ('pow(2+1j, 3)', lambda: pow(2+1j, 3)),
    ('(3+4j)**-2', lambda: (3+4j)**-2),
    ('(-8+0j)**(1/3)', lambda: (-8+0j)**(1/3)),
    ('abs(1e308+1e308j)', lambda: abs(1e308+1e308j)),
]
for text, compute in cases:
    try:
        print(text, '=>', compute())
    except Exception as e:
        print(text, '=>', type(e).__name__, e)
