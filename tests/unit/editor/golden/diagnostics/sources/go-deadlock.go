package main

import "fmt"

func main() {
	results := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-results)
}
