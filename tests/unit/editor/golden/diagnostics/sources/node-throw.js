function check(n) {
    if (n > 2) throw "too big: " + n;
    return n;
}
[1, 2, 3].forEach(check);
