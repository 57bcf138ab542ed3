%% NTK homework - Ex. A  (second try, the first live script crashed)
% given: f(x) = W2*(W1*x + b1) + b2, linear, no activation
%   W1 = [1; 1]    b1 = [0; 1]    W2 = [1 0]    b2 = 0
%   x1 = 1, x2 = 2
% (outputs copied from the command window)

W1 = [1; 1]; b1 = [0; 1]; W2 = [1 0]; b2 = 0;
x = [1 2];

%% f and theta
% f(x) = W2(1)*(W1(1)*x + b1(1)) + W2(2)*(W1(2)*x + b1(2)) + b2 = x
% theta = (W1_1, W1_2, b1_1, b1_2, W2_1, W2_2, b2)   -> 7 parameters

%% derivatives
% df/dW1 = W2'          (derivative of W1*x wrt W1 ... times W2)
% df/db1 = W2'
% df/dW2 = (W1*x + b1)'
% df/db2 = 1
dfdW1 = W2'
%
% dfdW1 =
%
%      1
%      0
%
dfdb1 = W2'
%
% dfdb1 =
%
%      1
%      0
%
dfdW2_x1 = (W1*x(1) + b1)'
%
% dfdW2_x1 =
%
%      1     2
%
dfdW2_x2 = (W1*x(2) + b1)'
%
% dfdW2_x2 =
%
%      2     3
%
dfdb2 = 1;

%% gradient vectors (rows)
g1 = [dfdW1' dfdb1' dfdW2_x1 dfdb2]
%
% g1 =
%
%      1     0     1     0     1     2     1
%
g2 = [dfdW1' dfdb1' dfdW2_x2 dfdb2]
%
% g2 =
%
%      1     0     1     0     2     3     1
%

%% kernel
J = [g1; g2];
K = J*J'
%
% K =
%
%      8    11
%     11    16
%
% i.e. K11 = 1+1+1+4+1 = 8, K12 = 1+1+2+6+1 = 11, K22 = 1+1+4+9+1 = 16

%% eigenvalues
% det(K - l*I) = (8-l)(16-l) - 121 = l^2 - 24*l + 128 - 121 = l^2 - 24*l + 7
% l = (24 +- sqrt(576 - 28))/2 = 12 +- sqrt(137)
sqrt(137)
%
% ans =
%
%    11.7047
%
eig(K)
%
% ans =
%
%     0.2953
%    23.7047
%
% => lambda1 = 23.7047, lambda2 = 0.2953
