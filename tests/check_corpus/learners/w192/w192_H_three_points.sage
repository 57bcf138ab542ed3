# Exercise H: scalar linear net, three datapoints
# f(x) = W2 (W1 x + b1) + b2,  W1 = 2, b1 = 1, W2 = 1, b2 = 0 ;  x = 0, 1, 2
# f(x) = v*(w*x + b) + c,  theta = (w, b, v, c), 4 params
# df/dw = v*x,  df/db = v,  df/dv = w*x + b,  df/dc = 1

sage: var('w b v c x')
(w, b, v, c, x)
sage: f = v*(w*x + b) + c
sage: [f.diff(t) for t in (w, b, v, c)]
[v*x, v, w*x + b, 1]
# with w = 2, b = 1, v = 1: grad f(x) = (x, 1, 2x + 1, 1)
#   x_1 = 0: (0, 1, 1, 1)
#   x_2 = 1: (1, 1, 3, 1)
#   x_3 = 2: (2, 1, 5, 1)
# kernel entries by hand:
# K_11 = 0 + 1 + 1 + 1 = 3
# K_12 = 0 + 1 + 3 + 1 = 5
# K_13 = 0 + 1 + 5 + 1 = 7
# K_22 = 1 + 1 + 9 + 1 = 12
# K_23 = 2 + 1 + 15 + 1 = 18
# K_33 = 4 + 1 + 25 + 1 = 31
sage: K = matrix(QQ, [[3, 5, 7], [5, 12, 18], [7, 18, 31]]); K
[ 3  5  7]
[ 5 12 18]
[ 7 18 31]
sage: K.charpoly()
x^3 - 46*x^2 + 103*x - 41
sage: K.det()
41
sage: [n(l, digits=6) for l in K.charpoly().roots(RR, multiplicities=False)]
[0.515333, 1.82216, 43.6625]
# all three positive, so K is positive definite (makes sense, 4 params >= 3 points)
