'use strict';
const lines = require('fs').readFileSync(0, 'utf8').split('\n');

/* 합계 계산 🧮 */
function sum(values) {
  let total = 0;
  for (const v of values) {
    total += Number(v);
  }
  return total;
}

const re = /^\d+$/g;
const greeting = `안녕, ${lines[0]} 👋`;
console.log(greeting, sum(lines.filter((l) => re.test(l))), null, undefined, 0x10);
