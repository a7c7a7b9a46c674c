print("start")
nonlocal total
