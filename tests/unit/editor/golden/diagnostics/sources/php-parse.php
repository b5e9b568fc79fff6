<?php
$values = [1, 2, 3];
foreach ($values as $v) {
    echo $v . "\n"
}
