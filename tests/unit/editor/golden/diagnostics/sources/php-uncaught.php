<?php
function ratio(int $a, int $b): int {
    if ($b === 0) {
        throw new InvalidArgumentException("division by zero");
    }
    return intdiv($a, $b);
}

function report(array $pairs): void {
    foreach ($pairs as [$a, $b]) {
        echo ratio($a, $b), "\n";
    }
}

report([[4, 2], [1, 0]]);
