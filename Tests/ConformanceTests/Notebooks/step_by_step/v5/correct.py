#!/usr/bin/env python
# coding: utf-8

# # Building your Deep Neural Network: Step by Step v5
# 
# In this notebook you will implement all the functions required to build a deep neural network.
# 
# (Test notebook written for DNNConformance; it imitates the layout of the course's notebook.)

# ## 1 - Packages
# 
# - numpy, matplotlib
# - dnn_utils_v2 provides some necessary functions for this notebook.
# - testCases_v3 provides some test cases to assess the correctness of your functions

# In[1]:


import numpy as np
import h5py
import matplotlib.pyplot as plt
from testCases_v3 import *
from dnn_utils_v2 import sigmoid, sigmoid_backward, relu, relu_backward
get_ipython().run_line_magic('matplotlib', 'inline')
plt.rcParams['figure.figsize'] = (5.0, 4.0) # set default size of plots
plt.rcParams['image.interpolation'] = 'nearest'
plt.rcParams['image.cmap'] = 'gray'

get_ipython().run_line_magic('load_ext', 'autoreload')
get_ipython().run_line_magic('autoreload', '2')

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
    ### START CODE HERE ###
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    ### END CODE HERE ###
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters


# In[3]:


parameters = initialize_parameters(3,2,1)
print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print("W2 = " + str(parameters["W2"]))
print("b2 = " + str(parameters["b2"]))


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
        ### START CODE HERE ###
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
        ### END CODE HERE ###
        assert parameters["W" + str(l)].shape == (layer_dims[l], layer_dims[l - 1])
    return parameters


# In[5]:


parameters = initialize_parameters_deep([5,4,3])
print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print("W2 = " + str(parameters["W2"]))
print("b2 = " + str(parameters["b2"]))


# ## 4 - Forward Propagation Module
# 
# ### Exercise 3 - linear_forward
# 
# $Z^{[l]} = W^{[l]}A^{[l-1]} + b^{[l]}$

# In[6]:


# GRADED FUNCTION: linear_forward

def linear_forward(A, W, b):
    """Z = W A + b, keeping (A, W, b) for the backward pass."""
    ### START CODE HERE ###
    Z = np.dot(W, A) + b
    ### END CODE HERE ###
    assert Z.shape == (W.shape[0], A.shape[1])
    cache = (A, W, b)
    return Z, cache


# In[7]:


A, W, b = linear_forward_test_case()
Z, linear_cache = linear_forward(A, W, b)
print("Z = " + str(Z))


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


A_prev, W, b = linear_activation_forward_test_case()

A, linear_activation_cache = linear_activation_forward(A_prev, W, b, activation = "sigmoid")
print("With sigmoid: A = " + str(A))

A, linear_activation_cache = linear_activation_forward(A_prev, W, b, activation = "relu")
print("With ReLU: A = " + str(A))


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


X, parameters = L_model_forward_test_case_2hidden()
AL, caches = L_model_forward(X, parameters)
print("AL = " + str(AL))
print("Length of caches list = " + str(len(caches)))


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
    ### START CODE HERE ###
    cost = -np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)) / m
    ### END CODE HERE ###
    cost = np.squeeze(cost)
    assert cost.shape == ()
    return cost


# In[13]:


Y, AL = compute_cost_test_case()
cost = compute_cost(AL, Y)

print("Cost: " + str(cost))


# ## 6 - Backward Propagation Module
# 
# ### Exercise 7 - linear_backward

# In[14]:


# GRADED FUNCTION: linear_backward

def linear_backward(dZ, cache):
    """Gradients of the linear step of one layer from dZ."""
    A_prev, W, b = cache
    m = A_prev.shape[1]
    ### START CODE HERE ###
    dW = 1 / m * np.dot(dZ, A_prev.T)
    db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    ### END CODE HERE ###
    return dA_prev, dW, db


# In[15]:


dZ, linear_cache = linear_backward_test_case()
dA_prev, dW, db = linear_backward(dZ, linear_cache)

print("dA_prev: " + str(dA_prev))
print("dW: " + str(dW))
print("db: " + str(db))


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


dAL, linear_activation_cache = linear_activation_backward_test_case()

dA_prev, dW, db = linear_activation_backward(dAL, linear_activation_cache, activation = "sigmoid")
print("With sigmoid: dA_prev = " + str(dA_prev))
print("With sigmoid: dW = " + str(dW))
print("With sigmoid: db = " + str(db))

dA_prev, dW, db = linear_activation_backward(dAL, linear_activation_cache, activation = "relu")
print("With relu: dA_prev = " + str(dA_prev))
print("With relu: dW = " + str(dW))
print("With relu: db = " + str(db))


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
    ### START CODE HERE ###
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    current_cache = caches[L - 1]
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, current_cache, "sigmoid")
    grads["dA" + str(L)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    ### END CODE HERE ###
    for l in reversed(range(L - 1)):
        current_cache = caches[l]
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 2)], current_cache, "relu")
        grads["dA" + str(l + 1)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads


# In[19]:


AL, Y_assess, caches = L_model_backward_test_case()
grads = L_model_backward(AL, Y_assess, caches)
print_grads(grads)


# ### Exercise 10 - update_parameters
# 
# $W^{[l]} = W^{[l]} - \alpha \, dW^{[l]}$, $b^{[l]} = b^{[l]} - \alpha \, db^{[l]}$

# In[20]:


# GRADED FUNCTION: update_parameters

def update_parameters(parameters, grads, learning_rate):
    """One step of gradient descent on every W and b."""
    L = len(parameters) // 2
    for l in range(L):
        ### START CODE HERE ###
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
        ### END CODE HERE ###
    return parameters


# In[21]:


parameters, grads = update_parameters_test_case()
parameters = update_parameters(parameters, grads, 0.1)

print ("W1 = "+ str(parameters["W1"]))
print ("b1 = "+ str(parameters["b1"]))
print ("W2 = "+ str(parameters["W2"]))
print ("b2 = "+ str(parameters["b2"]))


# ### Congratulations!
# 
# You've implemented all the functions required for building a deep neural network.
