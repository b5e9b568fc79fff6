#include "PeerPolicy.h"

#include <algorithm>
#include <cerrno>
#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

bool PeerPolicy::allowGroup(const std::string &group, std::string *error)
{
    const bool numeric =
        !group.empty() && group.find_first_not_of("0123456789") == std::string::npos;
    errno = 0;
    const ::group *entry = numeric ? getgrgid(gid_t(std::stoul(group))) : getgrnam(group.c_str());
    if (entry) {
        m_gids.push_back(entry->gr_gid);
        m_groupNames.push_back(entry->gr_name);
    } else if (numeric) {
        // A gid need not have a name: membership is checked by number.
        m_gids.push_back(gid_t(std::stoul(group)));
        m_groupNames.push_back(group);
    } else {
        *error = "--allow-group: there is no group '" + group + "'";
        return false;
    }
    return true;
}

bool PeerPolicy::allows(int socket, std::string *refusal) const
{
    ucred peer{};
    socklen_t length = sizeof peer;
    if (getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0) {
        *refusal = "permission denied: the sandbox cannot tell who is connecting";
        return false;
    }
    if (peer.uid == 0 || peer.uid == geteuid() ||
        std::find(m_uids.begin(), m_uids.end(), peer.uid) != m_uids.end() ||
        inAllowedGroup(socket, peer.uid, peer.gid))
        return true;
    *refusal = "permission denied: uid " + std::to_string(peer.uid) +
               " may not use this sandbox; it serves " + whoIsServed();
    return false;
}

// SO_PEERGROUPS is what the kernel recorded at connect(): the groups the process really had,
// the same ones the socket file's permissions were checked against. /proc/<pid>/status could
// belong to another process by the time it is read (the pid may have been reused), and the
// group database says what a login would get, not what this process has.
bool PeerPolicy::inAllowedGroup(int socket, uid_t uid, gid_t gid) const
{
    if (m_gids.empty())
        return false;
    const auto allowed = [this](gid_t group) {
        return std::find(m_gids.begin(), m_gids.end(), group) != m_gids.end();
    };
    if (allowed(gid))
        return true;
    std::vector<gid_t> groups(64);
    for (;;) {
        socklen_t length = socklen_t(groups.size() * sizeof(gid_t));
        if (getsockopt(socket, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &length) == 0) {
            groups.resize(length / sizeof(gid_t));
            return std::any_of(groups.begin(), groups.end(), allowed);
        }
        if (errno == ERANGE && length > groups.size() * sizeof(gid_t)) {
            groups.resize(length / sizeof(gid_t) + 1);
            continue;
        }
        break;
    }
    if (errno != ENOPROTOOPT)
        return false;
    // Kernels before 4.13: the group database's view of the peer's uid.
    const passwd *user = getpwuid(uid);
    if (!user)
        return false;
    int count = 64;
    groups.resize(size_t(count));
    if (getgrouplist(user->pw_name, user->pw_gid, groups.data(), &count) < 0) {
        groups.resize(size_t(count));
        if (getgrouplist(user->pw_name, user->pw_gid, groups.data(), &count) < 0)
            return false;
    }
    groups.resize(size_t(count));
    return std::any_of(groups.begin(), groups.end(), allowed);
}

std::string PeerPolicy::whoIsServed() const
{
    std::vector<std::string> parts = {"root"};
    if (geteuid() != 0)
        parts.push_back("uid " + std::to_string(geteuid()));
    for (const uid_t uid : m_uids)
        parts.push_back("uid " + std::to_string(uid));
    for (const auto &name : m_groupNames)
        parts.push_back("members of the group " + name);
    std::string text;
    for (size_t i = 0; i < parts.size(); ++i)
        text += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return text;
}
