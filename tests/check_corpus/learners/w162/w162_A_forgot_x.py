# exercise A -- NTK of the 1-2-1 linear net
# W1 = [1, 1]^T   b1 = [0, 1]^T   W2 = [1, 0]   b2 = 0
# x1 = 1, x2 = 2
from math import sqrt

# f(x) = W2_1*(W1_1*x + b1_1) + W2_2*(W1_2*x + b1_2) + b2
f_1 = 1  # f(1) = 1*1 + 0*2 + 0
f_2 = 2  # f(2) = 1*2 + 0*3 + 0

# theta = (W1_1, W1_2, b1_1, b1_2, W2_1, W2_2, b2)  -> 7 params
P = 7

# partial derivatives
df_dW1_1 = "W2_1"            # = 1
df_dW1_2 = "W2_2 * x"        # = 0
df_db1_1 = "W2_1"            # = 1
df_db1_2 = "W2_2"            # = 0
df_dW2_1 = "W1_1*x + b1_1"   # = x
df_dW2_2 = "W1_2*x + b1_2"   # = x + 1
df_db2 = 1

# at x1 = 1
g1 = [1, 0, 1, 0, 1, 2, 1]
# at x2 = 2
g2 = [1, 0, 1, 0, 2, 3, 1]

def dot(u, v):
    return sum(a * b for a, b in zip(u, v))

K11 = dot(g1, g1)  # 1 + 1 + 1 + 4 + 1 = 8
K12 = dot(g1, g2)  # 1 + 1 + 2 + 6 + 1 = 11
K22 = dot(g2, g2)  # 1 + 1 + 4 + 9 + 1 = 16
K = [[8, 11],
     [11, 16]]

# char poly: (8 - lam)(16 - lam) - 121 = lam^2 - 24 lam + 7
trace = 24
det = 7  # 128 - 121
lam = (24 + sqrt(576 - 28)) / 2   # = 12 + sqrt(137), sqrt(137) ~ 11.705
lam1 = 23.705
lam2 = 0.295  # 12 - 11.705
