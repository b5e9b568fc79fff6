public class Main {
    public static void main(String[] args) {
        int x = 3
        System.out.println(x);
    }
}
