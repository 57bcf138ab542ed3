"""Ex E (ReLU)
f(x) = W2 relu(W1 x + b1) + b2
W1 = [1, -1]^T, b1 = [0, 2]^T, W2 = [1, 2], b2 = 0
x1 = 1, x2 = 3

relu'(z) = 1 if z > 0 else 0, so a unit that is off kills the gradient
through it.
"""
from math import sqrt

# f(x) = 1*relu(x) + 2*relu(-x + 2)
theta = ["W1_1", "W1_2", "b1_1", "b1_2", "W2_1", "W2_2", "b2"]  # 7
# z1 = W1_1*x + b1_1 = x,  z2 = W1_2*x + b1_2 = 2 - x

# x1 = 1: z = (1, 1), both on, a = (1, 1)
# x2 = 3: z = (3, -1), unit 2 off, a = (3, 0)
f1 = 3  # 1 + 2*1
f2 = 3  # 3 + 0

# df/dW1_i = W2_i relu'(z_i) x ; df/db1_i = W2_i relu'(z_i)
# df/dW2_i = a_i ; df/db2 = 1
g1 = [1, 2, 1, 2, 1, 1, 1]
g2 = [3, 0, 1, 0, 3, 0, 1]   # second unit dead at x = 3

K11 = 13  # 1+4+1+4+1+1+1
K12 = 8   # 3+0+1+0+3+0+1
K22 = 20  # 9+1+9+1
K = [[13, 8], [8, 20]]

# lam^2 - 33 lam + 196 = 0   (13*20 - 64 = 196)
disc = 305     # 1089 - 784
lam1 = (33 + sqrt(305)) / 2   # ~ 25.232
lam2 = (33 - sqrt(305)) / 2   # ~ 7.768
