# Exercise H -- three datapoints, all scalar
# f(x) = W2*(W1*x + b1) + b2,  W1 = 2, b1 = 1, W2 = 1, b2 = 0
# x1 = 0, x2 = 1, x3 = 2
import numpy as np

# f(x) = 1*(2x + 1) + 0 = 2x + 1
theta = [2, 1, 1, 0]   # W1, b1, W2, b2 -> 4 params

# df/dW1 = W2*x = x
# df/db1 = W2 = 1
# df/dW2 = W1*x + b1 = 2x + 1
# df/db2 = 1
J = [[0, 1, 1, 1],   # x = 0
     [1, 1, 3, 1],   # x = 1
     [2, 1, 5, 1]]   # x = 2

# K = J J^T
K11 = 3    # 0+1+1+1
K12 = 5    # 0+1+3+1
K13 = 7    # 0+1+5+1
K22 = 12   # 1+1+9+1
K23 = 17   # 2+1+15+1
K33 = 31   # 4+1+25+1
K = np.array([[3, 5, 7],
              [5, 12, 17],
              [7, 17, 31]])

trace = 46   # 3 + 12 + 31
det = 76     # by cofactors along row 1
# 3x3, so eigenvalues numerically (np.linalg.eigvalsh, done on the lab PC):
eig = [42.819, 2.460, 0.722]
