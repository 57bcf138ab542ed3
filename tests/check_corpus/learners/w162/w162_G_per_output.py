"""Exercise G (two outputs)
f(x) = W2 (W1 x + b1) + b2,  f: R -> R^2
W1 = 1, b1 = 1, W2 = [1, 2]^T, b2 = [0, 0]^T ; x1 = 1, x2 = 2

Sheet: full 4x4 kernel or the 2x2 kernel of each output, say which.
-> I do the 2x2 kernel of each output (K^(1) for f_1, K^(2) for f_2).
"""
from math import sqrt

# h = W1 x + b1 = x + 1
# f_1(x) = W2_1 * h + b2_1 = x + 1
# f_2(x) = W2_2 * h + b2_2 = 2x + 2
theta = ["W1", "b1", "W2_1", "W2_2", "b2_1", "b2_2"]  # 6 params

# output 1: df1/dW1 = W2_1 x = x, df1/db1 = 1, df1/dW2_1 = h, df1/dW2_2 = 0,
#           df1/db2_1 = 1, df1/db2_2 = 0
g1_out1 = [1, 1, 2, 0, 1, 0]   # x = 1, h = 2
g2_out1 = [2, 1, 3, 0, 1, 0]   # x = 2, h = 3
# output 2: df2/dW1 = W2_2 x = 2x, df2/db1 = 2, df2/dW2_1 = 0, df2/dW2_2 = h,
#           df2/db2_1 = 0, df2/db2_2 = 1
g1_out2 = [2, 2, 0, 2, 0, 1]
g2_out2 = [4, 2, 0, 3, 0, 1]

K1 = [[7, 10],    # 1+1+4+1 ; 2+1+6+1
      [10, 15]]   # 4+1+9+1
K2 = [[13, 19],   # 4+4+4+1 ; 8+4+6+1
      [19, 30]]   # 16+4+9+1

# K^(1): lam^2 - 22 lam + 5 = 0   (105 - 100 = 5)
lam1_K1 = 11 + sqrt(116)   # sqrt(116) ~ 10.770 -> ~ 21.770
lam2_K1 = 11 - sqrt(116)   # ~ 0.230
# K^(2): lam^2 - 43 lam + 29 = 0   (390 - 361 = 29)
# disc = 1849 - 116 = 1733, sqrt(1733) ~ 41.629
lam1_K2 = 42.315
lam2_K2 = 0.686
