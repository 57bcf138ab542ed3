# Exercise F: two inputs, f : R^2 -> R, linear
# W1 = [[1, 2], [0, 1]], b1 = [0, 1]^T, W2 = [1, -1], b2 = 0
# x^(1) = (1, 0)^T, x^(2) = (0, 1)^T
#
# W1 = [[w11, w12], [w21, w22]] (row i = hidden unit i), b1 = (b1, b2), W2 = (v1, v2), b2 = c
# theta = (w11, w12, w21, w22, b1, b2, v1, v2, c)  -> 9 parameters
# f(x) = v1*(w11*x1 + w12*x2 + b1) + v2*(w21*x1 + w22*x2 + b2) + c
#
# z_i = sum_j w_ij x_j + b_i, so by hand
#   df/dw_ij = v_j * x_i
#   df/db_i  = v_i
#   df/dv_i  = z_i
#   df/dc    = 1
# hidden values: z(1,0) = (1, 0 + 1) = (1, 1),  z(0,1) = (2, 1 + 1) = (2, 2)

sage: v = vector(QQ, [1, -1])
sage: def grad(x1, x2, z):
....:     return vector(QQ, [v[0]*x1, v[1]*x1, v[0]*x2, v[1]*x2, v[0], v[1], z[0], z[1], 1])
sage: g1 = grad(1, 0, (1, 1)); g1
(1, -1, 0, 0, 1, -1, 1, 1, 1)
sage: g2 = grad(0, 1, (2, 2)); g2
(0, 0, 1, -1, 1, -1, 2, 2, 1)
sage: K = matrix(QQ, [[g1*g1, g1*g2], [g2*g1, g2*g2]]); K
[ 7  7]
[ 7 13]
# K_11 = 1+1+0+0+1+1+1+1+1 = 7,  K_12 = 0+0+0+0+1+1+2+2+1 = 7,  K_22 = 1+1+1+1+4+4+1 = 13
sage: K.charpoly()
x^2 - 20*x + 42
sage: K.eigenvalues()
[-sqrt(58) + 10, sqrt(58) + 10]
sage: n(10 - sqrt(58), digits=6), n(10 + sqrt(58), digits=6)
(2.38423, 17.6158)
