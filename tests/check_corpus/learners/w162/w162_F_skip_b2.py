"""Exercise F: two inputs, linear net

W1 = [[1, 2],
      [0, 1]],  b1 = [0, 1]^T,  W2 = [1, -1],  b2 = 0
x(1) = (1, 0), x(2) = (0, 1)

f(x) = W2 (W1 x + b1) + b2
"""
from math import sqrt

# f(x) = W2_1*(W1_11*x_1 + W1_12*x_2 + b1_1) + W2_2*(W1_21*x_1 + W1_22*x_2 + b1_2) + b2
# theta = (W1_11, W1_12, W1_21, W1_22, b1_1, b1_2, W2_1, W2_2, b2)
num_params = 9

# h1 = x_1 + 2 x_2, h2 = x_2 + 1
# df/dW1_1j = W2_1 * x_j = x_j
# df/dW1_2j = W2_2 * x_j = -x_j
# df/db1_1 = W2_1 = 1, df/db1_2 = W2_2 = -1
# df/dW2_1 = h1, df/dW2_2 = h2
# b2 only shifts f, same constant for every x, so I skip it in the kernel

# x(1) = (1, 0): h = (1, 1)
g1 = [1, 0, -1, 0, 1, -1, 1, 1]
# x(2) = (0, 1): h = (2, 2)
g2 = [0, 1, 0, -1, 1, -1, 2, 2]

def dot(u, v):
    return sum(a * b for a, b in zip(u, v))

K11 = dot(g1, g1)  # 1+1+1+1+1+1 = 6
K12 = dot(g1, g2)  # 1+1+2+2 = 6
K22 = dot(g2, g2)  # 1+1+1+1+4+4 = 12
K = [[6, 6], [6, 12]]

# det(K - lam I) = (6 - lam)(12 - lam) - 36 = lam^2 - 18 lam + 36
# lam = (18 +- sqrt(324 - 144)) / 2 = 9 +- sqrt(45)
lam1 = 9 + sqrt(45)  # ~ 15.708
lam2 = 9 - sqrt(45)  # ~ 2.292
