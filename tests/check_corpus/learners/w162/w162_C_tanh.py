# Exercise C: tanh, one hidden unit
# f(x) = W2 * tanh(W1*x + b1) + b2
# W1 = 1, b1 = 0, W2 = 2, b2 = 0 ; x1 = 0, x2 = 1
from math import tanh, sqrt

theta = ("W1", "b1", "W2", "b2")   # 4 params
# z = W1*x + b1, a = tanh(z), f = W2*a + b2

# tanh'(z) = 1 - tanh(z)
def dtanh(z):
    return 1 - tanh(z)

# df/dW1 = W2 * tanh'(z) * x
# df/db1 = W2 * tanh'(z)
# df/dW2 = tanh(z)
# df/db2 = 1

# --- x1 = 0: z = 0, tanh(0) = 0, tanh'(0) = 1
g1 = [0, 2, 0, 1]   # 2*1*0, 2*1, 0, 1

# --- x2 = 1: z = 1
t = 0.7616        # tanh(1)
dt = 0.2384       # tanh'(1) = 1 - 0.7616
df_dW1 = 0.4768   # 2 * 0.2384 * 1
df_db1 = 0.4768   # 2 * 0.2384
df_dW2 = 0.7616
g2 = [0.4768, 0.4768, 0.7616, 1]

K11 = 5        # 0 + 4 + 0 + 1
K12 = 1.9536   # 0 + 2*0.4768 + 0 + 1
K22 = 2.035    # 0.2273 + 0.2273 + 0.5800 + 1
K = [[5, 1.9536], [1.9536, 2.035]]

tr = 7.035
det = 6.36       # 5*2.035 - 1.9536^2
# disc = tr^2 - 4 det ~ 24.06, sqrt ~ 4.905
lam1 = 5.970     # (7.035 + 4.905)/2
lam2 = 1.065     # (7.035 - 4.905)/2
