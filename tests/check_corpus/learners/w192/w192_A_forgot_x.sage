# Exercise A again, this time gradients by hand and sage only for the linear algebra
# f(x) = W2 (W1 x + b1) + b2,  W1 = [1,1]^T, b1 = [0,1]^T, W2 = [1,0], b2 = 0
# datapoints x_1 = 1, x_2 = 2

# f(x) = w21*(w11*x + b11) + w22*(w12*x + b12) + c
# theta = (w11, w12, b11, b12, w21, w22, c) -> 7 parameters
#
# hidden layer: z1 = w11*x + b11 = x,  z2 = w12*x + b12 = x + 1
# derivatives (chain rule, output is linear):
#   df/dw11 = w21
#   df/dw12 = w22
#   df/db11 = w21,   df/db12 = w22
#   df/dw21 = z1 = w11*x + b11,   df/dw22 = z2 = w12*x + b12
#   df/dc   = 1
#
# at x_1 = 1: (1, 0, 1, 0, 1, 2, 1)
# at x_2 = 2: (1, 0, 1, 0, 2, 3, 1)

sage: g1 = vector(QQ, [1, 0, 1, 0, 1, 2, 1])
sage: g2 = vector(QQ, [1, 0, 1, 0, 2, 3, 1])
sage: g1*g1, g1*g2, g2*g2
(8, 11, 16)
# K_12 = 1 + 0 + 1 + 0 + 2 + 6 + 1 = 11
sage: K = matrix(QQ, [[8, 11], [11, 16]]); K
[ 8 11]
[11 16]
sage: K.charpoly()
x^2 - 24*x + 7
# check: tr = 24, det = 128 - 121 = 7
sage: K.eigenvalues()
[-sqrt(137) + 12, sqrt(137) + 12]
sage: n(12 - sqrt(137), digits=6), n(12 + sqrt(137), digits=6)
(0.295300, 23.7047)
