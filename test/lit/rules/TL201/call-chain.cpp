// A handler whose code is a chain of 48 functions, each calling the next twice with the event
// (Inputs/call_chain.py): 2^48 call paths reach the throw at the bottom, all in the same state. The
// expansion follows each function once per state, so the run ends in seconds (following every
// path, it did not end in 5 minutes) and reports the throw once, with the first path as notes.
// RUN: %python %S/Inputs/call_chain.py 48 > %t.cpp
// RUN: timeout 60 %triggerlint %t.cpp -- -std=c++20 > %t.out; echo "status $?" >> %t.out
// RUN: FileCheck %s < %t.out --implicit-check-not="{{warning|error}}:"
// CHECK: {{.*}}.cpp:8:5: error: 'throw std::runtime_error' escapes the handler and fails the PostAuthentication trigger{{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}.cpp:60:3: note: called from here
// CHECK-NEXT: {{.*}}.cpp:56:48: note: called from here
// CHECK-COUNT-46: {{.*}}.cpp:{{[0-9]+}}:{{48|49}}: note: called from here
// CHECK-NEXT: {{.*}}.cpp:57:1: note: annotated here as a PostAuthentication handler
// CHECK-NEXT: {{.*}}.cpp:8:5: error: 'throw std::runtime_error' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK: status 1
//
// A shallower call of a function reached before only at the depth bound (64 calls) follows its
// calls again: the throw 70 calls down through f0 is 10 calls down through the handler's call of f60.
// RUN: %python %S/Inputs/call_chain.py 70 60 > %t-direct.cpp
// RUN: timeout 60 %triggerlint %t-direct.cpp -- -std=c++20 > %t-direct.out; echo "status $?" >> %t-direct.out
// RUN: FileCheck %s --check-prefix=DIRECT < %t-direct.out --implicit-check-not="{{warning|error}}:"
// DIRECT: {{.*}}-direct.cpp:8:5: error: 'throw std::runtime_error' escapes the handler and fails the PostAuthentication trigger{{.*}} [TL201 post-auth-blocking]
// DIRECT-NEXT: {{.*}}-direct.cpp:83:3: note: called from here
// DIRECT-NEXT: {{.*}}-direct.cpp:18:49: note: called from here
// DIRECT: {{.*}}-direct.cpp:10:49: note: called from here
// DIRECT-NEXT: {{.*}}-direct.cpp:79:1: note: annotated here as a PostAuthentication handler
// DIRECT-NEXT: {{.*}}-direct.cpp:8:5: error: 'throw std::runtime_error' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// DIRECT: status 1
// REQUIRES: clang-frontend
