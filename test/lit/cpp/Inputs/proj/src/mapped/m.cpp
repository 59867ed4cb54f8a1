// Mapped by .triggerlint.yaml: parsed although it has no handler markers.
int check(int x) { return x; }
