# Exercise I: three layers, all scalars, no activations
# f(x) = W3 (W2 (W1 x + b1) + b2) + b3,  W1 = W2 = W3 = 1, b1 = b2 = b3 = 0 ; x_1 = 1, x_2 = 2
#
# f(x) = w3*(w2*(w1*x + b1) + b2) + b3
# I leave b3 out: df/db3 = 1 is just a constant shift of f, it does not change anything
# so theta = (w1, b1, w2, b2, w3), 5 parameters

sage: var('w1 b1 w2 b2 w3 b3 x')
(w1, b1, w2, b2, w3, b3, x)
sage: f = w3*(w2*(w1*x + b1) + b2) + b3
sage: theta = [w1, b1, w2, b2, w3]
sage: [f.diff(t) for t in theta]
[w2*w3*x, w2*w3, (w1*x + b1)*w3, w3, (w1*x + b1)*w2 + b2]
# at the values all w = 1, b = 0: h1 = x, h2 = x
#   grad f(x) = (x, 1, x, 1, x)
#   grad f(1) = (1, 1, 1, 1, 1)
#   grad f(2) = (2, 1, 2, 1, 2)
# K_11 = 5,  K_12 = 2 + 1 + 2 + 1 + 2 = 8,  K_22 = 4 + 1 + 4 + 1 + 4 = 14
sage: K = matrix(QQ, [[5, 8], [8, 14]])
sage: K.charpoly()
x^2 - 19*x + 6
sage: K.eigenvalues()
[-1/2*sqrt(337) + 19/2, 1/2*sqrt(337) + 19/2]
sage: [n(l, digits=6) for l in K.eigenvalues()]
[0.321220, 18.6788]
