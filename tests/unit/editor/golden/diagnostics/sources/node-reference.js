function parse(line) {
    return Number(line) + offset;
}

function total(lines) {
    return lines.map(parse).reduce((a, b) => a + b, 0);
}

console.log("start");
console.log(total(["1", "2"]));
