# Exercise E: ReLU, two hidden units
# f(x) = W2 relu(W1 x + b1) + b2
# W1 = [1, -1]^T, b1 = [0, 2]^T, W2 = [1, 2], b2 = 0 ;  x_1 = 1, x_2 = 3
#
# f(x) = w21*relu(w11*x + b11) + w22*relu(w12*x + b12) + c
# theta = (w11, w12, b11, b12, w21, w22, c)   7 parameters
# relu'(z) = 1 if z > 0, 0 if z < 0 (z = 0 never happens here)
#
# x_1 = 1: z1 = 1 > 0, z2 = -1 + 2 = 1 > 0, so both units active, a = (1, 1)
# x_2 = 3: z1 = 3 > 0, z2 = -3 + 2 = -1 < 0, unit 2 dead, a = (3, 0)
#
# df/dw1j = w2j * relu'(z_j) * x
# df/db1j = w2j * relu'(z_j)
# df/dw2j = relu(z_j)
# df/dc   = 1

sage: relu = lambda z: max(z, 0)
sage: drelu = lambda z: 1 if z > 0 else 0
sage: def grad(p):
....:     z1 = 1*p + 0; z2 = -1*p + 2
....:     return vector(QQ, [1*drelu(z1)*p, 2*drelu(z2)*p, 1*drelu(z1), 2*drelu(z2), relu(z1), relu(z2), 1])
sage: grad(1)
(1, 2, 1, 2, 1, 1, 1)
sage: grad(3)
(3, 0, 1, 0, 3, 0, 1)
# K_11 = 1 + 4 + 1 + 4 + 1 + 1 + 1 = 13
# K_12 = 3 + 0 + 1 + 0 + 3 + 0 + 1 = 8
# K_22 = 9 + 0 + 1 + 0 + 9 + 0 + 1 = 20
sage: J = matrix(QQ, [grad(1), grad(3)]); K = J*J.T; K
[13  8]
[ 8 20]
sage: K.charpoly()
x^2 - 33*x + 196
sage: K.det()
196
# 260 - 64 = 196. disc = 33^2 - 4*196 = 1089 - 784 = 305
sage: K.eigenvalues()
[-1/2*sqrt(305) + 33/2, 1/2*sqrt(305) + 33/2]
sage: [n(l, digits=6) for l in K.eigenvalues()]
[7.76788, 25.2321]
