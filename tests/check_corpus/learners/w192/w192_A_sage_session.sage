# NTK worksheet, exercise A (lecture example)
# f : R -> R,  f(x) = W2 (W1 x + b1) + b2, no activation
# W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0 ; x_1 = 1, x_2 = 2
# my names: W1 = [w11, w12]^T, b1 = [b11, b12]^T, W2 = [w21, w22], b2 = c

sage: var('w11 w12 b11 b12 w21 w22 c x')
(w11, w12, b11, b12, w21, w22, c, x)
sage: f = w21*(w11*x + b11) + w22*(w12*x + b12) + c
# theta = (w11, w12, b11, b12, w21, w22, c), so 7 parameters
sage: theta = [w11, w12, b11, b12, w21, w22, c]
sage: [f.diff(t) for t in theta]
[w21*x, w22*x, w21, w22, w11*x + b11, w12*x + b12, 1]
# by hand: df/dw1j = w2j*x, df/db1j = w2j, df/dw2j = z_j = w1j*x + b1j, df/dc = 1. agrees
sage: vals = {w11:1, w12:1, b11:0, b12:1, w21:1, w22:0, c:0}
sage: g = lambda p: vector([f.diff(t).subs(vals).subs(x=p) for t in theta])
sage: g(1)
(1, 0, 1, 0, 1, 2, 1)
sage: g(2)
(2, 0, 1, 0, 2, 3, 1)
# K_11 = 1+0+1+0+1+4+1 = 8
# K_12 = 2+0+1+0+2+6+1 = 12
# K_22 = 4+0+1+0+4+9+1 = 19
sage: K = matrix(QQ, [[g(1)*g(1), g(1)*g(2)], [g(2)*g(1), g(2)*g(2)]]); K
[ 8 12]
[12 19]
sage: K.charpoly()
x^2 - 27*x + 8
# tr K = 27, det K = 8*19 - 12^2 = 152 - 144 = 8
sage: K.det()
8
sage: K.eigenvalues()
[-1/2*sqrt(697) + 27/2, 1/2*sqrt(697) + 27/2]
sage: [n(l, digits=6) for l in K.eigenvalues()]
[0.299621, 26.7004]
# both > 0, K is positive definite as it should be
