#pragma once

#include "SandboxConfig.h"

#include <string>
#include <vector>

// The box's root filesystem: a tmpfs holding read-only binds of the host's toolchain
// directories, a minimal /dev, a fresh /proc, a private /tmp and the box directory as /box,
// switched to with pivot_root. Planned in the helper, built by the box's init.
//
// The read-only part (host directories, /etc entries, /dev) is the same in every box. A
// privileged daemon builds it once (buildShared) and each box binds it whole, a few mounts
// instead of dozens; a one-shot run or a rootless box builds it in the box itself.
class RootFs {
public:
    // A host path bound into the box at boxPath (`run --dir`), read-only unless writable.
    struct Bind {
        std::string hostPath; // absolute, without links
        std::string boxPath;
        bool writable = false;
    };

    // extraBinds go on top of the box's own mounts (`runpad-sandbox run --dir`). With
    // a config.sharedRoot, the read-only part is bound from there.
    RootFs(const SandboxConfig &config, const std::string &newRoot, const std::string &boxDir,
           const std::vector<Bind> &extraBinds);
    // In the privileged helper, in its own mount namespace, once: the read-only part on a tmpfs
    // at path, made read-only, and config->sharedRoot set to it. False with the reason.
    static bool buildShared(SandboxConfig *config, const std::string &path, std::string *error);
    // Whether a host file (a toolchain) is in the box, at the same path, once links are
    // resolved: under one of the host directories every box binds.
    static bool showsHostFile(const std::string &path);
    // Whether boxPath can take a bind: absolute and normal, and not /, /box, /proc or /dev
    // (the box's own mounts); false with the reason.
    static bool isValidBoxPath(const std::string &boxPath, std::string *error);

    // Runs in the box's init, in its new mount namespace: syscalls only. Returns nullptr, or
    // the step that failed (errno tells why).
    const char *build() const;

private:
    // SafeDir: a directory on the way to an extra bind, refused if a link is there already.
    // BindTree: a recursive bind of the shared part, whose mounts are read-only already.
    // Text: a file of the box's own, with data as its content.
    enum class Kind { Dir, SafeDir, File, Text, Symlink, Bind, BindTree, Mount, RemountReadOnly };
    struct Step {
        Kind kind;
        std::string target; // absolute, below the new root
        std::string source;
        std::string type; // filesystem type, for Mount
        std::string data; // mount options, for Mount; the content, for Text
        unsigned long flags = 0;
        std::string what;
    };

    // Plans the read-only part under base (the box's root, or the shared part's).
    void addReadOnlyPart(const SandboxConfig &config, const std::string &base);
    // Plans binding the shared part's entries into the box's root.
    void addSharedPart(const SandboxConfig::SharedRoot &shared);
    void addHostPath(const std::string &base, const std::string &hostPath, unsigned long flags);
    void addExtraBind(const Bind &bind);
    void addMount(const std::string &base, const std::string &target, const std::string &type,
                  unsigned long flags, const std::string &data);
    // Carries out steps; nullptr, or the step that failed.
    const char *run() const;

    RootFs() = default;

    std::string m_root;
    std::vector<Step> m_steps;
};
