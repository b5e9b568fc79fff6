#pragma once

// The box's network namespace: only a loopback interface, which is brought up.
class Network {
public:
    // Syscalls only; false if the interface could not be brought up (errno tells why).
    static bool bringUpLoopback();
};
