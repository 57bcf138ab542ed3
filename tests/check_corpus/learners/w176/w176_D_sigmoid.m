%% Exercise D: sigmoid network, 2 hidden units
% f(x) = W2*sigma(W1*x + b1) + b2,   sigma(z) = 1/(1+exp(-z))
% W1 = [1; -1], b1 = [0; 0], W2 = [1 1], b2 = 0
% x1 = 0, x2 = 1
W1 = [1; -1]; b1 = [0; 0]; W2 = [1 1]; b2 = 0;
sig = @(z) 1./(1 + exp(-z));
%% Writing f out
% f(x) = sigma(x) + sigma(-x)
% (sigma(x) + sigma(-x) = 1 always, so f = 1 for every x, funny)
% theta = [W1_1, W1_2, b1_1, b1_2, W2_1, W2_2, b2] -> 7 parameters
%% Derivatives
% sigma'(z) = sigma(z)*(1 - sigma(z))
% df/dW1_i = W2_i * sigma'(z_i) * x
% df/db1_i = W2_i * sigma'(z_i)
% df/dW2_i = sigma(z_i)
% df/db2   = 1
dsig = @(z) sig(z).*(1 - sig(z));
%% values
% x1 = 0: z = [0; 0], sigma = 0.5, sigma' = 0.25
% x2 = 1: z = [1; -1]
sig([1; -1])
ans = 2x1
    0.7311
    0.2689

dsig([1; -1])
ans = 2x1
    0.1966
    0.1966

% gradient at x1 = 0:  [0, 0, 0.25, 0.25, 0.5, 0.5, 1]
% gradient at x2 = 1:  [0.1966, 0.1966, 0.1966, 0.1966, 0.7311, 0.2689, 1]
%% Kernel (by hand, my J*J' line gave "Incorrect dimensions for matrix multiplication")
% K11 = 0 + 0 + 0.0625 + 0.0625 + 0.25 + 0.25 + 1 = 1.625
% K12 = 0 + 0 + 0.04915 + 0.04915 + 0.36555 + 0.13445 + 1 = 1.6983
% K22 = 4*0.03865 + 0.5345 + 0.0723 + 1 = 0.1546 + 0.5345 + 0.0723 + 1 = 1.7614
K = [1.625 1.6983; 1.6983 1.7614]
K = 2x2
    1.6250    1.6983
    1.6983    1.7614

trace(K)
ans = 3.3864
det(K)
ans = -0.0219
eig(K)
ans = 2x1
   -0.0065
    3.3929

% one eigenvalue is negative?? -> ask in office hours
