import java.util.*;

public class Main {
    static int ratio(int a, int b) {
        return a / b;
    }

    static int parse(String s) {
        return Integer.parseInt(s);
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            parse("x1");
        } catch (NumberFormatException e) {
            System.out.println(ratio(4, 0));
        }
    }
}
