#!/usr/bin/env python
# coding: utf-8

# # Building your Deep Neural Network: Step by Step
# 
# In this notebook you will implement all the functions required to build a deep neural network.
# 
# (Test notebook written for DNNConformance; it imitates the layout of the course's notebook.)

# ## 1 - Packages
# 
# - numpy, matplotlib
# - dnn_utils provides some necessary functions for this notebook.
# - testCases provides some test cases to assess the correctness of your functions

# In[1]:


import numpy as np
import h5py
import matplotlib.pyplot as plt
from testCases import *
from dnn_utils import sigmoid, sigmoid_backward, relu, relu_backward
from public_tests import *

import copy
%matplotlib inline
plt.rcParams['figure.figsize'] = (5.0, 4.0) # set default size of plots
plt.rcParams['image.interpolation'] = 'nearest'
plt.rcParams['image.cmap'] = 'gray'

%load_ext autoreload
%autoreload 2

np.random.seed(1)


# ## 3 - Initialization
# 
# ### Exercise 1 - initialize_parameters
# 
# Create and initialize the parameters of the 2-layer neural network (LINEAR -> RELU -> LINEAR -> SIGMOID).

# In[2]:


# GRADED FUNCTION: initialize_parameters

def initialize_parameters(n_x, n_h, n_y):
    """Two-layer network: small random weights, zero biases."""
    np.random.seed(1)
    # YOUR CODE STARTS HERE
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    # YOUR CODE ENDS HERE
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters


# In[3]:


parameters = initialize_parameters(3,2,1)
print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print("W2 = " + str(parameters["W2"]))
print("b2 = " + str(parameters["b2"]))

initialize_parameters_test(initialize_parameters)


# ### Exercise 2 - initialize_parameters_deep
# 
# Initialize an L-layer network; `layer_dims` holds the size of every layer.

# In[4]:


# GRADED FUNCTION: initialize_parameters_deep

def initialize_parameters_deep(layer_dims):
    """L-layer network: seed 3, weights randn * 0.01, zero biases."""
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        # YOUR CODE STARTS HERE
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
        # YOUR CODE ENDS HERE
        assert parameters["W" + str(l)].shape == (layer_dims[l], layer_dims[l - 1])
    return parameters


# In[5]:


parameters = initialize_parameters_deep([5,4,3])
print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print("W2 = " + str(parameters["W2"]))
print("b2 = " + str(parameters["b2"]))

initialize_parameters_deep_test(initialize_parameters_deep)


# ## 4 - Forward Propagation Module
# 
# ### Exercise 3 - linear_forward
# 
# $Z^{[l]} = W^{[l]}A^{[l-1]} + b^{[l]}$

# In[6]:


# GRADED FUNCTION: linear_forward

def linear_forward(A, W, b):
    """Z = W A + b, keeping (A, W, b) for the backward pass."""
    # YOUR CODE STARTS HERE
    Z = np.dot(W, A) + b
    # YOUR CODE ENDS HERE
    cache = (A, W, b)
    return Z, cache


# In[7]:


t_A, t_W, t_b = linear_forward_test_case()
t_Z, t_linear_cache = linear_forward(t_A, t_W, t_b)
print("Z = " + str(t_Z))

linear_forward_test(linear_forward)


# ### Exercise 4 - linear_activation_forward
# 
# LINEAR -> ACTIVATION, with `sigmoid` or `relu` from the helper module.

# In[8]:


# GRADED FUNCTION: linear_activation_forward

def linear_activation_forward(A_prev, W, b, activation):
    """One layer: the linear step, then sigmoid or relu."""
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    cache = (linear_cache, activation_cache)
    return A, cache


# In[9]:


t_A_prev, t_W, t_b = linear_activation_forward_test_case()

t_A, t_linear_activation_cache = linear_activation_forward(t_A_prev, t_W, t_b, activation = "sigmoid")
print("With sigmoid: A = " + str(t_A))

t_A, t_linear_activation_cache = linear_activation_forward(t_A_prev, t_W, t_b, activation = "relu")
print("With ReLU: A = " + str(t_A))

linear_activation_forward_test(linear_activation_forward)


# ### Exercise 5 - L_model_forward
# 
# [LINEAR -> RELU] $\times$ (L-1) -> LINEAR -> SIGMOID.

# In[10]:


# GRADED FUNCTION: L_model_forward

def L_model_forward(X, parameters):
    """[LINEAR -> RELU] * (L-1) -> LINEAR -> SIGMOID, collecting every layer's cache."""
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches


# In[11]:


t_X, t_parameters = L_model_forward_test_case_2hidden()
t_AL, t_caches = L_model_forward(t_X, t_parameters)
print("AL = " + str(t_AL))

L_model_forward_test(L_model_forward)


# ## 5 - Cost Function
# 
# ### Exercise 6 - compute_cost
# 
# The cross-entropy cost $J$.

# In[12]:


# GRADED FUNCTION: compute_cost

def compute_cost(AL, Y):
    """Cross-entropy cost averaged over the m examples."""
    m = Y.shape[1]
    # YOUR CODE STARTS HERE
    cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    # YOUR CODE ENDS HERE
    cost = np.squeeze(cost)
    return cost


# In[13]:


t_Y, t_AL = compute_cost_test_case()
t_cost = compute_cost(t_AL, t_Y)

print("Cost: " + str(t_cost))

compute_cost_test(compute_cost)


# ## 6 - Backward Propagation Module
# 
# ### Exercise 7 - linear_backward

# In[14]:


# GRADED FUNCTION: linear_backward

def linear_backward(dZ, cache):
    """Gradients of the linear step of one layer from dZ."""
    A_prev, W, b = cache
    m = A_prev.shape[1]
    # YOUR CODE STARTS HERE
    dW = 1 / m * np.dot(dZ, A_prev.T)
    db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    # YOUR CODE ENDS HERE
    return dA_prev, dW, db


# In[15]:


t_dZ, t_linear_cache = linear_backward_test_case()
t_dA_prev, t_dW, t_db = linear_backward(t_dZ, t_linear_cache)

print("dA_prev: " + str(t_dA_prev))
print("dW: " + str(t_dW))
print("db: " + str(t_db))

linear_backward_test(linear_backward)


# ### Exercise 8 - linear_activation_backward

# In[16]:


# GRADED FUNCTION: linear_activation_backward

def linear_activation_backward(dA, cache, activation):
    """Backward step of one LINEAR -> ACTIVATION layer."""
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db


# In[17]:


t_dAL, t_linear_activation_cache = linear_activation_backward_test_case()

t_dA_prev, t_dW, t_db = linear_activation_backward(t_dAL, t_linear_activation_cache, activation = "sigmoid")
print("With sigmoid: dA_prev = " + str(t_dA_prev))
print("With sigmoid: dW = " + str(t_dW))
print("With sigmoid: db = " + str(t_db))

t_dA_prev, t_dW, t_db = linear_activation_backward(t_dAL, t_linear_activation_cache, activation = "relu")
print("With relu: dA_prev = " + str(t_dA_prev))
print("With relu: dW = " + str(t_dW))
print("With relu: db = " + str(t_db))

linear_activation_backward_test(linear_activation_backward)


# ### Exercise 9 - L_model_backward
# 
# Store every dA, dW and db in the `grads` dictionary.

# In[18]:


# GRADED FUNCTION: L_model_backward

def L_model_backward(AL, Y, caches):
    """Backward pass of the whole model, from the sigmoid output layer down to layer 1."""
    grads = {}
    L = len(caches)
    m = AL.shape[1]
    Y = Y.reshape(AL.shape)
    # YOUR CODE STARTS HERE
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    current_cache = caches[L - 1]
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, current_cache, "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    # YOUR CODE ENDS HERE
    for l in reversed(range(L - 1)):
        current_cache = caches[l]
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], current_cache, "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads


# In[19]:


t_AL, t_Y_assess, t_caches = L_model_backward_test_case()
grads = L_model_backward(t_AL, t_Y_assess, t_caches)

print("dA0 = " + str(grads['dA0']))
print("dA1 = " + str(grads['dA1']))
print("dW1 = " + str(grads['dW1']))
print("dW2 = " + str(grads['dW2']))
print("db1 = " + str(grads['db1']))
print("db2 = " + str(grads['db2']))

L_model_backward_test(L_model_backward)


# ### Exercise 10 - update_parameters
# 
# $W^{[l]} = W^{[l]} - \alpha \, dW^{[l]}$, $b^{[l]} = b^{[l]} - \alpha \, db^{[l]}$

# In[20]:


# GRADED FUNCTION: update_parameters

def update_parameters(params, grads, learning_rate):
    """One step of gradient descent on every W and b (on a copy of params)."""
    parameters = copy.deepcopy(params)
    L = len(parameters) // 2
    for l in range(L):
        # YOUR CODE STARTS HERE
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
        # YOUR CODE ENDS HERE
    return parameters


# In[21]:


t_parameters, grads = update_parameters_test_case()
t_parameters = update_parameters(t_parameters, grads, 0.1)

print ("W1 = "+ str(t_parameters["W1"]))
print ("b1 = "+ str(t_parameters["b1"]))
print ("W2 = "+ str(t_parameters["W2"]))
print ("b2 = "+ str(t_parameters["b2"]))

update_parameters_test(update_parameters)


# ### Congratulations!
# 
# You've implemented all the functions required for building a deep neural network.
