"""
Ex A. f(x) = W2 (W1 x + b1) + b2
W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, x1 = 1, x2 = 2

layer by layer, weights then biases:
theta = (w11, w21, b1, b2, v1, v2, c)   (v = W2, c = b2)
7 parameters.
"""

# f(x) = v1*(w11*x + b1) + v2*(w21*x + b2) + c

# df/dw11 = v1 * x, df/dw21 = v2 * x
# df/db1 = v1,      df/db2 = v2
# df/dv1 = w11*x + b1, df/dv2 = w21*x + b2, df/dc = 1

# x1 = 1
df_dw11 = 1   # v1 * x = 1*1
df_dw21 = 0
df_db1 = 1
df_db2 = 0
df_dv1 = 1    # 1*1 + 0
df_dv2 = 2    # 1*1 + 1
df_dc = 1
g1 = [1, 0, 1, 0, 1, 2, 1]

# x2 = 2
g2 = [2, 0, 1, 0, 2, 3, 1]  # oops, first had df_dv2 = 2 here, it's 2+1 = 3, fixed

K11 = 8   # 1 + 0 + 1 + 0 + 1 + 4 + 1
K12 = 12  # 2 + 1 + 2 + 6 + 1

# TODO: K22, eigenvalues (ran out of time before the lab)
