x = 1; y = None; z = x + y; w = 3
