"""Exercise B -- same net as A, new numbers.

W1 = [2, -1]^T, b1 = [1, 0]^T, W2 = [1, 3], b2 = 1
x1 = 1, x2 = -1

f(x) = W2 (W1 x + b1) + b2,  no activation.
Derivation: h = W1 x + b1, f = W2 h + b2
  df/dW1_i = W2_i * x, df/db1_i = W2_i, df/dW2_i = h_i, df/db2 = 1
"""
from math import sqrt

# h1 = 2x + 1, h2 = -x
# f(x) = 1*(2x + 1) + 3*(-x) + 1 = -x + 2
f_x1 = 1   # -1 + 2
f_x2 = 3   # 1 + 2

theta = [2, -1, 1, 0, 1, 3, 1]  # (W1_1, W1_2, b1_1, b1_2, W2_1, W2_2, b2)
n = 7

df_dW1_1 = "x"        # W2_1 * x = 1*x
df_dW1_2 = "3x"       # W2_2 * x
df_db1_1 = 1
df_db1_2 = 3
df_dW2_1 = "2x + 1"   # = h1
df_dW2_2 = "-x"       # = h2
df_db2 = 1

g1 = [1, 3, 1, 3, 3, -1, 1]     # x = 1: h1 = 3, h2 = -1
g2 = [-1, -3, 1, 3, -1, 1, 1]   # x = -1: h1 = -1, h2 = 1

K11 = 31   # 1 + 9 + 1 + 9 + 9 + 1 + 1
K12 = -3   # -1 - 9 + 1 + 9 - 3 - 1 + 1
K22 = 23   # 1 + 9 + 1 + 9 + 1 + 1 + 1
K = [[31, -3],
     [-3, 23]]

# det(K - lam I) = (31 - lam)(23 - lam) - 9 = lam^2 - 54 lam + 704
tr_K = 54
det_K = 704   # 713 - 9
# lam = 27 +- sqrt(27^2 - 704) = 27 +- sqrt(25) = 27 +- 5
lam1 = 32
lam2 = 22
