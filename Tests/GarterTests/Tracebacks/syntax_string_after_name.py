x = 1
x "label"
