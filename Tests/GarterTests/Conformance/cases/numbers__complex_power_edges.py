# Complex powers at the edges: overflow, zero bases and infinite phases raise what CPython raises.
try:
    print('(1e200+1e200j)**2', '=>', (1e200+1e200j)**2)
except Exception as e:
    print('(1e200+1e200j)**2', '=>', type(e).__name__, e)
try:
    print('(1e200+1e200j)**(2+0j)', '=>', (1e200+1e200j)**(2+0j))
except Exception as e:
    print('(1e200+1e200j)**(2+0j)', '=>', type(e).__name__, e)
try:
    print('(1e200j)**0.5', '=>', (1e200j)**0.5)
except Exception as e:
    print('(1e200j)**0.5', '=>', type(e).__name__, e)
try:
    print('2j**1000', '=>', 2j**1000)
except Exception as e:
    print('2j**1000', '=>', type(e).__name__, e)
try:
    print('(10+0j)**400', '=>', (10+0j)**400)
except Exception as e:
    print('(10+0j)**400', '=>', type(e).__name__, e)
try:
    print("complex(float('inf'), 0)**2", '=>', complex(float('inf'), 0)**2)
except Exception as e:
    print("complex(float('inf'), 0)**2", '=>', type(e).__name__, e)
try:
    print("float('inf')**(1j)", '=>', float('inf')**(1j))
except Exception as e:
    print("float('inf')**(1j)", '=>', type(e).__name__, e)
try:
    print('(0j)**(-1)', '=>', (0j)**(-1))
except Exception as e:
    print('(0j)**(-1)', '=>', type(e).__name__, e)
try:
    print('0j**(1j)', '=>', 0j**(1j))
except Exception as e:
    print('0j**(1j)', '=>', type(e).__name__, e)
try:
    print('0j**0', '=>', 0j**0)
except Exception as e:
    print('0j**0', '=>', type(e).__name__, e)
try:
    print("(1+1j)**(float('inf'))", '=>', (1+1j)**(float('inf')))
except Exception as e:
    print("(1+1j)**(float('inf'))", '=>', type(e).__name__, e)
try:
    print("complex(float('nan'), 0)**2", '=>', complex(float('nan'), 0)**2)
except Exception as e:
    print("complex(float('nan'), 0)**2", '=>', type(e).__name__, e)
try:
    print('(2+3j)**(1e10)', '=>', (2+3j)**(1e10))
except Exception as e:
    print('(2+3j)**(1e10)', '=>', type(e).__name__, e)
try:
    print('(1.0000001+0j)**1e10', '=>', (1.0000001+0j)**1e10)
except Exception as e:
    print('(1.0000001+0j)**1e10', '=>', type(e).__name__, e)
try:
    print('1e300j * 1e300j', '=>', 1e300j * 1e300j)
except Exception as e:
    print('1e300j * 1e300j', '=>', type(e).__name__, e)
try:
    print('(1e308+1e308j) + (1e308+1e308j)', '=>', (1e308+1e308j) + (1e308+1e308j))
except Exception as e:
    print('(1e308+1e308j) + (1e308+1e308j)', '=>', type(e).__name__, e)
try:
    print('pow(2+1j, 3)', '=>', pow(2+1j, 3))
except Exception as e:
    print('pow(2+1j, 3)', '=>', type(e).__name__, e)
try:
    print('(3+4j)**-2', '=>', (3+4j)**-2)
except Exception as e:
    print('(3+4j)**-2', '=>', type(e).__name__, e)
try:
    print('(-8+0j)**(1/3)', '=>', (-8+0j)**(1/3))
except Exception as e:
    print('(-8+0j)**(1/3)', '=>', type(e).__name__, e)
try:
    print('abs(1e308+1e308j)', '=>', abs(1e308+1e308j))
except Exception as e:
    print('abs(1e308+1e308j)', '=>', type(e).__name__, e)
