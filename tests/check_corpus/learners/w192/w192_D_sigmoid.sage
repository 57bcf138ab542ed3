# Exercise D: two sigmoid hidden units
# f(x) = W2 s(W1 x + b1) + b2, s(z) = 1/(1 + e^-z)
# W1 = [1, -1]^T, b1 = [0, 0]^T, W2 = [1, 1], b2 = 0 ; x_1 = 0, x_2 = 1
#
# f(x) = w21*s(w11*x + b11) + w22*s(w12*x + b12) + c
# theta = (w11, w12, b11, b12, w21, w22, c), 7 params
# s'(z) = s(z)(1 - s(z))
# df/dw1j = w2j * s'(z_j) * x,  df/db1j = w2j * s'(z_j),  df/dw2j = s(z_j),  df/dc = 1

sage: var('w11 w12 b11 b12 w21 w22 c x')
(w11, w12, b11, b12, w21, w22, c, x)
sage: s(z) = 1/(1 + exp(-z))
sage: f = w21*s(w11*x + b11) + w22*s(w12*x + b12) + c
sage: theta = [w11, w12, b11, b12, w21, w22, c]
sage: vals = {w11:1, w12:-1, b11:0, b12:0, w21:1, w22:1, c:0}
sage: J = matrix([[f.diff(t).subs(vals).subs(x=p) for t in theta] for p in [0, 1]])
sage: J[0]
(0, 0, 1/4, 1/4, 1/2, 1/2, 1)
# at x = 0: z1 = z2 = 0, s = 1/2, s' = 1/4 . ok
sage: n(J[1], digits=6)
(0.196612, 0.196612, 0.196612, 0.196612, 0.731059, 0.268941, 1.00000)
# at x = 1: z1 = 1, z2 = -1, s(1) = 0.731059, s(-1) = 1 - s(1) = 0.268941,
#           s'(1) = s'(-1) = 0.731059*0.268941 = 0.196612
sage: K = J*J.transpose()
sage: K[0,0]
13/8
# K_11 = 1/16 + 1/16 + 1/4 + 1/4 + 1 = 13/8
sage: n(K, digits=6)
[1.62500 1.59831]
[1.59831 1.76140]
sage: [n(l, digits=6) for l in K.eigenvalues()]
[0.0934402, 3.29296]
# so to 3 s.f.: lam_1 ~ 0.0935, lam_2 ~ 3.29
