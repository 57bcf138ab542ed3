### A Pluto.jl notebook ###
# Exercise E  --  ReLU, 2 hidden units
# f(x) = W² relu(W¹x + b¹) + b²
# W¹ = [1, -1], b¹ = [0, 2], W² = [1 2], b² = 0
# x₁ = 1, x₂ = 3

using LinearAlgebra

# f(x) = 1*relu(x) + 2*relu(-x + 2)
# θ = (W¹₁₁, W¹₂₁, b¹₁, b¹₂, W²₁₁, W²₁₂, b²), 7 params

# relu'(z) = 1 if z > 0, 0 if z < 0
# ∂f∂W¹ⱼ₁ = W²₁ⱼ relu'(zⱼ) x
# ∂f∂b¹ⱼ  = W²₁ⱼ relu'(zⱼ)
# ∂f∂W²₁ⱼ = relu(zⱼ)
# ∂f∂b²   = 1

# x₁ = 1:  z = (1, 1), a = (1, 1), both units on
g₁ = [1*1*1, 2*1*1, 1*1, 2*1, 1, 1, 1]
# [1, 2, 1, 2, 1, 1, 1]

# x₂ = 3:  z = (3, -1), a = (3, 0)
# relu'(z₁) = 1, relu'(z₂) = 1
g₂ = [1*1*3, 2*1*3, 1*1, 2*1, 3, 0, 1]
# [3, 6, 1, 2, 3, 0, 1]

J = [g₁'; g₂']
K = J*J'
# 2×2 Matrix{Int64}:
#  13  24
#  24  60

# K[1,2] = 3 + 12 + 1 + 4 + 3 + 0 + 1 = 24
# K[2,2] = 9 + 36 + 1 + 4 + 9 + 0 + 1 = 60

# tr = 73, det = 780 - 576 = 204
# λ = (73 ± √(73² - 4*204))/2 = (73 ± √4513)/2
eigvals(K)
# 2-element Vector{Float64}:
#   2.910567137863133
#  70.08943286213687
