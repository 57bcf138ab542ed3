%% Exercise I - three layer scalar network (all weights 1, all biases 0)
% f(x) = W3*(W2*(W1*x + b1) + b2) + b3
% W1 = W2 = W3 = 1, b1 = b2 = b3 = 0,  x1 = 1, x2 = 2
W1 = 1; W2 = 1; W3 = 1; b1 = 0; b2 = 0; b3 = 0;
%% Forward pass
% a1 = W1*x + b1 = x
% a2 = W2*a1 + b2 = x
% f = W3*a2 + b3 = x
% theta = [W1; b1; W2; b2; W3; b3]  => 6 parameters
%% Derivatives (backwards through the layers)
% df/db3 = 1
% df/dW3 = a2 = W2*(W1*x + b1) + b2
% df/db2 = W3
% df/dW2 = W3*a1 = W3*(W1*x + b1)
% df/db1 = W3*W2
% df/dW1 = W3*W2*x
% with the numbers: [df/dW1 df/db1 df/dW2 df/db2 df/dW3 df/db3] = [x 1 x 1 x 1]
g = @(x) [W3*W2*x, W3*W2, W3*(W1*x+b1), W3, W2*(W1*x+b1)+b2, 1];
g1 = g(1)
g1 = 1x6
     1     1     1     1     1     1

g2 = g(2)
g2 = 1x6
     2     1     2     1     2     1

%% Kernel
% K11 = 6*1 = 6
% K12 = 2 + 1 + 2 + 1 + 2 + 1 = 9
% K22 = 4 + 1 + 4 + 1 + 4 + 1 = 15
K = [g1; g2]*[g1; g2]'
K = 2x2
     6     9
     9    15

%% Eigenvalues
% det(K - lambda*I) = (6 - lambda)*(15 - lambda) - 81
%                   = lambda^2 - 21*lambda + 90 - 81
%                   = lambda^2 - 21*lambda + 9
% lambda = (21 +- sqrt(441 - 36))/2 = (21 +- sqrt(405))/2
sqrt(405)
ans = 20.1246
% lambda1 = (21 + 20.1246)/2 = 20.5623
% lambda2 = (21 - 20.1246)/2 = 0.4377
eig(K)
ans = 2x1
    0.4377
   20.5623

