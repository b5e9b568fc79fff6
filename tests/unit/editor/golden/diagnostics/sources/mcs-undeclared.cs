using System;

class Program {
    static int Total(int[] values) {
        int sum = 0;
        foreach (var v in values)
            sum += v;
        return sum + offset;
    }

    static void Main() {
        int unused;
        Console.WriteLine(Total(new[] { 1, 2, 3 }));
    }
}
