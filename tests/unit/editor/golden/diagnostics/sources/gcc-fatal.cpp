#include <iostream>
#include "helpers.h"

int main() { std::cout << helper() << "\n"; }
