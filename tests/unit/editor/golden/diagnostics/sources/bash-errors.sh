echo "start"
resutl=$(seq 3 | paste -sd+ | bc)
echo "$((resutl +))"
frobnicate --all
