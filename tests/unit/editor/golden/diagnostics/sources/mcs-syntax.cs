using System;

class Program {
    static void Main() {
        int x = 3
        Console.WriteLine(x);
    }
}
