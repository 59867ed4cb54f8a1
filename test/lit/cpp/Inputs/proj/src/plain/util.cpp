// Not a handler: no runtime, no trigger sources. Never parsed.
int add(int a, int b) { return a + b; }
