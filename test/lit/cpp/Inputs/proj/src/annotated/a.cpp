// triggerlint: trigger=CustomMessage
int handle(int x) { return x; }
