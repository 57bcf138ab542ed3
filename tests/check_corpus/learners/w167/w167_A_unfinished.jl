### A Pluto.jl notebook ###
# HW4 ex. A -- started in lab, finish at home!!
# f(x) = W²(W¹x + b¹) + b²   (no activation)
# W¹ = [1; 1], b¹ = [0; 1], W² = [1 0], b² = 0
# x₁ = 1, x₂ = 2

using LinearAlgebra

W¹ = [1; 1]
b¹ = [0; 1]
W² = [1 0]
b² = 0

f(x) = (W² * (W¹ * x + b¹))[1] + b²
# f(1) = 1, f(2) = 2   so f(x) = x on these points

# θ = [W¹₁₁, W¹₂₁, b¹₁, b¹₂, W²₁₁, W²₁₂, b²]     -> length 7

# ∂f∂W¹₁₁ = W²₁₁ x
# ∂f∂W¹₂₁ = W²₁₂ x = 0 because W²₁₂ = 0
# ∂f∂b¹₁ = W²₁₁ = 1
# ∂f∂b¹₂ = W²₁₂ = 0
# ∂f∂W²₁₁ = W¹₁₁ x + b¹₁ = x
# ∂f∂W²₁₂ = W¹₂₁ x
# ∂f∂b² = 1

∇f(x) = [x, 0, 1, 0, x, x, 1]

∇f(1)
# [1, 0, 1, 0, 1, 1, 1]

# TODO ∇f(2), then K = J*J' and eigvals(K)
