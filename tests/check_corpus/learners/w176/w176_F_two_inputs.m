%% Exercise F  (two inputs)  --  NTK
% f: R^2 -> R,  f(x) = W2*(W1*x + b1) + b2, no activation
% W1 = [1 2; 0 1], b1 = [0; 1], W2 = [1 -1], b2 = 0
% datapoints: x(1) = [1; 0], x(2) = [0; 1]
W1 = [1 2; 0 1]; b1 = [0; 1]; W2 = [1 -1]; b2 = 0;
X = [1 0; 0 1];   % columns are the datapoints
%% f written out
% f(x) = 1*(x_1 + 2*x_2 + 0) - 1*(0*x_1 + x_2 + 1) + 0 = x_1 + x_2 - 1
f = @(x) W2*(W1*x + b1) + b2;
f(X(:,1))
ans = 0
f(X(:,2))
ans = 0
%% parameters
% theta = [W1_11 W1_12 W1_21 W1_22 b1_1 b1_2 W2_1 W2_2 b2]   (W1 row by row)
% number of parameters: 4 + 2 + 2 + 1 = 9
%% derivatives
% h = W1*x + b1
% df/dW1_ij = W2_j * x_i   -> as a matrix dfdW1 = x*W2
% df/db1 = W2'
% df/dW2 = h'
% df/db2 = 1
gradf = @(x) [reshape((x*W2).', 1, []), W2, (W1*x + b1).', 1];
g1 = gradf(X(:,1))
g1 = 1x9
     1    -1     0     0     1    -1     1     1     1

g2 = gradf(X(:,2))
g2 = 1x9
     0     0     1    -1     1    -1     2     2     1

%% NTK
J = [g1; g2];
K = J*J'
K = 2x2
     7     7
     7    13

%% eigenvalues
% det(K - lambda*I) = (7 - lambda)(13 - lambda) - 49 = lambda^2 - 20*lambda + 42
% lambda = 10 +- sqrt(100 - 42) = 10 +- sqrt(58)
eig(K)
ans = 2x1
    2.3842
   17.6158

