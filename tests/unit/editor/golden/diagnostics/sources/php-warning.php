<?php
function greet(string $name): string {
    return "Hello, " . $nmae . "!";
}
echo greet("Ada"), "\n";
echo undefined_function(3), "\n";
