const assert = require("assert");

function check(values) {
    assert(values.length === 2);
}

check([1, 2, 3]);
