#pragma once

#include <cstddef>

// Whole reads and writes on a pipe or socket, across short transfers and EINTR. False at end of
// file or on an error (errno tells which).
bool readExactly(int fd, char *data, size_t size);
bool writeExactly(int fd, const char *data, size_t size);
