package main

import (
	"fmt"
	"os"
)

func total(values []int) int {
	sum := 0
	for _, v := range values {
		sum += v
	}
	return sum + offset
}

func main() {
	fmt.Println(total([]int{1, 2, 3}))
}
