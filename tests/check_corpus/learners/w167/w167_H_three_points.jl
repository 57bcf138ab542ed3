### A Pluto.jl notebook ###
# Exercise H -- three datapoints, everything scalar
# f(x) = W²(W¹x + b¹) + b²,  W¹ = 2, b¹ = 1, W² = 1, b² = 0
# x₁ = 0, x₂ = 1, x₃ = 2

using LinearAlgebra

# f(x) = 1*(2x + 1) + 0 = 2x + 1
# θ = (W¹, b¹, W², b²) = (2, 1, 1, 0), 4 parameters

# ∂f∂W¹ = W² x = x
# ∂f∂b¹ = W² = 1
# ∂f∂W² = W¹x + b¹ = 2x + 1
# ∂f∂b² = 1
∇f(x) = [x, 1, 2x + 1, 1]

J = [∇f(0)'; ∇f(1)'; ∇f(2)']
# 3×4 Matrix{Int64}:
#  0  1  1  1
#  1  1  3  1
#  2  1  5  1

K = J*J'
# 3×3 Matrix{Int64}:
#  3   5   7
#  5  12  19
#  7  19  31

# K₁₂ = 0 + 1 + 3 + 1 = 5,  K₁₃ = 0 + 1 + 5 + 1 = 7,  K₂₃ = 2 + 1 + 15 + 1 = 19
# det K = 0 (row3 = 2*row2 - row1), so one eigenvalue is 0
# tr K = 46

eigvals(K)
# 3-element Vector{Float64}:
#  -2.16413873998987e-16
#   1.4825652086499852
#  44.51743479135003

# λ₁ = 0, λ₂ ≈ 1.49, λ₃ ≈ 44.52
