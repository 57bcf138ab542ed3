%% HW3 Exercise E  -  ReLU net, 2 hidden units
% f(x) = W2*relu(W1*x + b1) + b2
% W1 = [1; -1], b1 = [0; 2], W2 = [1 2], b2 = 0
% x1 = 1, x2 = 3
W1 = [1; -1]; b1 = [0; 2]; W2 = [1 2]; b2 = 0;
relu = @(z) max(z, 0);
%% f
% f(x) = 1*relu(x) + 2*relu(-x + 2)
f = @(x) W2*relu(W1*x + b1) + b2;
[f(1), f(3)]
ans = 1x2
     3     3

% theta = [W1(1) W1(2) b1(1) b1(2) W2(1) W2(2) b2], 7 params
%% derivatives
% relu'(z) = 1 (relu is linear for z > 0), so the derivatives are the same as for the linear net:
% df/dW1 = W2'*x,  df/db1 = W2',  df/dW2 = relu(W1*x + b1)',  df/db2 = 1
%% hidden layer at the datapoints
z1 = W1*1 + b1
z1 = 2x1
     1
     1

z2 = W1*3 + b1
z2 = 2x1
     3
    -1

a1 = relu(z1)'
a1 = 1x2
     1     1

a2 = relu(z2)'
a2 = 1x2
     3     0

%% gradients
g1 = [W2*1, W2, a1, 1]
g1 = 1x7
     1     2     1     2     1     1     1

g2 = [W2*3, W2, a2, 1]
g2 = 1x7
     3     6     1     2     3     0     1

%% NTK
K = [g1; g2]*[g1; g2]'
K = 2x2
    13    24
    24    60

% K12 = 3 + 12 + 1 + 4 + 3 + 0 + 1 = 24
% char. polynomial: (13 - l)(60 - l) - 24^2 = l^2 - 73 l + 780 - 576 = l^2 - 73 l + 204
% l = (73 +- sqrt(73^2 - 4*204))/2 = (73 +- sqrt(4513))/2
eig(K)
ans = 2x1
    2.9106
   70.0894

