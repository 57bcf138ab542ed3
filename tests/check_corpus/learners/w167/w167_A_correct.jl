### A Pluto.jl notebook ###
# Homework 4, exercise A (lecture example)  --  NTK by hand + check in Julia
#
# given: f(x) = W²(W¹x + b¹) + b², no activation
#   W¹ = [1, 1]ᵀ (2×1), b¹ = [0, 1]ᵀ, W² = [1 0] (1×2), b² = 0
#   datapoints x₁ = 1, x₂ = 2

using LinearAlgebra

W¹ = [1, 1]; b¹ = [0, 1]; W² = [1, 0]; b² = 0

# written out:
# f(x) = W²₁₁(W¹₁₁x + b¹₁) + W²₁₂(W¹₂₁x + b¹₂) + b²
# with the numbers: f(x) = 1*(x + 0) + 0*(x + 1) + 0 = x

# θ = (W¹₁₁, W¹₂₁, b¹₁, b¹₂, W²₁₁, W²₁₂, b²) = (1, 1, 0, 1, 1, 0, 0)
# 7 parameters

# hidden layer h = W¹x + b¹ = (x, x + 1)

# derivatives (chain rule, derivation as comments):
# ∂f/∂W¹₁₁ = W²₁₁ * ∂h₁/∂W¹₁₁ = W²₁₁ x
# ∂f/∂W¹₂₁ = W²₁₂ x
# ∂f/∂b¹₁  = W²₁₁
# ∂f/∂b¹₂  = W²₁₂
# ∂f/∂W²₁₁ = h₁ = W¹₁₁x + b¹₁
# ∂f/∂W²₁₂ = h₂ = W¹₂₁x + b¹₂
# ∂f/∂b²   = 1

∇f(x) = [W²[1]*x, W²[2]*x, W²[1], W²[2], W¹[1]*x + b¹[1], W¹[2]*x + b¹[2], 1]

∇f(1)
# 7-element Vector{Int64}:  [1, 0, 1, 0, 1, 2, 1]
∇f(2)
# 7-element Vector{Int64}:  [2, 0, 1, 0, 2, 3, 1]

J = [∇f(1)'; ∇f(2)']
# 2×7 Matrix{Int64}:
#  1  0  1  0  1  2  1
#  2  0  1  0  2  3  1

K = J*J'
# 2×2 Matrix{Int64}:
#   8  12
#  12  19

# by hand to check:
# K[1,1] = 1 + 0 + 1 + 0 + 1 + 4 + 1 = 8
# K[1,2] = 2 + 0 + 1 + 0 + 2 + 6 + 1 = 12
# K[2,2] = 4 + 0 + 1 + 0 + 4 + 9 + 1 = 19

# det(K - λI) = (8 - λ)(19 - λ) - 144 = λ² - 27λ + 8
# tr K = 27, det K = 8
# λ = (27 ± √(729 - 32))/2 = (27 ± √697)/2

eigvals(K)
# 2-element Vector{Float64}:
#   0.29962121755591475
#  26.700378782444087
