package main

import "fmt"

func pick(values []int, i int) int {
	return values[i]
}

func main() {
	v := []int{1, 2, 3}
	fmt.Println("start")
	fmt.Println(pick(v, len(v)+2))
}
