count() {
    for x in 1 2 3; do
        echo "$x"
}
count
