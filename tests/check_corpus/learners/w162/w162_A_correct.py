"""NTK hand calc -- exercise A (lecture example)

Given: f(x) = W2 (W1 x + b1) + b2, no activation
W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0
datapoints x1 = 1, x2 = 2
"""
from math import sqrt

# f written out (h1, h2 = hidden units):
# f(x) = w2_1*(w1_1*x + b1_1) + w2_2*(w1_2*x + b1_2) + b2
# with values: f(x) = 1*(x + 0) + 0*(x + 1) + 0 = x

theta = ["w1_1", "w1_2", "b1_1", "b1_2", "w2_1", "w2_2", "b2"]
theta_val = [1, 1, 0, 1, 1, 0, 0]
n_params = 7  # 2 + 2 + 2 + 1

# hidden units
h1 = "x"      # w1_1*x + b1_1 = x
h2 = "x + 1"  # w1_2*x + b1_2 = x + 1

# derivatives (chain rule, no activation so it's easy)
df_dw1_1 = "w2_1 * x"  # = x
df_dw1_2 = "w2_2 * x"  # = 0
df_db1_1 = "w2_1"      # = 1
df_db1_2 = "w2_2"      # = 0
df_dw2_1 = "h1"        # = x
df_dw2_2 = "h2"        # = x + 1
df_db2 = 1

# gradients at the datapoints
g1 = [1, 0, 1, 0, 1, 2, 1]  # x = 1
g2 = [2, 0, 1, 0, 2, 3, 1]  # x = 2

def dot(u, v):
    return sum(a * b for a, b in zip(u, v))

K11 = dot(g1, g1)  # 1+1+1+4+1 = 8
K12 = dot(g1, g2)  # 2+1+2+6+1 = 12
K22 = dot(g2, g2)  # 4+1+4+9+1 = 19
K = [[8, 12], [12, 19]]

# eigenvalues: det(K - lam I) = (8-lam)(19-lam) - 144
#            = lam^2 - 27 lam + 152 - 144 = lam^2 - 27 lam + 8
tr = 27
det = 8   # 152 - 144
# disc = 27^2 - 4*8 = 729 - 32 = 697
lam1 = (27 + sqrt(697)) / 2  # sqrt(697) ~ 26.401 -> ~ 26.70
lam2 = (27 - sqrt(697)) / 2  # ~ 0.300
