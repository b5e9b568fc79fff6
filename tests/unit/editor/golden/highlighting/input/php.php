<?php
// 인사 🐘
function greet(string $name): string
{
    return "Hello, $name! 안녕";
}

$name = trim(fgets(STDIN));
if ($name === '') {
    $name = 'world';
}
/* 출력 */
echo greet($name), "\n", 42, PHP_EOL;
