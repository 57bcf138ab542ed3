### A Pluto.jl notebook ###
# Exercise C  (tanh, one hidden unit)
# f(x) = W² tanh(W¹x + b¹) + b²,   W¹ = 1, b¹ = 0, W² = 2, b² = 0
# datapoints x₁ = 0, x₂ = 1

using LinearAlgebra

W¹, b¹, W², b² = 1.0, 0.0, 2.0, 0.0

# f(x) = 2 tanh(x)
# θ = (W¹, b¹, W², b²)  -> 4 parameters

# z = W¹x + b¹ ,  a = tanh(z),  f = W² a + b²
# d/dz tanh(z) = 1 - tanh(z)
#
# ∂f∂W¹ = W² * (1 - tanh(z)) * x
# ∂f∂b¹ = W² * (1 - tanh(z))
# ∂f∂W² = tanh(z)
# ∂f∂b² = 1

z(x) = W¹*x + b¹
∇f(x) = [W²*(1 - tanh(z(x)))*x, W²*(1 - tanh(z(x))), tanh(z(x)), 1.0]

∇f(0)
# [0.0, 2.0, 0.0, 1.0]       (tanh(0) = 0)

∇f(1)
# [0.4768116880884703, 0.4768116880884703, 0.7615941559557649, 1.0]
# tanh(1) = 0.7615941559557649 , 1 - tanh(1) = 0.2384058440442351

J = [∇f(0)'; ∇f(1)']
K = J*J'
# 2×2 Matrix{Float64}:
#  5.0      1.95362
#  1.95362  2.03472

# K₁₁ = 0 + 4 + 0 + 1 = 5
# K₁₂ = 0*0.4768 + 2*0.4768 + 0*0.7616 + 1*1 = 1.9536
# K₂₂ = 0.4768² + 0.4768² + 0.7616² + 1 = 2.0347

# tr K = 7.0347, det K = 6.357
eigvals(K)
# 2-element Vector{Float64}:
#  1.0648412473545947
#  5.9698831828269325
