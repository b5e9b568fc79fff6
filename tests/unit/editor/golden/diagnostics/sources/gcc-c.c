#include <stdio.h>

int main(void)
{
    int n = read_number();
    printf("%d\n", n)
    return 0;
}
