#pragma once

#include <linux/filter.h>
#include <vector>

// The box's seccomp filter: every syscall is allowed but a table of explicit denials (the kernel
// interfaces a program has no business using, most of which would need privileges the box lacks
// anyway), and syscalls of any architecture but x86_64 (i386's int $0x80, x32) kill the process.
// Compiled to a BPF program in the helper, installed in the program just before execve.
class SeccompFilter {
public:
    // The filter every box gets, compiled with libseccomp (which allocates) on first use: in
    // the helper, before the first clone, and only once.
    static const SeccompFilter &forBoxes();

    // In the program, just before execve (no_new_privs is already set): installs the compiled
    // program with seccomp(2), a syscall only. False with errno on failure; a filter that could
    // not be compiled is empty, and the kernel refuses it (EINVAL), so the box never runs without.
    bool install() const;

private:
    SeccompFilter();

    std::vector<sock_filter> m_program;
};
