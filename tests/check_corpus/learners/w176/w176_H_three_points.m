%% Exercise H: scalar linear net with THREE datapoints
% f(x) = W2*(W1*x + b1) + b2, everything scalar
% W1 = 2, b1 = 1, W2 = 1, b2 = 0;   x1 = 0, x2 = 1, x3 = 2
W1 = 2; b1 = 1; W2 = 1; b2 = 0;
x = [0 1 2];
%% f and theta
% f(x) = 1*(2x + 1) + 0 = 2x + 1
% theta = [W1 b1 W2 b2], 4 parameters
%% partial derivatives
% df/dW1 = W2*x = x
% df/db1 = W2 = 1
% df/dW2 = W1*x + b1 = 2x + 1
% df/db2 = 1
J = [W2*x', W2*ones(3,1), (W1*x + b1)', ones(3,1)]
J = 3x4
     0     1     1     1
     1     1     3     1
     2     1     5     1

% (row i = gradient at x_i)
%% NTK, 3x3
K = J*J'
K = 3x3
     3     5     7
     5    12    19
     7    19    31

% e.g. K23 = 1*2 + 1*1 + 3*5 + 1*1 = 19,  K13 = 0 + 1 + 5 + 1 = 7
trace(K)
ans = 46
det(K)
ans = -1.0658e-14
% det(K) = 0 really (roundoff), so one eigenvalue is 0: row 3 = 2*row 2 - row 1
lam = eig(K)
lam = 3x1
   1.0e+01 *

   -0.0000
    0.1483
    4.4517

% eigenvalues: lambda1 = 0, lambda2 = 0.1483, lambda3 = 4.4517
