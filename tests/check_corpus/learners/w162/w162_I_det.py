"""Exercise I -- three layers, all scalar, all W = 1, all b = 0.
x1 = 1, x2 = 2.

f(x) = W3 (W2 (W1 x + b1) + b2) + b3
h1 = W1 x + b1, h2 = W2 h1 + b2, f = W3 h2 + b3
"""
from math import sqrt

theta = ["W1", "b1", "W2", "b2", "W3", "b3"]  # 6 params
# with the values f(x) = x
h1 = "x"
h2 = "x"

# backprop by hand:
df_dW3 = "h2"          # = x
df_db3 = 1
df_dW2 = "W3 * h1"     # = x
df_db2 = "W3"          # = 1
df_dW1 = "W3 * W2 * x" # = x
df_db1 = "W3 * W2"     # = 1

# order (W1, b1, W2, b2, W3, b3)
g1 = [1, 1, 1, 1, 1, 1]
g2 = [2, 1, 2, 1, 2, 1]

K11 = 6    # 1*6
K12 = 9    # 2+1+2+1+2+1
K22 = 15   # 4+1+4+1+4+1
K = [[6, 9], [9, 15]]

# det(K - lam I) = (6 - lam)(15 - lam) - 81
#               = lam^2 - 21 lam + 90 - 81
#               = lam^2 - 21 lam - 9
# lam = (21 +- sqrt(441 + 36)) / 2 = (21 +- sqrt(477)) / 2
lam1 = (21 + sqrt(477)) / 2   # sqrt(477) ~ 21.840 -> ~ 21.420
lam2 = (21 - sqrt(477)) / 2   # ~ -0.420  (negative?? whatever)
