import struct
for order in ['@','<','>', '=', '!']:
    for c in 'bBhHiIlLqQ':
        out=[]
        for v in [-2**70, -2**40,-1, 2**40, 2**70]:
            try: struct.pack(order+c, v); out.append('ok')
            except struct.error as e: out.append(str(e))
        print(order, c, out)
