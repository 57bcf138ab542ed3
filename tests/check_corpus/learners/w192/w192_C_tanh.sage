# Exercise C: one tanh hidden unit, all scalars
# f(x) = W2 tanh(W1 x + b1) + b2, W1 = 1, b1 = 0, W2 = 2, b2 = 0 ; x_1 = 0, x_2 = 1
# theta = (W1, b1, W2, b2)  -> 4 parameters

# hand derivation, z = W1*x + b1, a = tanh(z):
#   tanh'(z) = 1 - tanh(z)
#   df/dW1 = W2*(1 - tanh(z))*x
#   df/db1 = W2*(1 - tanh(z))
#   df/dW2 = tanh(z)
#   df/db2 = 1
sage: dt(z) = 1 - tanh(z)
sage: grad(p) = (2*dt(p)*p, 2*dt(p), tanh(p), 1)
sage: grad(0)
(0, 2, 0, 1)
sage: n(grad(1), digits=6)
(0.476812, 0.476812, 0.761594, 1.00000)
# x_1 = 0 kills the W1 entry and tanh(0) = 0
# K_11 = 0 + 4 + 0 + 1 = 5
# K_12 = 0*0.476812 + 2*0.476812 + 0*0.761594 + 1*1 = 1.953624
# K_22 = 0.476812^2 + 0.476812^2 + 0.761594^2 + 1
sage: g0 = vector(grad(0)); g1 = vector(grad(1))
sage: K = matrix(SR, [[g0*g0, g0*g1], [g1*g0, g1*g1]])
sage: n(K, digits=6)
[ 5.00000  1.95362]
[ 1.95362  2.03472]
sage: n(K.det(), digits=6), n(K.trace(), digits=6)
(6.35698, 7.03472)
sage: [n(l, digits=6) for l in K.eigenvalues()]
[1.06484, 5.96988]
