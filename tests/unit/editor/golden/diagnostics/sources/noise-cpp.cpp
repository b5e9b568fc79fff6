#include <cstdio>

int main()
{
    for (int h = 9; h < 12; ++h)
        std::printf("%02d:%02d:%02d tick %d:%d\n", h, h * 5 % 60, h * 7 % 60, h, h + 1);
    std::printf("grid:\n");
    for (int r = 0; r < 3; ++r)
        std::printf("  %d:%d:%d\n", r, r + 1, r + 2);
    std::printf("Answer: 42 (at line 7 of the input)\n");
    std::printf("warning: this is just text\nerror: so is this\n");
    std::printf("thread 'main' said hi\ngoroutine 7 [running]:\n");
    std::printf("stack traceback: none\n");
    std::printf("x.y:1:2:3\nmain.cpp is the file; main.cpp:x is not a location\n");
}
