const config = JSON.parse('{"size": 3}');

class Grid {
    constructor(cfg) {
        this.cells = new Array(cfg.size).fill(0);
    }
    at(i) {
        return this.rows[i].value;
    }
}

setTimeout(() => {
    const g = new Grid(config);
    console.log(g.at(1));
}, 0);
