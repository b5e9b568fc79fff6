import java.util.*;

public class Main {
    static int total(List<Integer> values) {
        int sum = 0;
        for (int v : values)
            sum += v;
        return sum;
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        List<Integer> values = new ArrayList<>();
        values.add(count);
        String s = total(values);
        System.out.println(s);
    }
}
