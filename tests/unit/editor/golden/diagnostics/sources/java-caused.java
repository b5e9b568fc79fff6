public class Main {
    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("bad config value", e);
        }
    }

    public static void main(String[] args) {
        System.out.println(parse("12a"));
    }
}
