#include "SeccompFilter.h"

#include <cerrno>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

struct Rule {
    int syscall;
    int error; // what the call fails with
    std::vector<scmp_arg_cmp> only; // denied only when all of these hold; always when empty
};

// int and unsigned int arguments: the kernel ignores the register's upper half, so the filter must
// too, or a value with garbage above bit 31 would slip past an equality test.
scmp_arg_cmp intArgument(unsigned arg, uint32_t value)
{
    return {arg, SCMP_CMP_MASKED_EQ, 0xffffffff, value};
}

// socket()'s type argument carries SOCK_NONBLOCK and SOCK_CLOEXEC above the type bits.
scmp_arg_cmp socketType(int type)
{
    return {1, SCMP_CMP_MASKED_EQ, 0xf, uint64_t(type)};
}

scmp_arg_cmp cloneFlag(uint64_t flag)
{
    return {0, SCMP_CMP_MASKED_EQ, flag, flag};
}

std::vector<Rule> rules()
{
    std::vector<Rule> rules = {
        // Reaching into other processes: the box's processes share a uid, so these would let one
        // read, rewrite and steer another. No program needs a debugger's powers.
        {SCMP_SYS(ptrace), EPERM, {}},
        {SCMP_SYS(process_vm_readv), EPERM, {}},
        {SCMP_SYS(process_vm_writev), EPERM, {}},
        {SCMP_SYS(pidfd_getfd), EPERM, {}},
        // Setting another process's limits: init shares the program's uid, and a lowered
        // RLIMIT_NOFILE would make its poll() fail and lose the box's report. A process's own
        // limits (pid 0) stay settable, and reading any is harmless. (The pid is compared on all
        // 64 bits: upper-half garbage fails closed.)
        {SCMP_SYS(prlimit64), EPERM, {{0, SCMP_CMP_NE, 0, 0}, {2, SCMP_CMP_NE, 0, 0}}},
        // Namespaces: a user namespace gives back every capability in it (the door to most
        // kernel exploits), the others undo the box's own. clone3 passes its flags in memory,
        // which a filter cannot read: ENOSYS makes glibc fall back to clone, checked here.
        // (clone cannot ask for CLONE_NEWTIME: that bit is part of its exit signal.)
        {SCMP_SYS(unshare), EPERM, {}},
        {SCMP_SYS(setns), EPERM, {}},
        {SCMP_SYS(clone3), ENOSYS, {}},
        {SCMP_SYS(clone), EPERM, {cloneFlag(CLONE_NEWNS)}},
        {SCMP_SYS(clone), EPERM, {cloneFlag(CLONE_NEWCGROUP)}},
        {SCMP_SYS(clone), EPERM, {cloneFlag(CLONE_NEWUTS)}},
        {SCMP_SYS(clone), EPERM, {cloneFlag(CLONE_NEWIPC)}},
        {SCMP_SYS(clone), EPERM, {cloneFlag(CLONE_NEWUSER)}},
        {SCMP_SYS(clone), EPERM, {cloneFlag(CLONE_NEWPID)}},
        {SCMP_SYS(clone), EPERM, {cloneFlag(CLONE_NEWNET)}},
        // The filesystem the box was given is the one it keeps (old and new mount API).
        {SCMP_SYS(mount), EPERM, {}},
        {SCMP_SYS(umount2), EPERM, {}},
        {SCMP_SYS(pivot_root), EPERM, {}},
        {SCMP_SYS(chroot), EPERM, {}},
        {SCMP_SYS(open_tree), EPERM, {}},
        {SCMP_SYS(move_mount), EPERM, {}},
        {SCMP_SYS(mount_setattr), EPERM, {}},
        {SCMP_SYS(fsopen), EPERM, {}},
        {SCMP_SYS(fsconfig), EPERM, {}},
        {SCMP_SYS(fsmount), EPERM, {}},
        {SCMP_SYS(fspick), EPERM, {}},
        // Large kernel attack surfaces no program in a box needs: eBPF, perf, userfaultfd (it
        // lets an exploit stall the kernel mid-copy), keyrings, io_uring (runtimes fall back to
        // plain syscalls), 16-bit segments.
        {SCMP_SYS(bpf), EPERM, {}},
        {SCMP_SYS(perf_event_open), EPERM, {}},
        {SCMP_SYS(userfaultfd), EPERM, {}},
        {SCMP_SYS(keyctl), EPERM, {}},
        {SCMP_SYS(add_key), EPERM, {}},
        {SCMP_SYS(request_key), EPERM, {}},
        {SCMP_SYS(io_uring_setup), EPERM, {}},
        {SCMP_SYS(io_uring_enter), EPERM, {}},
        {SCMP_SYS(io_uring_register), EPERM, {}},
        {SCMP_SYS(modify_ldt), EPERM, {}},
        // The machine's own business: kernel code, power, swap, clocks, names, accounting,
        // quotas, raw I/O ports. All need capabilities the box does not have; denied outright.
        {SCMP_SYS(kexec_load), EPERM, {}},
        {SCMP_SYS(kexec_file_load), EPERM, {}},
        {SCMP_SYS(reboot), EPERM, {}},
        {SCMP_SYS(init_module), EPERM, {}},
        {SCMP_SYS(finit_module), EPERM, {}},
        {SCMP_SYS(delete_module), EPERM, {}},
        {SCMP_SYS(swapon), EPERM, {}},
        {SCMP_SYS(swapoff), EPERM, {}},
        {SCMP_SYS(settimeofday), EPERM, {}},
        {SCMP_SYS(clock_settime), EPERM, {}},
        {SCMP_SYS(clock_adjtime), EPERM, {}},
        {SCMP_SYS(adjtimex), EPERM, {}},
        {SCMP_SYS(sethostname), EPERM, {}},
        {SCMP_SYS(setdomainname), EPERM, {}},
        {SCMP_SYS(acct), EPERM, {}},
        {SCMP_SYS(quotactl), EPERM, {}},
        {SCMP_SYS(quotactl_fd), EPERM, {}},
        {SCMP_SYS(iopl), EPERM, {}},
        {SCMP_SYS(ioperm), EPERM, {}},
        // File handles bypass directory permissions (open_by_handle_at was the "shocker"
        // container escape); name_to_handle_at goes with it.
        {SCMP_SYS(open_by_handle_at), EPERM, {}},
        {SCMP_SYS(name_to_handle_at), EPERM, {}},
        {SCMP_SYS(lookup_dcookie), EPERM, {}},
        // Raw and packet sockets: crafted packets, sniffing. Netlink sockets, raw by nature, stay
        // allowed: glibc's getifaddrs() and if_nameindex() use them, and they see only the box's
        // own network namespace (just lo), which the box cannot change without CAP_NET_ADMIN.
        // (The family test is on all 64 bits: upper-half garbage fails closed.)
        {SCMP_SYS(socket), EPERM, {intArgument(0, AF_PACKET)}},
        // vsock is not network-namespaced: it would reach the hypervisor past the box's lo.
        {SCMP_SYS(socket), EPERM, {intArgument(0, AF_VSOCK)}},
        {SCMP_SYS(socket), EPERM, {{0, SCMP_CMP_NE, AF_NETLINK, 0}, socketType(SOCK_RAW)}},
        {SCMP_SYS(socket), EPERM, {socketType(SOCK_PACKET)}},
        // Typing into, or driving, a terminal the box's stdin might be.
        {SCMP_SYS(ioctl), EPERM, {intArgument(1, TIOCSTI)}},
        {SCMP_SYS(ioctl), EPERM, {intArgument(1, TIOCLINUX)}},
    };
    // personality: only PER_LINUX (0) and the query (0xffffffff). The other values weaken the
    // memory layout of what the box executes next (ADDR_NO_RANDOMIZE turns ASLR off,
    // READ_IMPLIES_EXEC makes all memory executable, MMAP_PAGE_ZERO maps page zero) or select
    // other systems' ABIs; none is needed to run a program. libseccomp tests an argument only
    // once per rule, so "neither all zeros nor all ones" is written as: some bit i is set
    // while bit i+1 (cyclically) is clear, one rule per i. Only the low 32 bits count.
    for (unsigned bit = 0; bit < 32; ++bit) {
        const uint32_t set = 1u << bit;
        const uint32_t clear = 1u << ((bit + 1) % 32);
        rules.push_back({SCMP_SYS(personality), EPERM, {{0, SCMP_CMP_MASKED_EQ, set | clear, set}}});
    }
    return rules;
}

// The filter as a classic BPF program, or an empty one if it cannot be built.
std::vector<sock_filter> compile(scmp_filter_ctx context)
{
    // Foreign architectures are not in the filter (seccomp_init adds only the native one, and
    // libseccomp's x86_64 filter counts x32 as foreign); their syscalls kill the process.
    // This also covers vm86 and the other i386-only calls.
    if (seccomp_attr_set(context, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS) != 0)
        return {};
    // A binary tree of syscall numbers, not a list: at install the kernel runs the filter for
    // every syscall number to cache which are always allowed, with interrupts off, and each
    // syscall the program makes walks the filter too.
    if (seccomp_attr_set(context, SCMP_FLTATR_CTL_OPTIMIZE, 2) != 0)
        return {};
    for (const Rule &rule : rules()) {
        if (seccomp_rule_add_exact_array(context, SCMP_ACT_ERRNO(rule.error), rule.syscall,
                                         unsigned(rule.only.size()), rule.only.data()) != 0)
            return {};
    }
    // libseccomp 2.5 exports only to a file descriptor.
    const int fd = memfd_create("runpad-seccomp", MFD_CLOEXEC);
    if (fd < 0)
        return {};
    std::vector<sock_filter> program;
    const off_t size = seccomp_export_bpf(context, fd) == 0 ? lseek(fd, 0, SEEK_END) : -1;
    if (size > 0 && size % sizeof(sock_filter) == 0) {
        program.resize(size_t(size) / sizeof(sock_filter));
        if (pread(fd, program.data(), size_t(size), 0) != size)
            program.clear();
    }
    close(fd);
    return program;
}

} // namespace

SeccompFilter::SeccompFilter()
{
    if (scmp_filter_ctx context = seccomp_init(SCMP_ACT_ALLOW)) {
        m_program = compile(context);
        seccomp_release(context);
    }
}

const SeccompFilter &SeccompFilter::forBoxes()
{
    static const SeccompFilter filter;
    return filter;
}

bool SeccompFilter::install() const
{
    const sock_fprog program{static_cast<unsigned short>(m_program.size()),
                             const_cast<sock_filter *>(m_program.data())};
    return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) == 0;
}
