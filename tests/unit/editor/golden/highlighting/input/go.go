package main

import (
	"bufio"
	"fmt"
	"os"
)

// 단어 수 세기 📚
func main() {
	scanner := bufio.NewScanner(os.Stdin)
	count := 0
	for scanner.Scan() {
		count += len(scanner.Text())
	}
	raw := `원시 문자열 \n 🎈`
	var r rune = 'x'
	if count > 0x10 {
		fmt.Println("많다", count, raw, r, nil, true)
	}
}
