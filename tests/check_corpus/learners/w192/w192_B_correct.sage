# Exercise B.  f(x) = W2 (W1 x + b1) + b2  (linear, 2 hidden units)
# W1 = [2, -1]^T, b1 = [1, 0]^T, W2 = [1, 3], b2 = 1 ;  x_1 = 1, x_2 = -1

sage: var('w11 w12 b11 b12 w21 w22 c x')
(w11, w12, b11, b12, w21, w22, c, x)
sage: f = w21*(w11*x + b11) + w22*(w12*x + b12) + c
sage: theta = (w11, w12, b11, b12, w21, w22, c)     # 7 parameters
sage: vals = {w11:2, w12:-1, b11:1, b12:0, w21:1, w22:3, c:1}
sage: f.subs(vals)
-x + 2
# by hand: (2x + 1) + 3(-x) + 1 = -x + 2, same
# z1 = 2x + 1, z2 = -x
# df/dw11 = w21*x = x        df/dw12 = w22*x = 3x
# df/db11 = w21 = 1          df/db12 = w22 = 3
# df/dw21 = z1 = 2x + 1      df/dw22 = z2 = -x
# df/dc = 1
sage: G = lambda p: vector(QQ, [f.diff(t).subs(vals).subs(x=p) for t in theta])
sage: G(1); G(-1)
(1, 3, 1, 3, 3, -1, 1)
(-1, -3, 1, 3, -1, 1, 1)
# K_11 = 1 + 9 + 1 + 9 + 9 + 1 + 1 = 31
# K_12 = -1 - 9 + 1 + 9 - 3 - 1 + 1 = -3
# K_22 = 1 + 9 + 1 + 9 + 1 + 1 + 1 = 23
sage: K = matrix(QQ, 2, [G(1)*G(1), G(1)*G(-1), G(-1)*G(1), G(-1)*G(-1)]); K
[31 -3]
[-3 23]
sage: K.charpoly()
x^2 - 54*x + 704
# tr = 54, det = 31*23 - 9 = 713 - 9 = 704, disc = 54^2 - 4*704 = 2916 - 2816 = 100
# lam = (54 +- 10)/2 = 32 or 22
sage: K.eigenvalues()
[32, 22]
