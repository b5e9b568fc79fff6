import java.util.Scanner;

/**
 * Reads a name and greets it.
 * @param args 사용하지 않음
 */
public class Main {
    private static final int LIMIT = 1_000;

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        String name = in.hasNext() ? in.next() : "세계 🌏";
        for (int i = 0; i < 3 && i < LIMIT; i++) {
            System.out.println("Hello, " + name + '!');
        }
        double x = 2.5f; // 주석
        boolean ok = x > 1 || name == null;
    }
}
